using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 37 tuning (interactionModel/README.md, *Round 37 tuning for Portuguese
/// (session 38)*), each tried on sentences of our own rather than the corpus lines: help said with the skill's name ("ajuda
/// com o capitais do mundo", "como é que usa o capitais do mundo"), "tá difícil / tá complicado", "quais comandos", "não sei
/// como começar", "me ajuda a jogar", "travei"; stop "desliga esse troço / treco / trem", "silêncio",
/// "psiu", "interrompe", "encerra a sessão", "sai das capitais", "finaliza o jogo"; cancel "o pedido da capital", "falou
/// besteira / errado", "apaga a pergunta", "pode desconsiderar" (BuiltInCues.pt.json cues); a reason after a stop or cancel
/// that opens with a masculine subject ("o neném tá dormindo": "o" folds into the filler "ó", so the opener is the noun
/// alone: reasonOpeners); the fillers "cumpade", "maninho", "bem capaz" (NluLexicon.pt.json); a clause of where the
/// speaker is after the question, "lá do bairro de ..." (ClauseWords.pt.json purposeOpeners); the launch words "pra
/// piazada", "égua" (LaunchWording.pt.json); and historical regions, feelings, foods and Brazilian cities as not-places,
/// with out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundThirtySevenRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("cumpade qual é a capital do japão", "JP", Description = "the filler 'cumpade'")]
    [TestCase("bem capaz qual é a capital do uruguai", "UY", Description = "the gaúcho 'bem capaz'")]
    [TestCase("maninho qual a capital da grécia", "GR", Description = "the filler 'maninho'")]
    [TestCase("o vô quer saber a capital da grécia lá do bairro de madureira", "GR", Description = "'lá do ...' after the question")]
    [TestCase("a capital do chile lá da vila da penha em casa", "CL", Description = "'lá da ...' after the question")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("preciso de ajuda com o capitais do mundo", "AMAZON.HelpIntent")]
    [TestCase("como é que usa o capitais do mundo", "AMAZON.HelpIntent")]
    [TestCase("tá difícil me ajuda aqui", "AMAZON.HelpIntent")]
    [TestCase("quais comandos eu posso usar", "AMAZON.HelpIntent")]
    [TestCase("não sei como começar", "AMAZON.HelpIntent")]
    [TestCase("me ajuda a jogar por favor", "AMAZON.HelpIntent")]
    [TestCase("eu travei aqui me ajuda", "AMAZON.HelpIntent")]
    [TestCase("desliga esse treco aí", "AMAZON.StopIntent")]
    [TestCase("silêncio que a novela começou", "AMAZON.StopIntent")]
    [TestCase("chega o neném tá dormindo", "AMAZON.StopIntent")]
    [TestCase("chega o patrão tá aqui", "AMAZON.StopIntent")]
    [TestCase("interrompe por favor", "AMAZON.StopIntent")]
    [TestCase("encerra a sessão", "AMAZON.StopIntent")]
    [TestCase("psiu alexa", "AMAZON.StopIntent")]
    [TestCase("sai das capitais que eu vou almoçar", "AMAZON.StopIntent")]
    [TestCase("finaliza o jogo que a janta tá pronta", "AMAZON.StopIntent")]
    [TestCase("esquece o pedido da capital", "AMAZON.CancelIntent")]
    [TestCase("cancela que a menina falou besteira", "AMAZON.CancelIntent")]
    [TestCase("apaga a pergunta", "AMAZON.CancelIntent")]
    [TestCase("pode desconsiderar", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("abre o capitais do mundo pra piazada")]
    [TestCase("égua abre o capitais do mundo")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("qual é a capital da silésia")]
    [TestCase("qual é a capital da boêmia")]
    [TestCase("qual a capital da saudade")]
    [TestCase("qual é a capital do tereré")]
    [TestCase("a capital de campinas qual é")]
    [TestCase("me diz a capital do vale do silício")]
    [TestCase("o coração tem capital")]
    [TestCase("cancela o pedido da pizza")]
    [TestCase("desliga a luz da sala")]
    [TestCase("interrompe o download")]
    [TestCase("apaga a luz")]
    [TestCase("quais comandos tem o spotify")]
    [TestCase("silêncio na sala de aula")]
    [TestCase("a capital da itália lá tem quantos habitantes")]
    [TestCase("o trânsito travei")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
