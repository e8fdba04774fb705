using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 39 tuning (README section *Round 39 tuning for Dutch (session 49)*), each tried
/// on sentences of our own rather than the corpus lines: the thanks and greetings of other languages said inside Dutch
/// (Turkish "teşekkürler", "artık", Sranan "fa waka", "grantangi", "baya", Indonesian "aduh", carnival "alaaf",
/// "sorry my dutch"), "zuster" said to the nurse; the dialect and chat spellings "'k" -> "ik", "weit" -> "weet",
/// "stoppe" -> "stoppen", "unne" -> "een", "gaon" -> "gaan"; help "hoe werkte / hoe ging dat (ook alweer)", "hoe moet
/// dit"; cancel "cancel this" and reasons opened by "ons / onze", "oom", "tante", "de ploegleider",
/// "the answer", the exams; stop "mi ta kaba", "ik ben moe" and reasons closed by "moe" or "bedtijd"; launch
/// with greetings, "iepen", "ne keer", "for me", "voor de quizavond", "we doen een quiz"; a follow-up "en als ik ...
/// zeg"; the not-place "vlaai"; with out-of-domain neighbours that must still fall back.</summary>
public class DutchRoundThirtyNineRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("teşekkürler en van griekenland", "GR", Description = "'teşekkürler' before a follow-up")]
    [TestCase("tesekkurler wat is de hoofdstad van syrië", "SY", Description = "'tesekkurler'")]
    [TestCase("fa waka wat is de hoofdstad van suriname", "SR", Description = "'fa waka'")]
    [TestCase("tangi en van guyana", "GY", Description = "'tangi' before a follow-up")]
    [TestCase("grantangi wat is de hoofdstad van ghana baya", "GH", Description = "'grantangi', 'baya'")]
    [TestCase("aduh wat is de hoofdstad van maleisië", "MY", Description = "'aduh'")]
    [TestCase("alaaf wat is de hoofdstad van duitsland", "DE", Description = "'alaaf'")]
    [TestCase("sorry my dutch wat is de hoofdstad van spanje", "ES", Description = "'sorry my dutch'")]
    [TestCase("zuster wat is de hoofdstad van italië", "IT", Description = "'zuster' as an address")]
    [TestCase("ik weet het echt niet meer wat is de hoofdstad van chili", "CL", Description = "'ik weet het echt niet meer'")]
    [TestCase("voor mijn profielwerkstuk wat is de hoofdstad van nepal", "NP", Description = "'voor mijn profielwerkstuk'")]
    [TestCase("en als ik ecuador zeg", "EC", Description = "'en als ik ... zeg' as a follow-up")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("aduh hoe werkt dit", "AMAZON.HelpIntent")]
    [TestCase("fa waka hoe werkt dit spel", "AMAZON.HelpIntent")]
    [TestCase("'k snap 't nie", "AMAZON.HelpIntent")]
    [TestCase("ich weit neet wat ich moet vragen", "AMAZON.HelpIntent")]
    [TestCase("hoe werkte dit spel ook alweer", "AMAZON.HelpIntent")]
    [TestCase("hoe ging dat ook alweer", "AMAZON.HelpIntent")]
    [TestCase("sorry my dutch hoe moet dit", "AMAZON.HelpIntent")]
    [TestCase("zuster hoe werkt dit ding", "AMAZON.HelpIntent")]
    [TestCase("cancel this", "AMAZON.CancelIntent")]
    [TestCase("forget it the answer is on the board", "AMAZON.CancelIntent")]
    [TestCase("laat maar zitten onze vader weet het al", "AMAZON.CancelIntent")]
    [TestCase("laat maar ons moeder heeft het opgezocht", "AMAZON.CancelIntent")]
    [TestCase("laat maar de tentamens zijn al voorbij", "AMAZON.CancelIntent")]
    [TestCase("annuleer de toetsen zijn voorbij", "AMAZON.CancelIntent")]
    [TestCase("laat maar de ploegleider weet het", "AMAZON.CancelIntent")]
    [TestCase("laat maar tante weet het wel", "AMAZON.CancelIntent")]
    [TestCase("'k hoef het nie meer te weten", "AMAZON.CancelIntent")]
    [TestCase("het is bedtijd stop", "AMAZON.StopIntent")]
    [TestCase("ik ben moe stop nu", "AMAZON.StopIntent")]
    [TestCase("ik ben moe", "AMAZON.StopIntent")]
    [TestCase("stoppe", "AMAZON.StopIntent")]
    [TestCase("stop maar unne keer", "AMAZON.StopIntent")]
    [TestCase("mi ta kaba", "AMAZON.StopIntent")]
    [TestCase("yani stop artik", "AMAZON.StopIntent")]
    [TestCase("alaaf stop nu maar ich gaon slapen", "AMAZON.StopIntent")]
    [TestCase("fa waka stop", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("hoi alexa open hoofdsteden van de wereld")]
    [TestCase("goedemorgen alexa open hoofdsteden van de wereld")]
    [TestCase("alexa iepen hoofdsteden van de wereld")]
    [TestCase("alexa start ne keer hoofdsteden van de wereld")]
    [TestCase("alexa start hoofdsteden van de wereld for me")]
    [TestCase("alexa open hoofdsteden van de wereld voor de quizavond")]
    [TestCase("alexa start hoofdsteden van de wereld we doen een quiz")]
    [TestCase("alexa wil je hoofdsteden van de wereld open doen")]
    public void The_invocation_name_with_words_around_it_launches(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("wat is de hoofdstad van de vlaaien")]
    [TestCase("fa waka hoe gaat het")]
    [TestCase("tesekkürler wat is het weer")]
    [TestCase("zuster hoe laat is het")]
    [TestCase("ik ben moe van het werk")]
    [TestCase("het antwoord is tweeënveertig")]
    [TestCase("hoi alexa zet de muziek aan")]
    [TestCase("stop de muziek alaaf")]
    [TestCase("we doen een quiz over voetbal")]
    [TestCase("hoe ging de wedstrijd van ajax")]
    [TestCase("alexa open de deur for me")]
    [TestCase("mijn oom weet het weer")]
    [TestCase("en als ik morgen ga fietsen")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
