using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 27 tuning (README section *Round 27 tuning for Dutch (session 28)*), each tried
/// on sentences of our own rather than the corpus lines: the openers of speakers from elsewhere and of dialects
/// (Moluccan "bung", "kassian", Persian "khob", "ba", Chinese-Dutch "aiya", Tigrinya "ochot", Leuven "seg", "ale",
/// "merci" / "mersi", "oh jo", "adoe", "ik zweer het"), Zeeuws "a je blieft", "vann" and "hoofdstaat" as heard, "voor
/// mijn examen", "... willen weten" as a reported ask, "en opa weet het niet" after a question, "weet het toch", stop
/// with "stop dan" / "stop nu maar", launches around those openers and "voor mijn huiswerk", and not-places (Zeeland,
/// the Moluccas, continents); with out-of-domain neighbours that must still fall back.</summary>
public class DutchRoundTwentySevenRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("bung wat is de hoofdstad van fiji", "FJ", Description = "Moluccan 'bung'")]
    [TestCase("khob en van irak", "IQ", Description = "Persian 'khob' before a follow-up")]
    [TestCase("ochot en ethiopië dan", "ET", Description = "'ochot'")]
    [TestCase("aiya wat is de hoofdstad van vietnam", "VN", Description = "'aiya'")]
    [TestCase("seg wat is de hoofdstad van polen", "PL", Description = "Leuven 'seg'")]
    [TestCase("merci en voor japan", "JP", Description = "'merci' before a follow-up")]
    [TestCase("oh jo wat is de hoofdstad van cuba", "CU", Description = "'oh jo'")]
    [TestCase("ik zweer het ik weet de hoofdstad van laos niet meer wat is het", "LA", Description = "'ik zweer het'")]
    [TestCase("wat is de hoofdstad van denemarken a je blieft", "DK", Description = "Zeeuws 'a je blieft'")]
    [TestCase("wat is de hoofdstad vann chili", "CL", Description = "'vann' as heard")]
    [TestCase("wat is de hoofdstaat van zweden", "SE", Description = "'hoofdstaat' as heard")]
    [TestCase("wat is de hoofdstad van kroatië voor mijn examen", "HR", Description = "'voor mijn examen'")]
    [TestCase("mijn neefjes willen weten wat de hoofdstad van mali is", "ML", Description = "'willen weten'")]
    [TestCase("de kinderen vragen wat de hoofdstad van chili is en papa weet het niet", "CL", Description = "'en papa weet het niet'")]
    [TestCase("ale je weet het toch hoofdstad van tonga", "TO", Description = "'ale' and 'je weet het toch'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("bung stop nu maar", "AMAZON.StopIntent")]
    [TestCase("khob stop dan", "AMAZON.StopIntent")]
    [TestCase("seg annuleer dat", "AMAZON.CancelIntent")]
    [TestCase("aiya laat maar", "AMAZON.CancelIntent")]
    [TestCase("ba hoe werkt dit nou", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("khob alexa open hoofdsteden van de wereld")]
    [TestCase("bung alexa start die hoofdsteden van de wereld")]
    [TestCase("alexa start hoofdsteden van de wereld voor mijn huiswerk")]
    public void Opening_the_skill_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("wat is de hoofdstad van limburg")]
    [TestCase("wat is de hoofdstad van de molukken")]
    [TestCase("wat is de hoofdstad van afrika")]
    [TestCase("bung hoe laat is het")]
    [TestCase("seg zet de radio aan")]
    [TestCase("khob hoeveel mensen wonen er in iran")]
    [TestCase("de kinderen willen weten hoe laat het is")]
    [TestCase("aiya speel wat muziek")]
    [TestCase("stop de timer")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
