using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 52 tuning (*Round 52 tuning for Portuguese (session 60)*), each
/// tried on sentences of our own rather than the corpus lines: the Timorese "maun" and "obrigadu" and the Mexican "órale"
/// as fillers; a scene said before a stop or a cancel as a filler (who got off or sat down, a client who arrived at the
/// shop, the rubbish collection that passed, the game that began, the mill's lorry, the end stop, the street swept, the
/// science fair that ended, "perdi o fio (da meada)"); "quer jogar" before a help; the not-places "frango", "picanha",
/// "província de buenos aires" and the variant "esto" -> "isso"
/// (NluLexicon.pt.json); the stop cues "that's enough", "chega de pergunta(s)", the help cues "how does it work",
/// "como (que) faz", "quais perguntas (a gente) pode fazer", "ninguém sabe usar / mexer", "o que esse negócio faz", the
/// cancel cues "cancela / esquece / anula / ignora / desconsidera o que ele / ela / eles / elas perguntou / falou / disse /
/// pediu" (BuiltInCues.pt.json); the reverse questions "X é capital de algum país" and "qual é o país da capital X"
/// (interactionModel/pt/language.json); with out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundFiftyTwoRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("maun qual é a capital da indonésia", "ID", Description = "the filler 'maun'")]
    [TestCase("qual é a capital de portugal obrigadu", "PT", Description = "the filler 'obrigadu'")]
    [TestCase("órale qual é a capital do méxico", "MX", Description = "the filler 'órale'")]
    [TestCase("o passageiro desceu qual é a capital do chile", "CL", Description = "a scene said first")]
    [TestCase("o jogo começou qual é a capital da croácia", "HR", Description = "a scene said first")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("lima é capital de algum país", "lima")]
    [TestCase("qual é o país da capital nairóbi", "nairobi")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("a passageira desceu pode parar", "AMAZON.StopIntent")]
    [TestCase("o freguês sentou na cadeira para de falar", "AMAZON.StopIntent")]
    [TestCase("chegou freguesa na barbearia pode parar", "AMAZON.StopIntent")]
    [TestCase("a partida começou chega de perguntas", "AMAZON.StopIntent")]
    [TestCase("a feira de ciências terminou desliga", "AMAZON.StopIntent")]
    [TestCase("chegou no terminal encerra", "AMAZON.StopIntent")]
    [TestCase("já varri a rua toda pode parar", "AMAZON.StopIntent")]
    [TestCase("obrigadu pode parar", "AMAZON.StopIntent")]
    [TestCase("that's enough", "AMAZON.StopIntent")]
    [TestCase("órale ya basta", "AMAZON.StopIntent")]
    [TestCase("o caminhão do lixo passou esquece", "AMAZON.CancelIntent")]
    [TestCase("perdi o fio esquece", "AMAZON.CancelIntent")]
    [TestCase("maun esquece", "AMAZON.CancelIntent")]
    [TestCase("esquece o que ela perguntou", "AMAZON.CancelIntent")]
    [TestCase("anula o que eles pediram", "AMAZON.CancelIntent")]
    [TestCase("how does it work", "AMAZON.HelpIntent")]
    [TestCase("como funciona esto", "AMAZON.HelpIntent")]
    [TestCase("meu filho quer jogar como que faz", "AMAZON.HelpIntent")]
    [TestCase("que perguntas a gente pode fazer", "AMAZON.HelpIntent")]
    [TestCase("ninguém aqui sabe usar isso", "AMAZON.HelpIntent")]
    [TestCase("o que esse troço faz", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("qual a capital do frango")]
    [TestCase("qual é a capital da província de buenos aires")]
    [TestCase("como faz bolo de cenoura")]
    [TestCase("como faz pra chegar no centro")]
    [TestCase("minha filha quer jogar futebol")]
    [TestCase("o que isso faz com a pele")]
    [TestCase("ninguém sabe usar a máquina de lavar")]
    [TestCase("o jogo começou qual o placar")]
    [TestCase("quando é a feira de ciências")]
    [TestCase("vou desligar o disjuntor")]
    [TestCase("as abelhas tão agitadas")]
    [TestCase("cancela o que ele pediu no ifood")]
    [TestCase("perdi o fio da meada")]
    [TestCase("o cliente sentou na cadeira toca uma música")]
    [TestCase("a coleta passou ontem")]
    [TestCase("fecha a borracharia às seis")]
    [TestCase("maun obrigadu")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
