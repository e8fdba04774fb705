using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 35 tuning (interactionModel/README.md, *Round 35 tuning for Portuguese
/// (session 36)*), each tried on sentences of our own rather than the corpus lines: the nordestino "painho" / "mainha", the
/// Cape Verdean "djá", the carioca "caraca", the sung "queridu", a child's "eu tenho nove anos", an elder's "no meu tempo",
/// a follow-up's "o próximo país", "olha o tamanho da dúvida" and a territory's tag "é território britânico" (NluLexicon.pt.json
/// fillers); the misheard "afega nistão" (joins); nationality words as names of their place ("a capital peruana", "um
/// cliente peruano", "a capital bávara": tools/capitals-data/languages/pt.json nationalities); stop "basta", "para já" and a
/// reason opened by a subject ("o bebê tá dormindo") or "foi", help "como eu pergunto de estado", "quero aprender a usar"
/// (BuiltInCues.pt.json); launch "bota pra rodar", "djá", "mainha quer brincar" (LaunchWording.pt.json); and regions,
/// dishes, games, Angolan provinces and city nicknames as not-places, with out-of-domain neighbours that must still fall
/// back.</summary>
public class PortugueseRoundThirtyFiveRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("mainha tá perguntando a capital do quênia djá", "KE", Description = "the nordestino 'mainha' and the Cape Verdean 'djá'")]
    [TestCase("caraca me fala a capital da finlândia", "FI", Description = "the carioca 'caraca'")]
    [TestCase("queridu qual a capital do camboja", "KH", Description = "the vocative 'queridu'")]
    [TestCase("eu tenho nove anos qual a capital do peru", "PE", Description = "a child's age 'eu tenho nove anos'")]
    [TestCase("tenho seis anos qual é a capital do japão", "JP", Description = "a child's age 'tenho seis anos'")]
    [TestCase("o próximo país o chile", "CL", Description = "the follow-up 'o próximo país'")]
    [TestCase("olha o tamanho da dúvida qual a capital da islândia", "IS", Description = "the lead-in 'olha o tamanho da dúvida'")]
    [TestCase("qual é a capital das bermudas é território britânico", "BM", Description = "the tag 'é território britânico'")]
    [TestCase("qual é a capital do afega nistão", "AF", Description = "the join 'afega nistão'")]
    [TestCase("qual é a capital peruana", "PE", Description = "a nationality word as the place")]
    [TestCase("um cliente peruano quer saber a capital", "PE", Description = "a nationality word of a person")]
    [TestCase("a capital mexicana qual é", "MX", Description = "a nationality word before the question tail")]
    [TestCase("a capital norte-coreana", "KP", Description = "a hyphenated nationality word")]
    [TestCase("qual a capital sul-coreana", "KR", Description = "a hyphenated nationality word")]
    [TestCase("a capital bávara", "DE-BY", Description = "a state's nationality word")]
    [TestCase("qual é a capital californiana", "US-CA", Description = "a state's nationality word")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("basta por favor", "AMAZON.StopIntent")]
    [TestCase("para agora o bebê tá dormindo", "AMAZON.StopIntent")]
    [TestCase("cancela foi o menino que pediu", "AMAZON.CancelIntent")]
    [TestCase("como eu pergunto de estado", "AMAZON.HelpIntent")]
    [TestCase("quero aprender a usar essa skill", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("bota pra rodar o capitais do mundo")]
    [TestCase("abre o capitais do mundo que o vovô quer treinar")]
    [TestCase("djá abre capitais do mundo")]
    [TestCase("liga capitais do mundo mainha quer brincar")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("qual é a capital do cerrado")]
    [TestCase("qual a capital do roblox")]
    [TestCase("qual é a capital da caatinga")]
    [TestCase("qual a capital da lunda sul")]
    [TestCase("qual é a capital do acarajé")]
    [TestCase("qual é a capital do grande abc")]
    [TestCase("qual é a capital da terra do nunca")]
    [TestCase("qual a capital da cidade maravilhosa")]
    [TestCase("basta apertar o botão do controle")]
    [TestCase("para já a máquina de lavar")]
    [TestCase("eu tenho sete anos")]
    [TestCase("no meu tempo era tudo mato")]
    [TestCase("qual é o próximo jogo do brasil")]
    [TestCase("quanto tá o peso argentino")]
    [TestCase("como se diz obrigado em norueguês")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
