using System.Text.RegularExpressions;
using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Intents;

/// <summary>
/// Japanese, Hindi and Arabic never say a place or a capital in Latin letters: the answer about every place of the
/// data, whatever its kind (a country, a territory, a state, a place without a capital, a disputed one with its note),
/// and the reverse answer about every capital city, is spoken in the language's own script. A failure names each
/// place or city whose answer has a Latin letter (or says nothing), with the answer.
/// </summary>
public sealed partial class OwnScriptAnswerTests
{
    private static readonly CapitalsData Data = CapitalsData.Embedded;

    [TestCase("ja-JP")]
    [TestCase("hi-IN")]
    [TestCase("ar-SA")]
    public async Task The_answer_about_every_place_is_in_the_language_s_own_script(string locale)
    {
        var skill = TestSkill.Create();
        var latin = new List<string>();

        foreach (var place in Data.Countries)
        {
            var said = Spoken(await skill.AnswerAsync(Envelopes.Capital(null, place.Id, locale: locale)));
            if (said.Length == 0 || LatinLetter().IsMatch(said))
                latin.Add($"{place.Id} ({place.Kind}): {said}");
        }

        Assert.That(latin, Is.Empty);
    }

    [TestCase("ja-JP")]
    [TestCase("hi-IN")]
    [TestCase("ar-SA")]
    public async Task The_reverse_answer_about_every_capital_is_in_the_language_s_own_script(string locale)
    {
        var skill = TestSkill.Create();
        var latin = new List<string>();
        var cities = new CityLookup(Data).Cities;

        foreach (var city in cities)
        {
            var said = Spoken(await skill.AnswerAsync(Envelopes.City(null, city.Id, locale: locale)));
            if (said.Length == 0 || LatinLetter().IsMatch(said))
                latin.Add($"{city.Id}: {said}");
        }

        Assert.That(cities, Has.Count.GreaterThan(300));
        Assert.That(latin, Is.Empty);
    }

    // The text a device says: the SSML without its tags.
    private static string Spoken(System.Text.Json.Nodes.JsonObject response) => Tag().Replace(response.Ssml() ?? string.Empty, string.Empty);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("[A-Za-z\u00C0-\u024F]")]
    private static partial Regex LatinLetter();
}
