using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Skill.Tests.Capitals;

/// <summary>Every language of the data can be looked up: its names index without a name meaning two places.</summary>
public sealed class LanguageLookupTests
{
    public static IEnumerable<string> Languages() =>
        CapitalsData.Embedded.Countries.SelectMany(place => place.Names.Keys).Select(Country.Language).Distinct().Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Languages))]
    public void The_places_of_a_language_are_found_by_their_names(string language)
    {
        var lookup = new CountryLookup(CapitalsData.Embedded);

        Assert.Multiple(() =>
        {
            foreach (var place in CapitalsData.Embedded.Countries.Where(place => place.Names.ContainsKey(language)))
            {
                var found = lookup.FindBySpokenName(place.Names[language], language);
                Assert.That(found.Country?.Id ?? found.SharedName?.PlaceIds.FirstOrDefault(id => id == place.Id), Is.EqualTo(place.Id), $"{language}: {place.Names[language]}");
            }
        });
    }

    [TestCaseSource(nameof(Languages))]
    public void No_capital_name_of_a_language_means_two_cities(string language) =>
        Assert.That(new CityLookup(CapitalsData.Embedded).AmbiguousNames(language), Is.Empty);

    [TestCaseSource(nameof(Languages))]
    public void Every_capital_is_found_by_its_name_in_the_language(string language)
    {
        var cities = new CityLookup(CapitalsData.Embedded);

        Assert.Multiple(() =>
        {
            foreach (var city in cities.Cities)
                Assert.That(cities.FindBySpokenName(city.NameFor(language), language), Is.SameAs(city), $"{language}: {city.NameFor(language)}");
        });
    }

    [TestCase("あのベルギー", "BE")]
    [TestCase("すみませんイギリス", "GB")]
    [TestCase("えっとインドネシアかな", "ID", Description = "the longest name at a position: not India")]
    [TestCase("フランスとドイツ", null, Description = "two places: neither")]
    [TestCase("ナルニア", null)]
    public void Japanese_finds_a_name_inside_what_was_said_without_spaces(string spoken, string? id)
    {
        var found = new CountryLookup(CapitalsData.Embedded).FindBySpokenName(spoken, "ja-JP");

        Assert.Multiple(() =>
        {
            Assert.That(found.Country?.Id, Is.EqualTo(id));
            Assert.That(found.Match, Is.EqualTo(id is null ? LookupMatch.None : LookupMatch.ExtraWords));
        });
    }
}
