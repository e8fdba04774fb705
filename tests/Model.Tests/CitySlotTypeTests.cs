using WorldCapitals.Cli.Model;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Model.Tests;

/// <summary>The generated CAPITAL_CITY slot type of every locale, against the capitals data and Alexa's limits.</summary>
public class CitySlotTypeTests
{
    private static IReadOnlyList<SlotTypeValue> CityValues(string locale) =>
        Repository.Generated(locale).Types[InteractionModelGenerator.CitySlotType];

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Every_capital_of_the_data_is_a_value_or_a_synonym(string locale)
    {
        var texts = CityValues(locale).SelectMany(value => value.Synonyms.Prepend(value.Value)).ToHashSet(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            foreach (var capital in CapitalsData.Embedded.Countries.SelectMany(place => place.Capitals))
            {
                var speakable = new[] { capital.NameFor(locale), capital.SpokenNameFor(locale) }.SelectMany(CountrySlotValues.SpokenForms).ToList();
                Assert.That(speakable, Is.Not.Empty, $"{capital.Name} has no speakable name");
                Assert.That(speakable, Has.Some.Matches<string>(texts.Contains), capital.Name);
            }
        });
    }

    [Test]
    public void A_city_that_is_the_capital_of_several_places_is_one_value_with_a_synonym_for_each_spelling()
    {
        var values = CityValues("en-US").ToDictionary(value => value.Id!);

        Assert.Multiple(() =>
        {
            Assert.That(values["victoria"].Value, Is.EqualTo("Victoria"));
            Assert.That(values["basseterre"].Synonyms, Does.Contain("Basse-Terre"));
            Assert.That(values["brasilia"].Synonyms, Does.Contain("Brasilia"));
            Assert.That(values["st-johns"].Synonyms, Does.Contain("Saint John's"));
            Assert.That(values["washington-d-c"].Value, Is.EqualTo("Washington D.C."));
        });
    }

    [TestCase("es-MX", "santiago", "Santiago", "Santiago de Chile")]
    [TestCase("es-ES", "santiago", "Santiago de Chile", "Santiago")]
    [TestCase("fr-CA", "dhaka", "Dacca", "Dhaka")]
    [TestCase("fr-FR", "dhaka", "Dhaka", "Dacca")]
    [TestCase("ar-SA", "la-paz", "لاباز", "لا باز")]
    public void A_capital_is_named_as_the_locale_says_it_with_the_language_s_other_names_as_synonyms(string locale, string id, string value, string synonym)
    {
        var entry = CityValues(locale).Single(candidate => candidate.Id == id);

        Assert.That(entry.Value, Is.EqualTo(value));
        Assert.That(entry.Synonyms, Does.Contain(synonym));
    }

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Ids_are_unique_and_within_the_limit(string locale)
    {
        var ids = CityValues(locale).Select(value => value.Id).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ids, Has.None.Null.And.None.Empty);
            Assert.That(ids, Is.Unique);
            Assert.That(ids, Has.Count.LessThanOrEqualTo(AlexaLimits.MaxValuesPerSlotType));
        });
    }

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Values_and_synonyms_are_speakable_within_the_length_limit_and_name_one_city(string locale)
    {
        var texts = CityValues(locale).SelectMany(value => value.Synonyms.Prepend(value.Value)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(texts, Is.Unique.Using((IEqualityComparer<string>)StringComparer.OrdinalIgnoreCase));
            foreach (var text in texts)
            {
                Assert.That(text, Has.Length.InRange(1, AlexaLimits.MaxSlotValueLength), text);
                Assert.That(CountrySlotValues.IsSpeakable(text), Is.True, text);
            }
        });
    }
}
