using WorldCapitals.Cli.Model;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Model.Tests;

public class CountrySlotValuesTests
{
    private static Country Country(
        Dictionary<string, string> names,
        string[] englishAliases,
        Dictionary<string, string>? sentenceNames = null) => new()
        {
            Id = "ZZ",
            Kind = CountryKinds.Sovereign,
            Names = names,
            SentenceNames = sentenceNames,
            Aliases = new Dictionary<string, IReadOnlyList<string>> { ["en"] = englishAliases, ["de"] = ["Testlandia"] },
            Capitals = [new Capital { Name = "Testville" }],
        };

    [Test]
    public void Value_is_the_locale_name_and_other_english_names_become_synonyms()
    {
        var country = Country(new() { ["en"] = "Testland", ["en-GB"] = "Testshire", ["de"] = "Testreich" }, ["Test Republic"]);

        var british = CountrySlotValues.For("en-GB", country);
        var american = CountrySlotValues.For("en-US", country);

        Assert.Multiple(() =>
        {
            Assert.That(british, Is.EqualTo(new CountrySlotValue("ZZ", "Testshire", british.Synonyms)));
            Assert.That(british.Synonyms, Is.EqualTo(new[] { "Test Republic", "Testland" }));
            Assert.That(american.Value, Is.EqualTo("Testland"));
            Assert.That(american.Synonyms, Is.EqualTo(new[] { "Test Republic", "Testshire" }));
        });
    }

    [Test]
    public void Synonyms_are_deduplicated_case_insensitively_and_never_repeat_the_value()
    {
        var country = Country(new() { ["en"] = "Testland" }, ["testland", "TL", "tl", "Test Land"], new() { ["en"] = "Testland" });

        var value = CountrySlotValues.For("en-US", country);

        Assert.That(value.Synonyms, Is.EqualTo(new[] { "TL", "Test Land" }));
    }

    [Test]
    public void Ampersands_are_spoken_as_and_and_unspeakable_aliases_are_dropped()
    {
        var country = Country(new() { ["en"] = "Test and Land" }, ["Test & Land", "Test&Other", "Testland (North)", "T/L"]);

        var value = CountrySlotValues.For("en-US", country);

        Assert.That(value.Synonyms, Is.EqualTo(new[] { "Test and Other" }));
    }

    [Test]
    public void A_typographic_apostrophe_gets_a_plain_twin()
    {
        var country = Country(new() { ["en"] = "Côte d’Test" }, []);

        var value = CountrySlotValues.For("en-US", country);

        Assert.Multiple(() =>
        {
            Assert.That(value.Value, Is.EqualTo("Côte d’Test"));
            Assert.That(value.Synonyms, Is.EqualTo(new[] { "Côte d'Test" }));
        });
    }

    [TestCase("ja-JP", "ウォリス・フツナ", "ウォリスフツナ")]
    [TestCase("ja-JP", "サン＝ドニ", "サンドニ")]
    [TestCase("hi-IN", "यू॰एस॰ वर्जिन द्वीपसमूह", "यू.एस. वर्जिन द्वीपसमूह")]
    [TestCase("hi-IN", "कांगो – ब्राज़ाविल", "कांगो ब्राज़ाविल")]
    public void Marks_that_only_write_a_name_are_not_in_its_spoken_form(string locale, string written, string spoken)
    {
        var country = Country(new() { ["en"] = "Testland", [locale[..2]] = written }, []);

        Assert.That(CountrySlotValues.For(locale, country).Value, Is.EqualTo(spoken));
    }

    [Test]
    public void A_place_the_language_has_no_speakable_name_for_is_said_by_its_english_names()
    {
        var country = Country(new() { ["en"] = "Testland", ["ja"] = "(テスト)" }, ["Test Land"]);

        var value = CountrySlotValues.For("ja-JP", country);

        Assert.Multiple(() =>
        {
            Assert.That(value.Value, Is.EqualTo("Testland"));
            Assert.That(value.Synonyms, Is.EqualTo(new[] { "Test Land" }));
        });
    }

    [Test]
    public void Nationality_words_of_the_language_are_synonyms_after_the_names()
    {
        var country = Country(new() { ["en"] = "Testland", ["fr"] = "Testlande" }, []);
        var french = new Country
        {
            Id = country.Id, Kind = country.Kind, Names = country.Names, Aliases = country.Aliases, Capitals = country.Capitals,
            Nationalities = new Dictionary<string, IReadOnlyList<string>> { ["fr"] = ["testlandais", "testlandaise"], ["de"] = ["testländisch"] },
        };

        var value = CountrySlotValues.For("fr-FR", french);

        Assert.Multiple(() =>
        {
            Assert.That(value.Value, Is.EqualTo("Testlande"));
            Assert.That(value.Synonyms, Is.EqualTo(new[] { "testlandais", "testlandaise" }));
        });
    }

    [Test]
    public void Synonyms_longer_than_alexas_limit_are_dropped()
    {
        var country = Country(new() { ["en"] = "Testland" }, [new string('a', CountrySlotValues.MaxLength + 1), "Short"]);

        var value = CountrySlotValues.For("en-US", country);

        Assert.That(value.Synonyms, Is.EqualTo(new[] { "Short" }));
    }

    [Test]
    public void Values_are_sorted_by_id()
    {
        var countries = CapitalsData.Embedded.Countries.Reverse();

        var ids = CountrySlotValues.For("en-US", countries).Select(value => value.Id);

        Assert.That(ids, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public void A_shared_name_is_one_value_under_its_group_id_in_each_language_that_has_it()
    {
        var shared = new SharedName
        {
            Id = "YY+ZZ",
            PlaceIds = ["ZZ", "YY"],
            Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["Testia", "the Testias", "Testia & Co"], ["de"] = ["Testien"] },
        };

        var english = CountrySlotValues.ForSharedNames("en-GB", [shared]).Single();
        var french = CountrySlotValues.ForSharedNames("fr-FR", [shared]);

        Assert.Multiple(() =>
        {
            Assert.That(english, Is.EqualTo(new CountrySlotValue("YY+ZZ", "Testia", english.Synonyms)));
            Assert.That(english.Synonyms, Is.EqualTo(new[] { "the Testias", "Testia and Co" }));
            Assert.That(french, Is.Empty);
        });
    }

    [Test]
    public void The_data_gives_countries_then_shared_names()
    {
        var values = CountrySlotValues.For("en-US", CapitalsData.Embedded);

        Assert.That(values.Select(value => value.Id), Is.EqualTo(
            CapitalsData.Embedded.Countries.Select(country => country.Id).Concat(CapitalsData.Embedded.SharedNames.Select(shared => shared.Id))));
    }
}
