using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 54 tuning (*Round 54 tuning for Portuguese (session 62)*), each
/// tried on sentences of our own rather than the corpus lines: greetings and interjections of speakers of other languages
/// said first or last as fillers ("etto", "sumimasen", "ja nee", "boleh", "safi", "wakha", "inshallah", "namastê"); the
/// not-places "capitalismo", "ex união soviética", "holanda do norte", "lago vitória", "lago tanganica", "franco congolês";
/// the place reference "desse / deste / daquele lugar"; the joins "(cancela | esquece | anula | ...) a pergunta anterior" ->
/// "... isso", "(sistema | impressora | celular | maquininha | ...) travou" -> "... caiu" (so that a device that froze is a
/// reason, not the help cue "travou"), "falou junto / por cima / em cima / ao mesmo tempo" -> "disse ..." (not the stop
/// "falou"), "tal capital" -> "uma capital" (NluLexicon.pt.json); the help cues "me ajuda a responder", "o que eu preciso
/// falar / dizer", "o que eu (preciso | tenho que) (falar | dizer) / falo / digo pra você / ela (me) responder", "(me)
/// ajuda pra prova" (BuiltInCues.pt.json); the launch verbs "inicializa", "reabre", "(me) conecta com" and the skill word
/// "habilidade" (LaunchWording.pt.json); the reverse questions "qual país tem {city} (de | por) capital" and "{city} fica
/// em que país é capital de onde" (interactionModel/pt/language.json); with out-of-domain neighbours that must still fall
/// back.</summary>
public class PortugueseRoundFiftyFourRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("sumimasen qual a capital do japão", "JP")]
    [TestCase("etto capital do peru", "PE")]
    [TestCase("boleh qual é a capital da malásia", "MY")]
    [TestCase("safi qual a capital do marrocos", "MA")]
    [TestCase("wakha capital da argélia", "DZ")]
    [TestCase("inshallah qual a capital do egito", "EG")]
    [TestCase("eu comprei um tapete do marrocos qual a capital desse lugar", "MA")]
    [TestCase("o café veio da etiópia qual a capital deste lugar", "ET")]
    [TestCase("o peixe vem do lago tanganica da tanzânia qual a capital do país", "TZ")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("qual país tem lima de capital", "lima")]
    [TestCase("que país tem nairóbi por capital", "nairobi")]
    [TestCase("acra fica em qual país é capital de onde", "accra")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("ja nee chega", "AMAZON.StopIntent")]
    [TestCase("namastê me ajuda", "AMAZON.HelpIntent")]
    [TestCase("para por favor namastê", "AMAZON.StopIntent")]
    [TestCase("como eu pergunto qual país tem tal capital", "AMAZON.HelpIntent")]
    [TestCase("me ajuda a responder o meu filho", "AMAZON.HelpIntent")]
    [TestCase("o que eu tenho que falar pra você responder", "AMAZON.HelpIntent")]
    [TestCase("o que eu falo pra ela responder", "AMAZON.HelpIntent")]
    [TestCase("me ajuda pra prova", "AMAZON.HelpIntent")]
    [TestCase("esquece a pergunta anterior", "AMAZON.CancelIntent")]
    [TestCase("desconsidera minha pergunta anterior", "AMAZON.CancelIntent")]
    [TestCase("cancela que o celular travou", "AMAZON.CancelIntent")]
    [TestCase("esquece que a maquininha travou", "AMAZON.CancelIntent")]
    [TestCase("para que o sistema travou", "AMAZON.StopIntent")]
    [TestCase("esquece que a vó falou por cima", "AMAZON.CancelIntent")]
    [TestCase("cancela que o menino falou junto", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("inicializar capitais do mundo")]
    [TestCase("reabra o capitais do mundo")]
    [TestCase("conecta com capitais do mundo")]
    [TestCase("me conecte com o capitais do mundo")]
    [TestCase("abre a habilidade capitais do mundo")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("qual a capital do capitalismo selvagem")]
    [TestCase("qual era a capital da ex união soviética")]
    [TestCase("qual a capital da holanda do norte")]
    [TestCase("o peixe vem do lago vitória qual a capital")]
    [TestCase("quanto vale o franco congolês")]
    [TestCase("o celular travou")]
    [TestCase("a impressora travou de novo")]
    [TestCase("a internet travou cancela o pedido")]
    [TestCase("cancela a assinatura anterior")]
    [TestCase("qual foi a pergunta anterior")]
    [TestCase("me ajuda a responder o email do chefe")]
    [TestCase("o que eu falo pra ela no aniversário")]
    [TestCase("me ajuda pra prova de matemática")]
    [TestCase("reabre a loja amanhã")]
    [TestCase("inicializa o computador")]
    [TestCase("me conecta com o bluetooth")]
    [TestCase("conecta com a internet")]
    [TestCase("a criança falou junto comigo")]
    [TestCase("ela falou por cima de mim")]
    [TestCase("inshallah amanhã chove")]
    [TestCase("namastê")]
    [TestCase("que cidade tem lagos de capital")]
    [TestCase("qual o ganho de capital")]
    [TestCase("a festa fica em que bairro")]
    [TestCase("o que eu preciso falar na entrevista")]
    [TestCase("a habilidade de falar inglês")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
