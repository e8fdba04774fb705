using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 49 tuning (*Round 49 tuning for Portuguese (session 55)*),
/// each tried on sentences of our own rather than the corpus lines: the greetings, thanks and exclamations of the immigrant
/// communities ("salam aleikum", "tashakor", "abeg", "no wahala", "bhai", "parce", "oe causa", "mamma mia") and the
/// not-place "alto paraná" (NluLexicon.pt.json); the people of a hotel, a hostel, a clinic, a cruise, a radio, a library and
/// an Italian family ("hóspede", "mochileiro", "enfermeira", "passageiro", "ouvinte", "bibliotecária", "nonna") as skill
/// words and reason openers, the help cues "ninguém sabe usar", "quer saber como usar", "mas como funciona", "você sabe
/// fazer o quê", "o que mais você sabe", "que perguntas a skill aceita", "quer ajuda", Spanish and English help ("no
/// entiendo", "cómo se usa", "help me"), the stop cues "pode ir embora", "ya basta", "chegou a hora de dormir", "terminou a aula",
/// "disse pra parar", the cancel cues "disse pra cancelar", Italian "lascia perdere", "non importa" (BuiltInCues.pt.json);
/// the launch verb "open" and the launch settings "pros hóspedes", "aqui na clínica", "pros ouvintes", "no navio",
/// "bem baixinho" (LaunchWording.pt.json); with out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundFortyNineRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("salaam aleikum qual é a capital do marrocos", "MA", Description = "the filler 'salaam aleikum'")]
    [TestCase("abeg qual é a capital de gana", "GH", Description = "the filler 'abeg'")]
    [TestCase("no wahala me diz a capital do quênia", "KE", Description = "the filler 'no wahala'")]
    [TestCase("bhai qual é a capital do nepal", "NP", Description = "the filler 'bhai'")]
    [TestCase("oe causa qual é a capital do chile", "CL", Description = "the filler 'oe causa'")]
    [TestCase("mamma mia qual é a capital da itália", "IT", Description = "the filler 'mamma mia'")]
    [TestCase("tashakur qual é a capital do irã", "IR", Description = "the filler 'tashakur'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("como é que eu pergunto uma capital sem errar", "AMAZON.HelpIntent")]
    [TestCase("o hóspede quer saber como usar", "AMAZON.HelpIntent")]
    [TestCase("a nonna não sabe usar me ajuda", "AMAZON.HelpIntent")]
    [TestCase("ajuda a nonna por favor", "AMAZON.HelpIntent")]
    [TestCase("o mochileiro precisa de ajuda", "AMAZON.HelpIntent")]
    [TestCase("a estudante quer ajuda com as capitais", "AMAZON.HelpIntent")]
    [TestCase("abeg help me", "AMAZON.HelpIntent")]
    [TestCase("no entiendo cómo funciona", "AMAZON.HelpIntent")]
    [TestCase("cómo se usa", "AMAZON.HelpIntent")]
    [TestCase("o que mais você sabe", "AMAZON.HelpIntent")]
    [TestCase("tu sabe fazer o quê", "AMAZON.HelpIntent")]
    [TestCase("isso serve pra quê", "AMAZON.HelpIntent")]
    [TestCase("que perguntas essa skill aceita", "AMAZON.HelpIntent")]
    [TestCase("aqui ninguém sabe usar isso", "AMAZON.HelpIntent")]
    [TestCase("legal mas como funciona", "AMAZON.HelpIntent")]
    [TestCase("como é que usa", "AMAZON.HelpIntent")]
    [TestCase("o que dá pra perguntar nas capitais do mundo", "AMAZON.HelpIntent")]
    [TestCase("como eu pergunto direito", "AMAZON.HelpIntent")]
    [TestCase("a bibliotecária quer ajuda", "AMAZON.HelpIntent")]
    [TestCase("a passageira não sabe usar", "AMAZON.HelpIntent")]
    [TestCase("abeg stop", "AMAZON.StopIntent")]
    [TestCase("pode ir embora alexa", "AMAZON.StopIntent")]
    [TestCase("ya basta alexa", "AMAZON.StopIntent")]
    [TestCase("salam chega", "AMAZON.StopIntent")]
    [TestCase("mamma mia para", "AMAZON.StopIntent")]
    [TestCase("pode desligar que o vô já foi dormir", "AMAZON.StopIntent")]
    [TestCase("chegou a hora de dormir", "AMAZON.StopIntent")]
    [TestCase("terminou a aula pode parar", "AMAZON.StopIntent")]
    [TestCase("a professora disse pra parar", "AMAZON.StopIntent")]
    [TestCase("encerra que o hóspede chegou", "AMAZON.StopIntent")]
    [TestCase("lascia perdere", "AMAZON.CancelIntent")]
    [TestCase("bhai forget it", "AMAZON.CancelIntent")]
    [TestCase("a nonna disse pra cancelar", "AMAZON.CancelIntent")]
    [TestCase("o passageiro desistiu esquece", "AMAZON.CancelIntent")]
    [TestCase("a hóspede mudou de ideia cancela", "AMAZON.CancelIntent")]
    [TestCase("non importa alexa", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("abre capitais do mundo pros hóspedes")]
    [TestCase("abeg open capitais do mundo")]
    [TestCase("aqui na clínica abre capitais do mundo")]
    [TestCase("inicia capitais do mundo pros ouvintes")]
    [TestCase("abre capitais do mundo no navio")]
    [TestCase("bora jogar capitais do mundo pra galera")]
    [TestCase("open capitais do mundo please")]
    [TestCase("abre capitais do mundo na biblioteca bem baixinho")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("qual é a capital do alto paraná")]
    [TestCase("como usar o micro-ondas")]
    [TestCase("como usa a crase")]
    [TestCase("o hóspede quer toalha")]
    [TestCase("a nonna quer ouvir música")]
    [TestCase("para a música do karaokê")]
    [TestCase("cancela o alarme da enfermeira")]
    [TestCase("a biblioteca abre que horas")]
    [TestCase("pode ir tocando a playlist")]
    [TestCase("open the door please")]
    [TestCase("play música no zap")]
    [TestCase("abre o zap")]
    [TestCase("serve pra quê um vulcão")]
    [TestCase("como falar direito em inglês")]
    [TestCase("o menino precisa de ajuda com o dever de casa")]
    [TestCase("chegou a hora do jogo do flamengo")]
    [TestCase("ayuda con la tarea de matemáticas")]
    [TestCase("no entiendo la pregunta de física")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
