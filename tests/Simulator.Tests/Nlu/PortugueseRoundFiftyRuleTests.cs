using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 50 tuning (*Round 50 tuning for Portuguese (session 57)*),
/// each tried on sentences of our own rather than the corpus lines: the interjections of the Chilean, Jewish, Russian, French
/// and Pomeranian communities ("po", "weón", "oy", "nu", "davai", "alors", "bon", "ach so"), a reason said before a stop ("o
/// cliente chegou", "o paciente chamou", "a van chegou"), the settings "no intervalo da aula", "entre uma reunião e outra"
/// and "perfeito" as fillers; the stop "para que" + a subject read as the verb "parar" ("para que o ônibus chegou"), the
/// Pomeranian "a oma" / "o opa" read as "a vó" / "o vô", "quais cidades são capitais" and "sabe quais são" (joins); the
/// repair "ai"; the not-places "caxemira do paquistão", "amazonas venezuelano / colombiano / peruano" (NluLexicon.pt.json);
/// help cues "não tô conseguindo", "me ajuda com isso", "exemplo de pergunta", "você responde capital de província",
/// "não compreendo" and French and Russian help, stop cues "ça suffit", "arrête", "hvatit", cancel cues "annule", "laisse
/// tomber", "otmena", "me enganei" (BuiltInCues.pt.json); the launch settings "pra oma", "no intervalo da aula", "no
/// cursinho" (LaunchWording.pt.json); with out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundFiftyRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("weón qual é a capital do peru", "PE", Description = "the filler 'weón'")]
    [TestCase("alors qual é a capital do senegal", "SN", Description = "the filler 'alors'")]
    [TestCase("nu qual é a capital da rússia", "RU", Description = "the filler 'nu'")]
    [TestCase("oy qual é a capital de israel", "IL", Description = "the filler 'oy'")]
    [TestCase("ach so qual é a capital da alemanha", "DE", Description = "the filler 'ach so'")]
    [TestCase("perfeito e do mali", "ML", Description = "the filler 'perfeito' before a follow-up")]
    [TestCase("entre uma reunião e outra qual é a capital do japão", "JP", Description = "a setting, not Réunion")]
    [TestCase("quais cidades são capitais da bolívia", "BO", Description = "the join 'quais cidades são capitais'")]
    [TestCase("sabe quais são as capitais da bolívia", "BO", Description = "the join 'sabe quais são'")]
    [TestCase("a oma nasceu na alemanha qual é a capital de lá", "DE", Description = "'a oma' is the grandmother, not Oman")]
    [TestCase("vou viajar pra omã qual é a capital de lá", "OM", Description = "Oman said after 'pra'")]
    [TestCase("capital da frança ai da bélgica", "BE", Description = "the repair 'ai'")]
    [TestCase("me fala aí a capital da frança", "FR", Description = "'aí' before the question")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alors como funciona", "AMAZON.HelpIntent")]
    [TestCase("je ne comprends pas", "AMAZON.HelpIntent")]
    [TestCase("eu não compreendo como usa", "AMAZON.HelpIntent")]
    [TestCase("não tô conseguindo me ajuda", "AMAZON.HelpIntent")]
    [TestCase("me ajuda com isso por favor", "AMAZON.HelpIntent")]
    [TestCase("me dá um exemplo de pergunta", "AMAZON.HelpIntent")]
    [TestCase("tem algum exemplo", "AMAZON.HelpIntent")]
    [TestCase("você responde capital de território", "AMAZON.HelpIntent")]
    [TestCase("posso perguntar de província", "AMAZON.HelpIntent")]
    [TestCase("no intervalo da aula me explica como funciona", "AMAZON.HelpIntent")]
    [TestCase("pomogite", "AMAZON.HelpIntent")]
    [TestCase("para que serve isso", "AMAZON.HelpIntent")]
    [TestCase("para que o ônibus chegou", "AMAZON.StopIntent")]
    [TestCase("para que minha mãe tá chamando", "AMAZON.StopIntent")]
    [TestCase("para que eu vou pro plantão", "AMAZON.StopIntent")]
    [TestCase("para que a aula começou", "AMAZON.StopIntent")]
    [TestCase("mano para que o chefe chegou", "AMAZON.StopIntent")]
    [TestCase("para aí que a visita chegou", "AMAZON.StopIntent")]
    [TestCase("o paciente chamou encerra", "AMAZON.StopIntent")]
    [TestCase("a van chegou desliga", "AMAZON.StopIntent")]
    [TestCase("o cliente chegou pode parar", "AMAZON.StopIntent")]
    [TestCase("bon ça suffit", "AMAZON.StopIntent")]
    [TestCase("arrête", "AMAZON.StopIntent")]
    [TestCase("nu hvatit", "AMAZON.StopIntent")]
    [TestCase("ya po chega", "AMAZON.StopIntent")]
    [TestCase("oy vey para com isso", "AMAZON.StopIntent")]
    [TestCase("annuler", "AMAZON.CancelIntent")]
    [TestCase("laisse tomber", "AMAZON.CancelIntent")]
    [TestCase("otmena", "AMAZON.CancelIntent")]
    [TestCase("esquece me enganei", "AMAZON.CancelIntent")]
    [TestCase("cancela po", "AMAZON.CancelIntent")]
    [TestCase("oy deixa pra lá", "AMAZON.CancelIntent")]
    [TestCase("cancela que a oma chegou", "AMAZON.CancelIntent")]
    [TestCase("esquece que o opa já sabe", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("abre capitais do mundo pra minha oma")]
    [TestCase("abre capitais do mundo no intervalo da aula")]
    [TestCase("abre capitais do mundo no cursinho")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("qual é a capital do amazonas colombiano")]
    [TestCase("qual é a capital da caxemira chinesa")]
    [TestCase("para a música")]
    [TestCase("para que o som fique mais alto")]
    [TestCase("para que lado fica a praia")]
    [TestCase("para que time você torce")]
    [TestCase("o cliente chegou")]
    [TestCase("a van chegou")]
    [TestCase("não tô conseguindo dormir")]
    [TestCase("me ajuda com a receita de bolo")]
    [TestCase("annule o alarme")]
    [TestCase("arrête la musique")]
    [TestCase("me dá um exemplo de verbo")]
    [TestCase("não compreendo a matéria de física")]
    [TestCase("otmena o timer")]
    [TestCase("alors toca uma música")]
    [TestCase("quais cidades são capitais da moda")]
    [TestCase("me enganei de novo")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
