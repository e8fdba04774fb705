using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 24 tuning (interactionModel/README.md, *Round 24 tuning for Italian (session
/// 24)*), each tried on sentences of our own rather than the corpus lines: the address words "signora", "signorina" and
/// the regional interjections "belin", "ajò" as fillers, clue lengths "in sei lettere", "mi è venuta la curiosità",
/// "dimmela"; the place said first and the request after it ("il kenya dimmi la capitale"); everyday, spelled and
/// official names (gli States, Kirghisia, Svalbard, Djibouti, Regno di Svezia, Repubblica di Turchia); stop, cancel and
/// help wordings ("può chiudere", "ho sonno", "mi sono stancato", "stoppa", "lasci stare", "scordatelo", "mi spieghi");
/// formal and plural launch verbs ("mi faccia partire", "aprite"); regions that are no
/// state of the data (Provenza, Salento, Cecenia, the poles); with out-of-domain neighbours that must still fall back.</summary>
public class ItalianRoundTwentyFourRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("signora mi dice la capitale del portogallo", "PT", Description = "the address word 'signora'")]
    [TestCase("belin la capitale della norvegia", "NO", Description = "the Ligurian 'belin'")]
    [TestCase("ajò qual è la capitale della grecia", "GR", Description = "the Sardinian 'ajò'")]
    [TestCase("capitale del perù in quattro lettere", "PE", Description = "a clue length 'in quattro lettere'")]
    [TestCase("mi è venuta la curiosità qual è la capitale del cile", "CL", Description = "'mi è venuta la curiosità'")]
    [TestCase("il kenya dimmi la sua capitale", "KE", Description = "the place first, then 'dimmi la sua capitale'")]
    [TestCase("il madagascar dimmi la capitale", "MG", Description = "the place first, then 'dimmi la capitale'")]
    [TestCase("la capitale degli states", "US", Description = "the everyday 'gli States'")]
    [TestCase("qual è la capitale della kirghisia", "KG", Description = "the older Italian 'Kirghisia'")]
    [TestCase("la capitale delle svalbard", "SJ", Description = "'Svalbard' as Italians say it")]
    [TestCase("la capitale di djibouti", "DJ", Description = "the French spelling 'Djibouti'")]
    [TestCase("la capitale del regno di svezia", "SE", Description = "the official 'Regno di Svezia'")]
    [TestCase("la capitale della repubblica di turchia", "TR", Description = "the official 'Repubblica di Turchia'")]
    [TestCase("la capitale dell'olanda dimmela", "NL", Description = "the trailing 'dimmela'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("signorina può chiudere adesso", "AMAZON.StopIntent")]
    [TestCase("ho sonno basta così", "AMAZON.StopIntent")]
    [TestCase("mi sono stancato chiudi pure", "AMAZON.StopIntent")]
    [TestCase("stoppa alexa", "AMAZON.StopIntent")]
    [TestCase("belin basta", "AMAZON.StopIntent")]
    [TestCase("signora lasci stare", "AMAZON.CancelIntent")]
    [TestCase("scordatelo alexa", "AMAZON.CancelIntent")]
    [TestCase("annulla la domanda di prima per favore", "AMAZON.CancelIntent")]
    [TestCase("signorina mi spieghi come si gioca", "AMAZON.HelpIntent")]
    [TestCase("come funziona capitali del mondo", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("ajò aprite capitali del mondo")]
    [TestCase("signora mi faccia partire capitali del mondo")]
    public void Formal_and_plural_launch_verbs_open_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [Test]
    public void The_city_said_as_la_citta_di_is_a_city_question()
    {
        var result = LocaleNlu.Recognize(Locale, "la città di canberra di quale paese è la capitale");

        Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
    }

    [TestCase("qual è la capitale della provenza")]
    [TestCase("la capitale del salento")]
    [TestCase("dimmi la capitale del polo sud")]
    [TestCase("qual è la capitale della cecenia")]
    [TestCase("signorina metti la musica")]
    [TestCase("puoi chiudere la porta")]
    [TestCase("mi spieghi la ricetta della carbonara")]
    [TestCase("scordatelo la musica")]
    [TestCase("belin che freddo oggi")]
    [TestCase("aprite la finestra")]
    [TestCase("stoppa la musica")]
    [TestCase("mi sono stancato di questa canzone")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
