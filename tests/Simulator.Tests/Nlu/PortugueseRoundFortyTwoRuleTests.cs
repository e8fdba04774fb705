using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 42 tuning (interactionModel/README.md, *Round 42 tuning for Portuguese
/// (session 43)*), each tried on sentences of our own rather than the corpus lines: the northeastern fillers "(ô) bicha",
/// "(ô) xente", "pai d'égua" (NluLexicon.pt.json fillers, and "bicha" around a launch in LaunchWording.pt.json); the
/// not-places "cornualha" and the former federal territories "(território federal) do guaporé", "território (federal) de
/// fernando de noronha" (notPlaces); the question leads "a gente falou da / do / de" and "falaram a / o"
/// (ClauseWords.pt.json); the stop cues "encerra / fecha / termina o quiz", "sai do quiz"; the help cues "(o) jeito certo
/// de perguntar", "jeito de perguntar", "me diz como jogar", "como jogar esse jogo", "nunca usei isso", "como ele / ela
/// pergunta", "como (que / é que) eu peço" (BuiltInCues.pt.json); the launch words "que a professora / o professor
/// mandou", "pro quiz (do bar)", "pra gente jogar" (LaunchWording.pt.json); with out-of-domain neighbours that must still
/// fall back.</summary>
public class PortugueseRoundFortyTwoRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("ô xente qual a capital da bolívia", "BO", Description = "the filler 'ô xente'")]
    [TestCase("pai d'égua qual é a capital do pará", "BR-PA", Description = "the filler 'pai d'égua'")]
    [TestCase("na aula a gente falou da capital do egito", "EG", Description = "the lead 'a gente falou da'")]
    [TestCase("no jornal falaram a capital da etiópia", "ET", Description = "the lead 'falaram a'")]
    [TestCase("como eu peço a capital da frança", "FR", Description = "a named place stays a capital question")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("ô bicha esquece isso", "AMAZON.CancelIntent")]
    [TestCase("ô xente chega", "AMAZON.StopIntent")]
    [TestCase("encerra o quiz", "AMAZON.StopIntent")]
    [TestCase("fecha o quiz aí", "AMAZON.StopIntent")]
    [TestCase("sai do quiz por favor", "AMAZON.StopIntent")]
    [TestCase("pai d'égua como é que joga", "AMAZON.HelpIntent")]
    [TestCase("qual é o jeito certo de perguntar", "AMAZON.HelpIntent")]
    [TestCase("me diz como jogar isso", "AMAZON.HelpIntent")]
    [TestCase("como jogar esse jogo", "AMAZON.HelpIntent")]
    [TestCase("nunca usei isso como funciona", "AMAZON.HelpIntent")]
    [TestCase("meu avô quer usar como ele pergunta", "AMAZON.HelpIntent")]
    [TestCase("como é que eu peço a capital de uma ilha", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("abre capitais do mundo bicha")]
    [TestCase("abre capitais do mundo que a professora mandou")]
    [TestCase("abre capitais do mundo pro quiz")]
    [TestCase("abre capitais do mundo pra gente jogar")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("qual é a capital da cornualha")]
    [TestCase("qual era a capital do território do guaporé")]
    [TestCase("qual era a capital do território de fernando de noronha")]
    [TestCase("a gente falou da conta de luz")]
    [TestCase("falaram a verdade")]
    [TestCase("fecha a porta")]
    [TestCase("qual é o jeito certo de fazer arroz")]
    [TestCase("me diz como jogar xadrez")]
    [TestCase("nunca usei isso na vida")]
    [TestCase("abre o spotify pra gente jogar")]
    [TestCase("a professora mandou")]
    [TestCase("como eu peço uma pizza")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
