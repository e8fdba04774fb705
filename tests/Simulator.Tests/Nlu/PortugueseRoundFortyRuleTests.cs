using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 40 tuning (interactionModel/README.md, *Round 40 tuning for Portuguese
/// (session 41)*), each tried on sentences of our own rather than the corpus lines: a scene before "a capital de X" closed
/// by a question tail ("qual é ela", "me lembra o nome", "como (se) chama": ClauseWords.pt.json questionTails), with "mora"
/// no longer a word of another fact ("meu irmão mora na capital do pará qual é"); "e eu não ouvi", "da hora", "que
/// ninguém conhece" (NluLexicon.pt.json fillers); the plural carrier "quais as capitais" (a join, read
/// as the model's "quais são as"); "de quem é" read as "de onde é" (joins); cancel "esquece esse
/// trem", "já achei no livro / no google"; stop "fica quieta um pouco", "fica calada"; help "me dá uma
/// mão", "não sei perguntar", "sou meio lerdo com isso" (BuiltInCues.pt.json cues); the launch verbs "estudar", "estudar
/// com" and "pra aula" around a launch (LaunchWording.pt.json); and "marajó", "sítio do pica pau amarelo" as not-places,
/// with out-of-domain neighbours that must still fall back.
/// Not tested: "me dá uma mão com o carro" is a help, as "me ajuda com a mudança" and "me dá uma força com a mudança"
/// already were ("com" is no function word of the Portuguese lexicon, so the noun after it is not read as what the help is
/// about).</summary>
public class PortugueseRoundFortyRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("meu irmão mora na capital do pará qual é", "BR-PA", Description = "a scene with 'mora' closed by 'qual é'")]
    [TestCase("a carga vai pra capital da bahia qual é ela", "BR-BA", Description = "the tail 'qual é ela'")]
    [TestCase("a carga vai pra capital da bahia me lembra o nome", "BR-BA", Description = "the tail 'me lembra o nome'")]
    [TestCase("vou passar férias na capital do chile como chama", "CL", Description = "the tail 'como chama'")]
    [TestCase("na tv falaram da capital do butão e eu não ouvi", "BT", Description = "the filler 'e eu não ouvi'")]
    [TestCase("da hora qual a capital do peru", "PE", Description = "the filler 'da hora'")]
    [TestCase("qual a capital de tuvalu que ninguém conhece", "TV", Description = "the filler 'que ninguém conhece'")]
    [TestCase("quais as capitais da bolívia", "BO", Description = "'quais as capitais' as 'quais são as capitais'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("de quem é a capital lusaka", "lusaka")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("esquece esse trem aí", "AMAZON.CancelIntent")]
    [TestCase("esquece que já achei na internet", "AMAZON.CancelIntent")]
    [TestCase("cancela já achei no google", "AMAZON.CancelIntent")]
    [TestCase("fica quieta um pouco", "AMAZON.StopIntent")]
    [TestCase("fica calada", "AMAZON.StopIntent")]
    [TestCase("me dá uma mão aqui", "AMAZON.HelpIntent")]
    [TestCase("não sei perguntar", "AMAZON.HelpIntent")]
    [TestCase("me explica que eu sou meio lerda com isso", "AMAZON.HelpIntent")]
    [TestCase("mandaram usar isso mas não sei como", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("quero estudar com capitais do mundo")]
    [TestCase("vamos estudar capitais do mundo")]
    [TestCase("abre capitais do mundo pra aula")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("meu irmão mora na capital do pará")]
    [TestCase("quantas pessoas mora na capital do pará")]
    [TestCase("vou passar férias na capital do chile")]
    [TestCase("falaram do jogo e eu não ouvi")]
    [TestCase("qual é a hora na capital do peru")]
    [TestCase("qual a capital do marajó")]
    [TestCase("qual é a capital do sítio do pica pau amarelo")]
    [TestCase("de quem é a culpa")]
    [TestCase("lista as compras do mercado")]
    [TestCase("o trem para em campinas")]
    [TestCase("achei no livro uma receita de bolo")]
    [TestCase("sou ruim com matemática")]
    [TestCase("quero estudar inglês")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
