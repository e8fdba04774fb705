using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 55 tuning (*Round 55 tuning for Portuguese (session 63)*), each
/// tried on sentences of our own rather than the corpus lines: the place reference "capitais" (and "as capitais dela /
/// dele / de lá", "(as) suas capitais") after a scene that names the place ("a encomenda vai pra malásia quais são as
/// capitais"), but not "as capitais" alone; interjections of Swedish, Ecuadorian, Egyptian, Ghanaian and Irish speakers as
/// fillers ("tack", "nhanho", "ya basha", "chaley", "grand so"); the joins "qual são as / os" -> "quais são ...", "o / um /
/// meu / ... chihuahua" -> "... cachorro" (the dog, not the Mexican state), "jogo do brasil" -> "jogo da seleção" (a
/// reason that names no place), "dona / seu" + a common first name -> "dona / seu", "onde fica a capital chamada / que se
/// chama / de nome" -> "em que país fica a capital"; the not-places "caxemira toda / inteira", "vale do paraíba / ribeira /
/// são francisco / rio doce / aço", "bolo de rolo / fubá / milho / mandioca" (NluLexicon.pt.json); the question leads
/// "(se) lembrou da / do / de" (ClauseWords.pt.json); the help cues "(me) mostra o que essa skill / esse jogo / você faz",
/// "(me) mostra o que você sabe fazer / dá pra fazer / dá pra perguntar / eu posso perguntar", "me mostra um exemplo (de
/// pergunta)", the cancel cues "esquece / esqueça aquilo (lá)", and the skill words "dona", "seu", "leilão", "consulado"
/// (BuiltInCues.pt.json); the launch verbs "retoma / retome / retomar" and the words around a launch "uma rodada / partida
/// de", "um jogo de", "pro cliente", "pra freguesa", "pro paciente", "pro peão" and the like (LaunchWording.pt.json); with
/// out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundFiftyFiveRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("a encomenda vai pra malásia quais são as capitais", "MY")]
    [TestCase("o navio foi vendido pra bolívia quais as capitais", "BO")]
    [TestCase("meu primo mora na áfrica do sul quais são as capitais", "ZA")]
    [TestCase("o livro é sobre a costa do marfim quais as capitais dela", "CI")]
    [TestCase("tack qual a capital da suécia", "SE")]
    [TestCase("nhanho qual é a capital do peru", "PE")]
    [TestCase("ya basha qual a capital do egito", "EG")]
    [TestCase("chaley qual a capital de gana", "GH")]
    [TestCase("grand so qual a capital da irlanda", "IE")]
    [TestCase("qual são as capitais do benin", "BJ")]
    [TestCase("a vizinha lembrou da capital do chile", "CL")]
    [TestCase("o professor se lembrou da capital da hungria", "HU")]
    [TestCase("o meu chihuahua veio do méxico qual a capital", "MX")]
    [TestCase("a chihuahua da vizinha é do méxico qual a capital", "MX")]
    [TestCase("qual a capital de chihuahua", "MX-CHH")]
    [TestCase("a dona ana quer saber a capital da grécia", "GR")]
    [TestCase("o seu josé quer saber a capital de portugal", "PT")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("onde fica a capital chamada lusaka", "lusaka")]
    [TestCase("onde fica a capital que se chama lima", "lima")]
    [TestCase("onde é que fica a capital chamada bamako", "bamako")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("tack cancela", "AMAZON.CancelIntent")]
    [TestCase("nhanho me ajuda", "AMAZON.HelpIntent")]
    [TestCase("ya basha como funciona", "AMAZON.HelpIntent")]
    [TestCase("ajuda a dona rosa a usar isso", "AMAZON.HelpIntent")]
    [TestCase("ajuda o seu antônio a usar isso", "AMAZON.HelpIntent")]
    [TestCase("me mostra o que você sabe fazer", "AMAZON.HelpIntent")]
    [TestCase("mostra o que eu posso perguntar", "AMAZON.HelpIntent")]
    [TestCase("esquece aquilo", "AMAZON.CancelIntent")]
    [TestCase("esqueça aquilo lá", "AMAZON.CancelIntent")]
    [TestCase("esquece aquilo do leilão", "AMAZON.CancelIntent")]
    [TestCase("esquece o consulado cancela", "AMAZON.CancelIntent")]
    [TestCase("para que o jogo do brasil começou", "AMAZON.StopIntent")]
    [TestCase("chega que o jogo do brasil vai começar", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("retoma capitais do mundo")]
    [TestCase("retome o capitais do mundo")]
    [TestCase("começa uma partida de capitais do mundo")]
    [TestCase("abre capitais do mundo pra freguesa")]
    [TestCase("inicia capitais do mundo para os clientes")]
    [TestCase("abre o capitais do mundo pro peão")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("retoma a música")]
    [TestCase("retome o filme de ontem")]
    [TestCase("começa uma rodada de truco")]
    [TestCase("começa uma partida de xadrez")]
    [TestCase("abre a porta pro cliente")]
    [TestCase("me mostra o que tem na geladeira")]
    [TestCase("me mostra o que essa câmera faz")]
    [TestCase("me mostra um exemplo de receita")]
    [TestCase("tack så mycket")]
    [TestCase("hej hej")]
    [TestCase("qual são os melhores restaurantes de lisboa")]
    [TestCase("compra ração pro meu chihuahua")]
    [TestCase("o chihuahua late muito")]
    [TestCase("o vale do paraíba fica em são paulo")]
    [TestCase("qual a capital do vale do ribeira")]
    [TestCase("qual é a capital do bolo de fubá")]
    [TestCase("qual a capital da caxemira inteira")]
    [TestCase("o jogo do brasil é que horas")]
    [TestCase("a dona maria quer ouvir samba")]
    [TestCase("liga pra dona maria")]
    [TestCase("o seu joão mandou um recado")]
    [TestCase("onde fica o consulado do peru")]
    [TestCase("o leilão começa amanhã")]
    [TestCase("a dona maria lembrou do remédio")]
    [TestCase("fui pra frança e visitei as capitais")]
    [TestCase("onde fica a capital chamada")]
    [TestCase("chale que calor")]
    [TestCase("grand so")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
