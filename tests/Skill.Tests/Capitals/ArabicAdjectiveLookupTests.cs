using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Skill.Tests.Capitals;

/// <summary>
/// Arabic names a state by its nisba adjective after a state noun or a capital ("الجمهورية المصرية", "المملكة الأردنية",
/// "العاصمة الفرنسية"): the adjective is the country's alias (languages/ar.json, adjectives), and a word of names is never
/// read as a slip of another name, so an adjective resolves to its own country or to nothing, never to another one.
/// </summary>
public class ArabicAdjectiveLookupTests
{
    private static LookupResult Find(string spoken) => new CountryLookup(CapitalsData.Embedded).FindBySpokenName(spoken, "ar-SA");

    [TestCase("الجمهورية المصرية", "EG", Description = "once answered with Syria's capital, a slip of الجمهورية السورية")]
    [TestCase("المملكة الأردنية", "JO")]
    [TestCase("الجمهورية اللبنانية", "LB")]
    [TestCase("الجمهورية الألمانية", "DE", Description = "once a slip of جمهورية ألبانيا")]
    [TestCase("الجمهورية الصينية", "CN", Description = "once a slip of جمهورية كينيا")]
    [TestCase("الدولة المصرية", "EG")]
    [TestCase("المصرية", "EG", Description = "after العاصمة: 'the Egyptian capital'")]
    [TestCase("المملكة النرويجية", "NO", Description = "المملكة alone is Saudi Arabia, here the beginning of مملكة النرويج")]
    [TestCase("المملكة", "SA")]
    [TestCase("الجمهورية الملغاشية", "MG", Description = "a second adjective of one country")]
    [TestCase("الجمهورية المالية", "ML")]
    [TestCase("ولاية فرجينيا الأمريكية", "US-VA", Description = "a state with its country's adjective after it")]
    [TestCase("ولاية هسن الالمانية", "DE-HE")]
    public void A_state_named_by_its_adjective_is_that_state(string spoken, string id) =>
        Assert.That(Find(spoken).Country?.Id, Is.EqualTo(id));

    [TestCase("الجمهورية العربية", Description = "a word of formal names, not a slip of جمهورية صربيا")]
    [TestCase("الجمهورية الشعبية")]
    [TestCase("الجمهورية الفلانية", Description = "an adjective of no place")]
    [TestCase("الجمهورية الإسلامية")]
    public void An_adjective_of_no_known_state_answers_no_place(string spoken)
    {
        var result = Find(spoken);

        Assert.That((result.Country, result.SharedName), Is.EqualTo(((Country?)null, (SharedName?)null)));
    }

    /// <summary>Every adjective alias of the data (one word, with the article, feminine) said after "الجمهورية" is its own
    /// country: the state noun never turns it into a slip of another formal name.</summary>
    [Test]
    public void Every_adjective_after_a_state_noun_is_its_own_country()
    {
        var lookup = new CountryLookup(CapitalsData.Embedded);
        var adjectives = CapitalsData.Embedded.Countries
            .SelectMany(place => place.Aliases.TryGetValue("ar", out var aliases) ? aliases.Select(alias => (place.Id, alias)) : [])
            .Where(entry => !entry.alias.Contains(' ', StringComparison.Ordinal) && entry.alias.StartsWith("ال", StringComparison.Ordinal) && entry.alias.EndsWith("ية", StringComparison.Ordinal))
            .ToList();

        Assert.That(adjectives, Has.Count.GreaterThan(80));
        Assert.Multiple(() =>
        {
            foreach (var (id, adjective) in adjectives)
                Assert.That(lookup.FindBySpokenName($"الجمهورية {adjective}", "ar-SA").Country?.Id, Is.EqualTo(id), adjective);
        });
    }

    [TestCase("جزيرة ريونيون", "RE", Description = "an island said with جزيرة, and the spelling ريونيون")]
    [TestCase("كشمير", "IN-JK")]
    [TestCase("بلاد الرافدين", "IQ")]
    [TestCase("السودان الجنوبي", "SS", Description = "South Sudan with the adjective after the name, not Sudan")]
    public void Everyday_names_and_spellings(string spoken, string id) =>
        Assert.That(Find(spoken).Country?.Id, Is.EqualTo(id));

    [TestCase("تونس", "Tunis")]
    [TestCase("الكويت", "Kuwait City")]
    public void A_capital_named_after_its_country_is_found_without_its_city_word(string spoken, string englishName) =>
        Assert.That(new CityLookup(CapitalsData.Embedded).FindBySpokenName(spoken, "ar")?.NameFor("en"), Is.EqualTo(englishName));
}
