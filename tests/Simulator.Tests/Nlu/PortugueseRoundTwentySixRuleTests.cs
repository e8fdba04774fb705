using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 26 tuning (interactionModel/README.md, *Round 26 tuning for Portuguese
/// (session 25)*), each tried on sentences of our own rather than the corpus lines: the interjections "ixi" and the mineiro
/// "nó", "ô mêo", the tag "cê sabe", thanks said as "te agradeço", "vem a ser" (NluLexicon.pt.json fillers); the repairs
/// "me enrolei" and a bare "melhor"; "capita" for "capital" (variants); Spanish and Brazilian regions with no capital of
/// their own (notPlaces: Galiza, Canárias, "baixada", "região", the Nordeste); "fala com" and "pede pra" as invocation verbs;
/// help "uma ajudinha", "o que a gente pode perguntar", stop "fim de papo", "tchau tchau", "bora parar", "o joguinho"
/// (BuiltInCues.pt.json); and out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundTwentySixRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("ixi qual a capital da tailândia", "TH")]
    [TestCase("nó qual é a capital do peru", "PE")]
    [TestCase("ô mêo qual a capital do quênia", "KE")]
    [TestCase("qual a capital da bolívia cê sabe", "BO")]
    [TestCase("qual vem a ser a capital do paraguai", "PY")]
    [TestCase("me diz a capital do canadá te agradeço", "CA")]
    [TestCase("qual é a capita do marrocos", "MA")]
    [TestCase("a capital da áustria me enrolei da alemanha", "DE")]
    [TestCase("qual a capital da letônia melhor da lituânia", "LT")]
    public void A_round_twenty_six_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("me dá uma ajudinha", "AMAZON.HelpIntent")]
    [TestCase("uma ajudinha aqui por favor", "AMAZON.HelpIntent")]
    [TestCase("o que a gente pode perguntar", "AMAZON.HelpIntent")]
    [TestCase("como é que funciona o capitais do mundo", "AMAZON.HelpIntent")]
    [TestCase("fim de conversa", "AMAZON.StopIntent")]
    [TestCase("tchau tchau alexa", "AMAZON.StopIntent")]
    [TestCase("bora parar", "AMAZON.StopIntent")]
    [TestCase("fecha o joguinho", "AMAZON.StopIntent")]
    [TestCase("ixi deixa pra lá", "AMAZON.CancelIntent")]
    public void A_round_twenty_six_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("fala com capitais do mundo qual a capital da suécia")]
    [TestCase("pede pra capitais do mundo a capital do japão")]
    public void A_round_twenty_six_one_shot_reaches_the_skill(string utterance) =>
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", Locale).Kind, Is.EqualTo(UtteranceKind.OneShot));

    [TestCase("qual é a capital da galícia")]
    [TestCase("qual é a capital da região norte")]
    [TestCase("qual a capital do nordeste")]
    [TestCase("qual a capital da baixada santista")]
    [TestCase("ixi choveu")]
    [TestCase("nó que calor")]
    [TestCase("toca música te agradeço")]
    [TestCase("qual a melhor música do ano")]
    [TestCase("bora parar no mercado")]
    [TestCase("uma ajudinha com a lição de matemática")]
    public void A_portuguese_round_twenty_six_neighbour_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
