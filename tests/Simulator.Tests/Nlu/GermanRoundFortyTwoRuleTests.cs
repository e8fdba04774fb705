using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 42 tuning (README section *Round 42 tuning for German (session 44)*), each
/// tried on sentences of our own rather than the corpus lines: tails after the question ("für mein quiz", "dann hör ich
/// auf", "wär gut"), the Turkish repair "yok", "des us staates", the filler "das unionsterritorium"; help in the polite
/// conditional ("könnten sie mir helfen", "die bedienung erklären", "was kann man denn hier", "wie das ding geht"), stop
/// ("schnauze", "hören sie jetzt auf", Swiss "höred sie uf" / "gnueg", Berlin "jenuch", "wir sind fertig mit dem spiel",
/// "is gut jetzt"), cancel ("nee falsche frage", Swiss "isch egal" / "vergässed sie s", Swabian "lass no" / "lass des
/// bleibe", "lassen sie es"); with out-of-domain neighbours that must still fall back (fictional and historic states, the
/// same cues about another topic).</summary>
public class GermanRoundFortyTwoRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("die hauptstadt von chile für mein quiz", "CL", Description = "tail 'für mein quiz'")]
    [TestCase("und peru für unser quiz", "PE", Description = "tail 'für unser quiz'")]
    [TestCase("noch die hauptstadt von laos dann hör ich auf", "LA", Description = "tail 'dann hör ich auf'")]
    [TestCase("die hauptstadt von ghana wäre gut", "GH", Description = "tail 'wäre gut'")]
    [TestCase("hauptstadt von ghana yok kenia", "KE", Description = "Turkish repair 'yok'")]
    [TestCase("sagen sie mir die hauptstadt des us staates ohio", "US-OH", Description = "join 'us staates'")]
    [TestCase("und das unionsterritorium chandigarh welche hauptstadt hat das", "IN-CH", Description = "filler 'das unionsterritorium'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("könnten sie mir bitte helfen", "AMAZON.HelpIntent")]
    [TestCase("könnten sie mir die bedienung erklären", "AMAZON.HelpIntent")]
    [TestCase("was kann man denn hier alles machen", "AMAZON.HelpIntent")]
    [TestCase("erklär mir mal wie das ding geht", "AMAZON.HelpIntent")]
    [TestCase("schnauze jetzt", "AMAZON.StopIntent")]
    [TestCase("hören sie jetzt auf", "AMAZON.StopIntent")]
    [TestCase("gnueg jetzt", "AMAZON.StopIntent")]
    [TestCase("ich hab jenuch", "AMAZON.StopIntent")]
    [TestCase("wir sind fertig mit dem spiel", "AMAZON.StopIntent")]
    [TestCase("is gut jetzt", "AMAZON.StopIntent")]
    [TestCase("nee falsche frage", "AMAZON.CancelIntent")]
    [TestCase("ach isch egal", "AMAZON.CancelIntent")]
    [TestCase("vergässed sie s bitte", "AMAZON.CancelIntent")]
    [TestCase("ach lass no", "AMAZON.CancelIntent")]
    [TestCase("lass des bleibe", "AMAZON.CancelIntent")]
    [TestCase("lassen sie das", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("was ist die hauptstadt von pandora")]
    [TestCase("hauptstadt des heiligen römischen reiches")]
    [TestCase("was war die hauptstadt der habsburger monarchie früher")]
    [TestCase("könnten sie mir bitte beim umzug helfen")]
    [TestCase("könnten sie mir die bedienung der waschmaschine erklären")]
    [TestCase("was kann man denn hier in der gegend essen")]
    [TestCase("der hund hat eine nasse schnauze")]
    [TestCase("hören sie bitte auf zu rauchen")]
    [TestCase("wir sind fertig mit dem umzug")]
    [TestCase("isch egal wie das wetter wird")]
    [TestCase("lass no a bier übrig")]
    [TestCase("lassen sie es sich schmecken")]
    [TestCase("wie viel verdient man im unionsterritorium delhi")]
    [TestCase("was kostet ein flug in die hauptstadt des us staates ohio")]
    [TestCase("wie viele einwohner hat die hauptstadt von chile für mein quiz")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
