using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 53 tuning (*Round 53 tuning for Portuguese (session 61)*), each
/// tried on sentences of our own rather than the corpus lines: the Persian interjections "khob" and "yani" as fillers
/// and the not-places "sorvete", "magreb(e)", "minha cidade", "índia britânica" (NluLexicon.pt.json); a scene that closes
/// with what just happened ("mordeu", "quebrou", "estourou", "afogou", "desligou", "chegou", "acabou", "tá lotado",
/// "caiu", "queimou", "furou", "travou", "entupiu", "vazou", "dormiu", "começou", ...) said right before a stop or a cancel, as reason closers;
/// the cancel cues "apaga isso", "cancela / esquece essa pergunta boba / besta"; the help cues "(pode) me orientar",
/// "repete as instruções / as regras", "como falar com você", "atalho pra perguntar", "perguntar o país pela capital"
/// (BuiltInCues.pt.json); the launch verbs "conecta", "testar", "me leva pro", "vai", "por favor", "de novo" and the skill
/// words "brincadeira", "joguinho" (LaunchWording.pt.json); with out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundFiftyThreeRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("khob qual é a capital do líbano", "LB")]
    [TestCase("yani qual a capital da jordânia", "JO")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("o gato mordeu cancela", "AMAZON.CancelIntent")]
    [TestCase("o pneu furou encerra", "AMAZON.StopIntent")]
    [TestCase("a aula acabou chega", "AMAZON.StopIntent")]
    [TestCase("a pia entupiu esquece", "AMAZON.CancelIntent")]
    [TestCase("o ônibus chegou pode parar", "AMAZON.StopIntent")]
    [TestCase("o bar tá lotado cancela", "AMAZON.CancelIntent")]
    [TestCase("o arroz queimou cancela", "AMAZON.CancelIntent")]
    [TestCase("a internet caiu pode parar", "AMAZON.StopIntent")]
    [TestCase("khob pode parar", "AMAZON.StopIntent")]
    [TestCase("o vovô dormiu pode parar", "AMAZON.StopIntent")]
    [TestCase("apaga isso aí", "AMAZON.CancelIntent")]
    [TestCase("esquece essa pergunta besta", "AMAZON.CancelIntent")]
    [TestCase("pode me orientar", "AMAZON.HelpIntent")]
    [TestCase("repete as regras", "AMAZON.HelpIntent")]
    [TestCase("como que fala com você", "AMAZON.HelpIntent")]
    [TestCase("tem algum atalho pra perguntar", "AMAZON.HelpIntent")]
    [TestCase("como eu pergunto o país pela capital", "AMAZON.HelpIntent")]
    [TestCase("yani me explica", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("conecta o capitais do mundo")]
    [TestCase("quero testar capitais do mundo")]
    [TestCase("me leva pro capitais do mundo agora")]
    [TestCase("de novo capitais do mundo por favor")]
    [TestCase("inicia o joguinho capitais do mundo")]
    [TestCase("vai capitais do mundo")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("qual a capital do sorvete")]
    [TestCase("qual é a capital do magreb")]
    [TestCase("qual a capital da minha cidade")]
    [TestCase("qual é a capital da índia britânica")]
    [TestCase("o cano estourou")]
    [TestCase("o cano estourou chama o encanador")]
    [TestCase("a internet caiu cancela o pedido")]
    [TestCase("o cachorro mordeu o carteiro")]
    [TestCase("a festa acabou cancela o bolo")]
    [TestCase("apaga a luz")]
    [TestCase("apaga isso do caderno")]
    [TestCase("conecta o bluetooth")]
    [TestCase("vai chover hoje")]
    [TestCase("me leva pro aeroporto")]
    [TestCase("testa o microfone")]
    [TestCase("qual o atalho pro centro")]
    [TestCase("repete as instruções da receita")]
    [TestCase("como falar com você em inglês")]
    [TestCase("por favor")]
    [TestCase("de novo")]
    [TestCase("sorvete de flocos")]
    [TestCase("yani que horas são")]
    [TestCase("o computador travou")]
    [TestCase("a novela começou")]
    [TestCase("o neném acordou toca uma música")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
