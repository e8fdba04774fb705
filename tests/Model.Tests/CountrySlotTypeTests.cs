using WorldCapitals.Cli.Model;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Model.Tests;

/// <summary>The generated COUNTRY slot type of every locale, against the capitals data and Alexa's limits.</summary>
public class CountrySlotTypeTests
{
    private static IReadOnlyList<SlotTypeValue> CountryValues(string locale) =>
        Repository.Generated(locale).Types[InteractionModelGenerator.CountrySlotType];

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Every_country_in_the_data_is_a_value_named_as_the_locale_names_it(string locale)
    {
        var values = CountryValues(locale).Where(value => !IsSharedName(value)).ToDictionary(value => value.Id!, value => value.Value);

        // A place whose own name is a shared name is named by its first qualified name; one whose name is not speakable
        // ("Washington, D.C.") by its first speakable one. Those are checked below.
        var expected = CapitalsData.Embedded.Countries
            .Where(country => !OwnNameIsShared(country, locale) && CountrySlotValues.IsSpeakable(country.NameFor(locale)))
            .ToDictionary(country => country.Id, country => country.NameFor(locale));

        Assert.That(values.Keys, Is.EquivalentTo(CapitalsData.Embedded.Countries.Select(country => country.Id)));
        Assert.That(values.Where(value => expected.ContainsKey(value.Key)), Is.EquivalentTo(expected));
    }

    [TestCaseSource(typeof(Repository), nameof(Repository.EnglishLocales))]
    public void A_place_whose_name_is_shared_or_unspeakable_is_named_by_its_own_first_speakable_name(string locale)
    {
        var values = CountryValues(locale).ToDictionary(value => value.Id!, value => value.Value);

        Assert.Multiple(() =>
        {
            Assert.That(values["GE"], Is.EqualTo("the country Georgia"));
            Assert.That(values["US-GA"], Is.EqualTo("the state of Georgia"));
            Assert.That(values["GE+US-GA"], Is.EqualTo("Georgia"));
            Assert.That(values["US-DC"], Is.EqualTo("District of Columbia"));
        });
    }

    // A name one locale of a language says (CLDR's locale data) is the value there and a synonym in the language's other
    // locales, so Alexa resolves it wherever a speaker of the language says it; the locale's form with its article too.
    [TestCase("es-MX", "SA", "Arabia Saudita", "Arabia Saudí")]
    [TestCase("es-US", "SA", "Arabia Saudita", "Arabia Saudí")]
    [TestCase("es-ES", "SA", "Arabia Saudí", "Arabia Saudita")]
    [TestCase("es-ES", "RO", "Rumanía", "Rumania")]
    [TestCase("es-MX", "RO", "Rumania", "Rumanía")]
    [TestCase("fr-CA", "BY", "Bélarus", "la Biélorussie")]
    [TestCase("fr-FR", "BY", "Biélorussie", "le Bélarus")]
    [TestCase("fr-FR", "VN", "Viêt Nam", "Vietnam")]
    public void A_locale_s_own_name_is_its_value_and_a_synonym_in_the_language_s_other_locales(string locale, string id, string value, string synonym)
    {
        var entry = CountryValues(locale).Single(candidate => candidate.Id == id);

        Assert.That(entry.Value, Is.EqualTo(value));
        Assert.That(entry.Synonyms, Does.Contain(synonym));
    }

    private static bool OwnNameIsShared(Country country, string locale) =>
        CapitalsData.Embedded.SharedNames.Any(shared =>
            shared.Names.TryGetValue(Country.Language(locale), out var names) && names.Contains(country.NameFor(locale), StringComparer.OrdinalIgnoreCase));

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Ids_are_unique_and_present(string locale)
    {
        var ids = CountryValues(locale).Select(value => value.Id).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ids, Has.None.Null.And.None.Empty);
            Assert.That(ids, Is.Unique);
            Assert.That(ids, Has.Count.LessThanOrEqualTo(AlexaLimits.MaxValuesPerSlotType));
        });
    }

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Values_and_synonyms_are_speakable_and_within_the_length_limit(string locale)
    {
        var texts = CountryValues(locale).SelectMany(value => value.Synonyms.Prepend(value.Value)).ToList();

        Assert.Multiple(() =>
        {
            foreach (var text in texts)
            {
                Assert.That(text, Has.Length.InRange(1, AlexaLimits.MaxSlotValueLength), text);
                Assert.That(CountrySlotValues.IsSpeakable(text), Is.True, text);
            }
        });
    }

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void No_synonym_repeats_its_value_or_another_synonym(string locale)
    {
        Assert.Multiple(() =>
        {
            foreach (var value in CountryValues(locale))
                Assert.That(value.Synonyms.Prepend(value.Value), Is.Unique.Using((IEqualityComparer<string>)StringComparer.OrdinalIgnoreCase), value.Id);
        });
    }

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Every_other_value_is_a_shared_name_whose_id_names_each_of_its_countries(string locale)
    {
        var shared = CountryValues(locale).Where(IsSharedName).ToDictionary(value => value.Id!, value => value.Value);

        // A name is shared in the languages that share it: "Georgia" names the country and the US state in English,
        // not in German (Georgien, Georgia).
        var expected = CapitalsData.Embedded.SharedNames
            .Where(name => name.Names.ContainsKey(Country.Language(locale)))
            .ToDictionary(name => name.Id, name => name.NameFor(locale));

        Assert.Multiple(() =>
        {
            Assert.That(shared, Is.EqualTo(expected));
            foreach (var id in shared.Keys)
            {
                var places = id.Split('+');
                Assert.That(places, Has.Length.GreaterThanOrEqualTo(2).And.Ordered.Using((IComparer<string>)StringComparer.Ordinal), id);
                Assert.That(places.Select(place => CapitalsData.Embedded.FindById(place)), Has.None.Null, id);
            }
        });
    }

    // A value or synonym names one country, or (a shared name like "Korea") one group of countries under the
    // group's own id; the same words never appear under two ids, so Alexa's entity resolution never has to choose.
    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void No_value_or_synonym_names_two_countries(string locale)
    {
        var owners = CountryValues(locale)
            .SelectMany(value => value.Synonyms.Prepend(value.Value).Select(text => (Text: text.ToUpperInvariant(), value.Id)))
            .GroupBy(pair => pair.Text)
            .Where(group => group.Select(pair => pair.Id).Distinct().Count() > 1)
            .Select(group => group.Key);

        Assert.That(owners, Is.Empty);
    }

    [Test]
    public void Korea_and_congo_are_values_of_their_groups()
    {
        var values = CountryValues("en-US").ToDictionary(value => value.Id!);

        Assert.Multiple(() =>
        {
            Assert.That(values["KP+KR"].Value, Is.EqualTo("Korea"));
            Assert.That(values["CD+CG"].Value, Is.EqualTo("Congo"));
            Assert.That(values["KR"].Synonyms, Does.Not.Contain("Korea"));
        });
    }

    [Test]
    public void English_aliases_and_sentence_names_become_synonyms()
    {
        var values = CountryValues("en-US").ToDictionary(value => value.Id!);

        Assert.Multiple(() =>
        {
            Assert.That(values["NL"].Synonyms, Does.Contain("Holland").And.Contain("the Netherlands"));
            Assert.That(values["GB"].Synonyms, Does.Contain("UK"));
            Assert.That(values["CI"].Synonyms, Does.Contain("Ivory Coast"));
        });
    }

    private static bool IsSharedName(SlotTypeValue value) => value.Id!.Contains('+', StringComparison.Ordinal);
}
