using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 28 tuning (interactionModel/README.md, *Round 28 tuning for Portuguese
/// (session 27)*), each tried on sentences of our own rather than the corpus lines: the interjections and slang "rlx",
/// "mds", "vish", "tô aperreado", "ô trem", "oy vey", "aigoo", "ostia", a trailing "afinal", "antes que eu esqueça", "me
/// tira essa dúvida", a bet as the reason ("que eu apostei"), the check leads "é verdade que", "tá certo que", "me diz se"
/// (NluLexicon.pt.json fillers); the repairs "deixa eu refazer", "errei feio", "mudei de ideia"; a speech recognizer's
/// split "-istão" names ("cazaquis tão") as joins; the Soviet Union and the Canary Islands as not-places; "pede ao" as
/// an invocation verb; cancel "esquece essa", "não precisa responder", stop "chega de capital", help "ajuda aqui", "como
/// funciona isso" (BuiltInCues.pt.json); "meu rei" and "tô aperreado" around a launch (LaunchWording.pt.json); and
/// out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundTwentyEightRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("rlx qual é a capital do peru", "PE")]
    [TestCase("mds qual a capital da hungria", "HU")]
    [TestCase("vish qual é a capital do quênia", "KE")]
    [TestCase("tô aperreado qual a capital da coreia do sul", "KR")]
    [TestCase("ô trem qual é a capital da áustria", "AT")]
    [TestCase("aigoo qual a capital do japão", "JP")]
    [TestCase("qual é a capital da dinamarca afinal", "DK")]
    [TestCase("antes que eu esqueça qual a capital do chile", "CL")]
    [TestCase("qual a capital da finlândia me tira essa dúvida", "FI")]
    [TestCase("qual é a capital da austrália que eu apostei com meu marido", "AU")]
    [TestCase("é verdade que a capital da turquia é ancara", "TR")]
    [TestCase("qual a capital do uzbequis tão", "UZ")]
    [TestCase("a capital da suécia deixa eu refazer da noruega", "NO")]
    [TestCase("quero a capital do chile errei feio do peru", "PE")]
    public void A_round_twenty_eight_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("rlx esquece essa", "AMAZON.CancelIntent")]
    [TestCase("não precisa responder não", "AMAZON.CancelIntent")]
    [TestCase("vish chega de capital por hoje", "AMAZON.StopIntent")]
    [TestCase("mds como funciona isso", "AMAZON.HelpIntent")]
    [TestCase("me ajuda aqui", "AMAZON.HelpIntent")]
    public void A_round_twenty_eight_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("meu rei abre o capitais do mundo")]
    [TestCase("tô aperreado abre o capitais do mundo")]
    public void A_round_twenty_eight_launch_reaches_the_skill(string utterance) =>
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", Locale).Kind, Is.EqualTo(UtteranceKind.Launch));

    [TestCase("pede ao capitais do mundo a capital da grécia")]
    public void A_round_twenty_eight_one_shot_reaches_the_skill(string utterance) =>
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", Locale).Kind, Is.EqualTo(UtteranceKind.OneShot));

    [TestCase("qual era a capital da urss")]
    [TestCase("qual é a capital das ilhas canárias")]
    [TestCase("mds toca uma música")]
    [TestCase("vish que horas são")]
    [TestCase("me diz se vai chover amanhã")]
    [TestCase("esquece essa música")]
    public void A_portuguese_round_twenty_eight_neighbour_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
