using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 29 tuning (interactionModel/README.md, *Round 29 tuning for Portuguese
/// (session 28)*), each tried on sentences of our own rather than the corpus lines: a trailing "de verdade", "da terra
/// dela", a lead "me responde" (NluLexicon.pt.json fillers); the repairs "quero dizer", "corrige aí"; the speech
/// recognizer's "sri lanca" (a variant); former states, continents, breakaway regions and "planeta" as not-places; "fala
/// pro" as an invocation verb with "me dizer"; cancel "cancela a minha pergunta", help "pode me dar uma ajuda", "me explica
/// devagar", stop "para de perguntar", "para lá com isso" (BuiltInPhrasings.pt.json); "pra vó" and "que a criançada quer
/// jogar" around a launch (LaunchWording.pt.json); the reverse question "que país tem capital em {city}" (language.json);
/// and out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundTwentyNineRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("qual é a capital da hungria de verdade", "HU")]
    [TestCase("meu avô quer saber a capital da itália da terra dele", "IT")]
    [TestCase("me responde qual a capital do equador", "EC")]
    [TestCase("a capital da suíça quero dizer da áustria", "AT")]
    [TestCase("me fala a capital do chile corrige aí do peru", "PE")]
    public void A_round_twenty_nine_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("cancela a minha pergunta", "AMAZON.CancelIntent")]
    [TestCase("você pode me dar uma ajuda", "AMAZON.HelpIntent")]
    [TestCase("me explica devagar", "AMAZON.HelpIntent")]
    [TestCase("para de perguntar", "AMAZON.StopIntent")]
    [TestCase("para lá com isso", "AMAZON.StopIntent")]
    [TestCase("que país tem a capital em nairóbi", "CityIntent")]
    public void A_round_twenty_nine_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("põe o capitais do mundo pro meu avô")]
    [TestCase("abre o capitais do mundo que as crianças querem jogar")]
    public void A_round_twenty_nine_launch_reaches_the_skill(string utterance) =>
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", Locale).Kind, Is.EqualTo(UtteranceKind.Launch));

    [TestCase("fala pro capitais do mundo me dizer a capital da grécia")]
    public void A_round_twenty_nine_one_shot_reaches_the_skill(string utterance) =>
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", Locale).Kind, Is.EqualTo(UtteranceKind.OneShot));

    [TestCase("qual era a capital da prússia")]
    [TestCase("qual é a capital da iugoslávia")]
    [TestCase("qual é a capital da américa do sul")]
    [TestCase("qual é a capital do planeta terra")]
    [TestCase("qual a capital da somalilândia")]
    [TestCase("para de tocar música")]
    [TestCase("cancela o alarme de amanhã")]
    public void A_portuguese_round_twenty_nine_neighbour_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
