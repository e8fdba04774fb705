using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 48 tuning (*Round 48 tuning for Portuguese (session 53)*),
/// each tried on sentences of our own rather than the corpus lines: the capoeira fillers "axé", "salve salve", "ó camará"
/// and the not-place "reino do congo" (NluLexicon.pt.json); the people of a workplace, a barracks, a church, a wedding and a
/// Korean family ("peão", "delegado", "recruta", "sargento", "pastor", "noiva", "halmeoni", "omma") as skill words and
/// reason openers, the help cues "não sabe usar", "travou", "tô perdido", "o que é pra falar", "que perguntas você aceita",
/// the stop cues "para de jogar / de brincar", "para de falar de capital", "chega de capitais", "encerra as capitais",
/// "cala-te (lá)", "caluda", the cancel cues "não era isso / não é esse", "não quero mais a resposta", "retira a pergunta"
/// (BuiltInCues.pt.json); the launch settings "na ceia (de natal)", "no churrasco", "aqui no quartel", "aqui na firma"
/// (LaunchWording.pt.json); with out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundFortyEightRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("axé qual é a capital do senegal", "SN", Description = "the filler 'axé'")]
    [TestCase("salve salve qual é a capital do peru", "PE", Description = "the filler 'salve salve'")]
    [TestCase("qual é a capital da bahia ó camará", "BR-BA", Description = "the filler 'ó camará'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("a professora não sabe usar me ajuda", "AMAZON.HelpIntent")]
    [TestCase("o soldado não sabe usar me explica", "AMAZON.HelpIntent")]
    [TestCase("a halmoni não sabe mexer", "AMAZON.HelpIntent")]
    [TestCase("ajuda o peão a usar", "AMAZON.HelpIntent")]
    [TestCase("ajuda aqui que travou", "AMAZON.HelpIntent")]
    [TestCase("tô perdido me ajuda", "AMAZON.HelpIntent")]
    [TestCase("o que é pra falar", "AMAZON.HelpIntent")]
    [TestCase("é pra dizer o quê", "AMAZON.HelpIntent")]
    [TestCase("que perguntas você aceita", "AMAZON.HelpIntent")]
    [TestCase("para de brincar", "AMAZON.StopIntent")]
    [TestCase("para de falar de capital que o culto vai começar", "AMAZON.StopIntent")]
    [TestCase("encerra as capitais que a noiva chegou", "AMAZON.StopIntent")]
    [TestCase("chega de capitais", "AMAZON.StopIntent")]
    [TestCase("para o jogo que o pastor chegou", "AMAZON.StopIntent")]
    [TestCase("cala-te lá", "AMAZON.StopIntent")]
    [TestCase("caluda", "AMAZON.StopIntent")]
    [TestCase("era isso obrigado", "AMAZON.StopIntent")]
    [TestCase("não era isso", "AMAZON.CancelIntent")]
    [TestCase("esquece ó pá não era esse", "AMAZON.CancelIntent")]
    [TestCase("não é isso cancela", "AMAZON.CancelIntent")]
    [TestCase("não quero mais a resposta", "AMAZON.CancelIntent")]
    [TestCase("retira a pergunta", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("abre capitais do mundo na ceia de natal")]
    [TestCase("joga capitais do mundo com a gente no churrasco")]
    [TestCase("abre capitais do mundo aqui no quartel")]
    [TestCase("abre o jogo capitais do mundo aqui na firma")]
    [TestCase("axé abre capitais do mundo")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("qual era a capital do reino do congo")]
    [TestCase("para de tocar música")]
    [TestCase("chega de música")]
    [TestCase("não era isso que eu queria ouvir na rádio")]
    [TestCase("o peão não sabe usar a furadeira")]
    [TestCase("o computador travou")]
    [TestCase("o delegado chegou")]
    [TestCase("abre a porta aqui na firma")]
    [TestCase("toca música na ceia de natal")]
    [TestCase("quais perguntas caem na prova")]
    [TestCase("fecha a cortina")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
