using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The yes/no checks of session 48's voice-model change (interactionModel/README.md, "Landing notes (session 48,
/// lead)"): a check names the country it asks about and a guessed capital, and when the guess is also the name of a place
/// ("nova york", "berlim") the country, not the guess, is the place asked about. Portuguese had no guess slot; French
/// checks knew only some forms of "of" ("du", not "des"); German and Dutch knew no check said as a statement ("die
/// hauptstadt der usa ist new york oder").</summary>
public class YesNoCheckFormsRuleTests
{
    [TestCase("pt-BR", "é verdade que a capital dos estados unidos é nova york", "US", "nova york", Description = "pt: 'dos', a guess that is a state's name")]
    [TestCase("pt-BR", "é certo que a capital da alemanha é berlim", "DE", "berlim", Description = "pt: 'é certo que'")]
    [TestCase("pt-BR", "será que a capital do brasil ainda é rio de janeiro", "BR", "rio de janeiro", Description = "pt: 'será que', 'ainda é'")]
    [TestCase("pt-BR", "confirma pra mim se a capital do canadá é toronto", "CA", "toronto", Description = "pt: 'confirma pra mim se'")]
    [TestCase("pt-BR", "lisboa é mesmo a capital de portugal", "PT", "lisboa", Description = "pt: the guess first")]
    [TestCase("fr-FR", "la capitale des états-unis c'est new york", "US", "new york", Description = "fr: 'des'")]
    [TestCase("de-DE", "die hauptstadt der usa ist new york oder", "US", "new york", Description = "de: a statement, 'oder'")]
    [TestCase("de-DE", "die hauptstadt von australien ist sydney richtig", "AU", "sydney", Description = "de: 'richtig'")]
    [TestCase("nl-NL", "de hoofdstad van amerika is new york toch", "US", "new york", Description = "nl: a statement, 'toch'")]
    [TestCase("nl-NL", "klopt het dat de hoofdstad van australië sydney is", "AU", "sydney", Description = "nl: 'klopt het dat'")]
    public void A_check_asks_about_the_country_and_carries_the_guess(string locale, string utterance, string id, string guess)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That((result.IntentName, result.Slot("country")?.FirstMatch?.Id, result.Slot("guess")?.Value),
            Is.EqualTo(("CapitalIntent", id, guess)), $"matched \"{result.Sample}\"");
    }

    [TestCase("pt-BR", "a capital da frança é qual", "FR", Description = "pt: a question word is no guess")]
    [TestCase("de-DE", "ist die hauptstadt der schweiz bern", "CH", Description = "de: 'der' in the question-shaped check")]
    public void A_question_shaped_like_a_check_still_names_its_country(string locale, string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf(locale, utterance, id);

    // Said without a lead-in, "a capital de X é ..." is as often a correction ("é do malaui") or a remark ("é bonita") as a
    // check: it is not read as one.
    [TestCase("pt-BR", "a capital do mali errei é do malaui")]
    [TestCase("pt-BR", "a capital da frança é bonita pra visitar")]
    public void A_statement_without_a_lead_in_carries_no_guess(string locale, string utterance) =>
        Assert.That(LocaleNlu.Recognize(locale, utterance).Slot("guess")?.Value, Is.Null);

    [TestCase("pt-BR", "a população da alemanha é grande")]
    [TestCase("de-DE", "die einwohnerzahl der usa ist hoch oder")]
    public void A_statement_about_something_else_falls_back(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
