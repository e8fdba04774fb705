using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 36 tuning (interactionModel/README.md, *Round 36 tuning for Portuguese
/// (session 37)*), each tried on sentences of our own rather than the corpus lines: a bare name asked with "e aí", the
/// exclamations "pelo amor de deus" and "que confusão" (NluLexicon.pt.json fillers); an old name said again as today's
/// "que agora se chama" (repairs); "a capital chamada X" (joins); a francophone's "capitale du" (variants); help "não sei o
/// que falar", "eu não entender", "socorro", "o que esse jogo de capitais faz", "me ensina a jogar", cancel "não quero essa",
/// "volta", "deixa (isso) de lado", stop "por aqui", "vamos encerrar", "é isso por hoje" (BuiltInCues.pt.json); launch "ó pá"
/// (LaunchWording.pt.json); the nationality words "nipônico", "lusitano", "helênico", "hermanos", "ticos", "ianques"
/// (tools/capitals-data/languages/pt.json); and oceans, seas, poles, fantasy lands, peoples, martial arts and foods as
/// not-places, with out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundThirtySixRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("peru e aí", "PE", Description = "a bare name with the trailing 'e aí'")]
    [TestCase("a capital do quênia e aí", "KE", Description = "the trailing 'e aí'")]
    [TestCase("qual a capital do daomé que agora se chama benin", "BJ", Description = "the repair 'que agora se chama'")]
    [TestCase("qual é a capital da birmânia que hoje chama mianmar", "MM", Description = "the repair 'que hoje chama'")]
    [TestCase("a capitale du sénégal", "SN", Description = "a francophone's 'capitale du'")]
    [TestCase("qual é a capital nipônica", "JP", Description = "the nationality word 'nipônica'")]
    [TestCase("a capital lusitana qual é", "PT", Description = "the nationality word 'lusitana'")]
    [TestCase("um turista helênico quer saber a capital", "GR", Description = "the nationality word 'helênico'")]
    [TestCase("qual a capital dos hermanos", "AR", Description = "the informal 'hermanos'")]
    [TestCase("qual é a capital dos ticos", "CR", Description = "the informal 'ticos'")]
    [TestCase("a capital dos ianques", "US", Description = "the nationality word 'ianques'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("de que país é a capital chamada nairóbi", "nairobi")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("ajuda pelo amor de deus não sei mexer", "AMAZON.HelpIntent")]
    [TestCase("nossa que confusão me explica", "AMAZON.HelpIntent")]
    [TestCase("tô sem saber o que perguntar me ajuda", "AMAZON.HelpIntent")]
    [TestCase("não sei o que fazer aqui", "AMAZON.HelpIntent")]
    [TestCase("eu não entender como usa", "AMAZON.HelpIntent")]
    [TestCase("o que esse jogo de capitais faz", "AMAZON.HelpIntent")]
    [TestCase("socorro não sei usar isso", "AMAZON.HelpIntent")]
    [TestCase("me ensina a jogar", "AMAZON.HelpIntent")]
    [TestCase("não quero essa não", "AMAZON.CancelIntent")]
    [TestCase("volta que eu errei", "AMAZON.CancelIntent")]
    [TestCase("deixa essa pergunta de lado", "AMAZON.CancelIntent")]
    [TestCase("vamos parar por aqui", "AMAZON.StopIntent")]
    [TestCase("encerra por aqui por favor", "AMAZON.StopIntent")]
    [TestCase("vamos encerrar", "AMAZON.StopIntent")]
    [TestCase("é isso por hoje obrigada", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("ó pá abre o capitais do mundo")]
    [TestCase("ó pá abre lá o capitais do mundo se faz favor")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("qual é a capital do oceano índico")]
    [TestCase("qual a capital do polo sul")]
    [TestCase("o país basco tem capital")]
    [TestCase("qual a capital do muay thai")]
    [TestCase("qual a capital de krypton do super-homem")]
    [TestCase("qual é a capital da castanha")]
    [TestCase("qual a capital dos ciganos")]
    [TestCase("qual é a capital dos vikings")]
    [TestCase("qual é a capital do universo")]
    [TestCase("qual a capital do país das maravilhas")]
    [TestCase("volta a música")]
    [TestCase("termina o download")]
    [TestCase("não quero essa camisa")]
    [TestCase("pelo amor de deus que calor")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
