using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 27 tuning (interactionModel/README.md, *Round 27 tuning for Portuguese
/// (session 26)*), each tried on sentences of our own rather than the corpus lines: the endearments "meu amor", "mi amor",
/// "meu bem", the hesitation "hã", the slang "slk" and "asere", "please", "em português", "fala sério", a learner's "eu não
/// lembrar", a bet as the reason ("que eu fiz uma aposta") (NluLexicon.pt.json fillers); the repairs "falei besteira" and
/// "me expressei mal"; islands and fiction with no capital (notPlaces: Galápagos, Páscoa, Gondor,
/// Rohan); "vê no" and "procura no" as invocation verbs; cancel "foi engano", "foi sem querer", help
/// "ajuda pra começar", "preciso ajuda", stop "para agora" (BuiltInCues.pt.json); "a professora mandou" around a launch
/// (LaunchWording.pt.json); and out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundTwentySevenRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("meu amor qual é a capital da grécia", "GR")]
    [TestCase("qual a capital do chile meu bem", "CL")]
    [TestCase("qual é hã a capital hã da polônia", "PL")]
    [TestCase("slk qual a capital da nigéria", "NG")]
    [TestCase("qual é a capital do peru please", "PE")]
    [TestCase("qual é a capital da holanda em português", "NL")]
    [TestCase("fala sério qual é a capital da austrália", "AU")]
    [TestCase("capital de suíça eu não lembrar", "CH")]
    [TestCase("qual é a capital do egito que eu fiz uma aposta", "EG")]
    [TestCase("a capital da suécia falei besteira da noruega", "NO")]
    [TestCase("a capital do chile me expressei mal do peru", "PE")]
    public void A_round_twenty_seven_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("meu amor esquece", "AMAZON.CancelIntent")]
    [TestCase("esquece foi sem querer", "AMAZON.CancelIntent")]
    [TestCase("deixa pra lá foi engano", "AMAZON.CancelIntent")]
    [TestCase("meu bem como funciona", "AMAZON.HelpIntent")]
    [TestCase("preciso ajuda pra começar", "AMAZON.HelpIntent")]
    [TestCase("eu precisa ajuda", "AMAZON.HelpIntent")]
    [TestCase("para agora que a novela vai começar", "AMAZON.StopIntent")]
    [TestCase("stop please", "AMAZON.StopIntent")]
    public void A_round_twenty_seven_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("a professora mandou abrir o capitais do mundo")]
    public void A_round_twenty_seven_launch_reaches_the_skill(string utterance) =>
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", Locale).Kind, Is.EqualTo(UtteranceKind.Launch));

    [TestCase("vê no capitais do mundo a capital da argentina")]
    [TestCase("procura no capitais do mundo a capital do japão")]
    public void A_round_twenty_seven_one_shot_reaches_the_skill(string utterance) =>
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", Locale).Kind, Is.EqualTo(UtteranceKind.OneShot));

    [TestCase("qual é a capital de galápagos")]
    [TestCase("qual a capital de páscoa")]
    [TestCase("qual é a capital de rohan")]
    [TestCase("meu amor toca uma música")]
    [TestCase("para agora o alarme")]
    [TestCase("preciso ajuda com a lição de casa")]
    [TestCase("que horas são em português")]
    [TestCase("hã que dia é hoje")]
    public void A_portuguese_round_twenty_seven_neighbour_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
