using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The yes/no checks of session 48's voice-model change (interactionModel/README.md, "Landing notes (session 48,
/// lead)"): a check names the country it asks about and a guessed capital, and when the guess is also the name of a place
/// ("new york") the country, not the guess, is the place asked about. French checks knew only "de" and "du", not "des";
/// Dutch knew no check said as a statement ("de hoofdstad van amerika is new york toch").</summary>
public class YesNoCheckFormsRuleTests
{
    [TestCase("fr-FR", "la capitale des états-unis c'est new york", "US", "new york", Description = "fr: 'des', a guess that is a state's name")]
    [TestCase("fr-FR", "la capitale des pays-bas c'est amsterdam", "NL", "amsterdam", Description = "fr: 'des'")]
    [TestCase("fr-FR", "c'est bien canberra la capitale des émirats arabes unis", "AE", "canberra", Description = "fr: the guess first, 'des'")]
    [TestCase("nl-NL", "de hoofdstad van amerika is new york toch", "US", "new york", Description = "nl: a statement, 'toch'")]
    [TestCase("nl-NL", "de hoofdstad van turkije is istanbul of niet", "TR", "istanbul", Description = "nl: 'of niet'")]
    [TestCase("nl-NL", "klopt het dat de hoofdstad van australië sydney is", "AU", "sydney", Description = "nl: 'klopt het dat'")]
    public void A_check_asks_about_the_country_and_carries_the_guess(string locale, string utterance, string id, string guess)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That((result.IntentName, result.Slot("country")?.FirstMatch?.Id, result.Slot("guess")?.Value),
            Is.EqualTo(("CapitalIntent", id, guess)), $"matched \"{result.Sample}\"");
    }

    [TestCase("nl-NL", "de bevolking van duitsland is groot toch")]
    [TestCase("fr-FR", "la population des états-unis c'est beaucoup")]
    public void A_statement_about_something_else_falls_back(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
