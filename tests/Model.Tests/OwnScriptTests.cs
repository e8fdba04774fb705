using WorldCapitals.Cli.Model;

namespace WorldCapitals.Model.Tests;

/// <summary>Japanese, Hindi and Arabic never say a place or a capital in Latin script where the language has its own form.</summary>
public class OwnScriptTests
{
    private static readonly string[] OwnScriptLanguages = ["ja", "hi", "ar"];

    public static IEnumerable<string> OwnScriptLocales() =>
        Repository.Locales.Where(locale => OwnScriptLanguages.Contains(WorldCapitals.Skill.Capitals.Country.Language(locale)));

    [TestCaseSource(nameof(OwnScriptLocales))]
    public void No_place_or_capital_value_is_in_latin_script(string locale)
    {
        var model = Repository.Generated(locale);
        var latin = new[] { InteractionModelGenerator.CountrySlotType, InteractionModelGenerator.CitySlotType }
            .SelectMany(type => model.Types[type])
            .Where(value => value.Value.Any(char.IsAsciiLetter))
            .Select(value => $"{value.Id}: {value.Value}");

        Assert.That(latin, Is.Empty, "values still in Latin script: the data lacks the language's name for these");
    }
}
