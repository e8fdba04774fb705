using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 25 tuning (interactionModel/README.md, *Round 25 tuning for Portuguese
/// (session 24)*), each tried on sentences of our own rather than the corpus lines: the follow-up tag "como (é que) fica",
/// thanks in a heritage language ("arigatô", "thank you", "grazie"), the Rio "coé", the Spanish "ya", and "sem enrolar"
/// (NluLexicon.pt.json fillers); the interjections "oxe", "vixe", "eita", "ih" and the verbs "troquei",
/// "confundi" as repairs; islands, regions and continents with no capital of their own (notPlaces);
/// "pergunta no" as a launch verb; the spellings Burquina (Faso) and Oman (overrides.json); "como é o nome da capital" (the
/// model); help "como é que eu falo com você", "o que esse aplicativo faz", the Spanish "ayuda", stop "sai daí", "podes
/// parar", "pode desligar", cancel "olvida" (BuiltInCues.pt.json); "pra criança / pro menino" around a launch
/// (LaunchWording.pt.json); and out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundTwentyFiveRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("e da noruega como é que fica", "NO")]
    [TestCase("e do chile como que fica", "CL")]
    [TestCase("qual a capital do japão arigatô", "JP")]
    [TestCase("me diz a capital da itália grazie", "IT")]
    [TestCase("coé qual a capital do egito", "EG")]
    [TestCase("ya me diz a capital do méxico", "MX")]
    [TestCase("fala a capital da grécia sem enrolar", "GR")]
    [TestCase("a capital do chile oxe do peru", "PE")]
    [TestCase("capital da áustria vixe da austrália", "AU")]
    [TestCase("qual a capital da suécia troquei da suíça", "CH")]
    [TestCase("capital do níger confundi da nigéria", "NG")]
    [TestCase("qual é a capital da áfrica do sul", "ZA")]
    [TestCase("qual é a capital de burquina", "BF")]
    [TestCase("me fala a capital do oman", "OM")]
    [TestCase("como é o nome da capital da índia", "IN")]
    public void A_round_twenty_five_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("como que eu falo com você", "AMAZON.HelpIntent")]
    [TestCase("o que esse app faz", "AMAZON.HelpIntent")]
    [TestCase("como é que funciona esse jogo", "AMAZON.HelpIntent")]
    [TestCase("ayuda por favor", "AMAZON.HelpIntent")]
    [TestCase("sai daí", "AMAZON.StopIntent")]
    [TestCase("podes parar", "AMAZON.StopIntent")]
    [TestCase("pode desligar arigatô", "AMAZON.StopIntent")]
    [TestCase("chega thank you", "AMAZON.StopIntent")]
    [TestCase("olvida", "AMAZON.CancelIntent")]
    public void A_round_twenty_five_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("abre o capitais do mundo pro menino")]
    [TestCase("liga o capitais do mundo pra criança")]
    public void A_round_twenty_five_launch_wording_launches(string utterance) =>
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", Locale).Kind, Is.EqualTo(UtteranceKind.Launch));

    [TestCase("pergunta no capitais do mundo a capital do chile")]
    public void A_round_twenty_five_one_shot_reaches_the_skill(string utterance) =>
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", Locale).Kind, Is.EqualTo(UtteranceKind.OneShot));

    [TestCase("qual é a capital da madeira")]
    [TestCase("qual a capital de java")]
    [TestCase("qual é a capital do pantanal")]
    [TestCase("qual é a capital do tibete")]
    [TestCase("qual é a capital da europa")]
    [TestCase("toca música arigatô")]
    [TestCase("oxe que calor")]
    [TestCase("vixe choveu")]
    [TestCase("o que esse remédio faz")]
    [TestCase("pode desligar a luz")]
    [TestCase("sai daí gato")]
    [TestCase("liga o ventilador pro menino")]
    [TestCase("como é que fica o tempo amanhã")]
    public void A_portuguese_round_twenty_five_neighbour_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
