using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 46 tuning (interactionModel/README.md, *Round 46 tuning for Portuguese
/// (session 49)*), each tried on sentences of our own rather than the corpus lines: the fillers "brigado", "obrigadinho", "grato",
/// "arriégua", "lá ele", "ó-lhó-lhó", "naja", "é pavê ou pacumê", "formalmente", "é massa mas", "e pra finalizar", "tá um
/// frio danado", "estudando pro concurso / enem / vestibular" and the joins "what's the capital of (the)" (NluLexicon.pt.json);
/// the not-places "frio", "calor", "neve", "litoral norte" (notPlaces); the question tails "é a
/// mesma coisa que o país", "tem o mesmo nome do país", "e quais são" (ClauseWords.pt.json); the help cues "qual é o comando", "o que é que
/// tu faz", "você responde capital de estado", the stop cues "acabou o quiz / o jogo / a prova", "para as capitais do mundo" and the cancel cues "mandou cancelar", "desistiu", "negativo cancela" (BuiltInCues.pt.json);
/// the launch words "valendo cerveja", "depois do almoço", "pra família", "criançada", "quer" (LaunchWording.pt.json); with
/// out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundFortySixRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("brigado qual a capital do chile", "CL", Description = "the filler 'brigado'")]
    [TestCase("arriégua qual é a capital do ceará", "BR-CE", Description = "the filler 'arriégua'")]
    [TestCase("lá ele qual é a capital da bolívia", "BO", Description = "the filler 'lá ele'")]
    [TestCase("ó-lhó-lhó qual é a capital de santa catarina", "BR-SC", Description = "the filler 'ó-lhó-lhó'")]
    [TestCase("naja qual é a capital da áustria", "AT", Description = "the filler 'naja'")]
    [TestCase("é pavê ou pacumê a capital do piauí", "BR-PI", Description = "the filler 'é pavê ou pacumê'")]
    [TestCase("formalmente qual é a capital do uruguai", "UY", Description = "the filler 'formalmente'")]
    [TestCase("e pra finalizar a do equador", "EC", Description = "the filler 'e pra finalizar'")]
    [TestCase("aqui tá um frio danado qual é a capital da islândia", "IS", Description = "the filler 'tá um frio danado'")]
    [TestCase("estudando pro enem me diz a capital do marrocos", "MA", Description = "the filler 'estudando pro enem'")]
    [TestCase("what's the capital of peru", "PE", Description = "the join 'what's the capital of'")]
    [TestCase("a capital do peru é a mesma coisa que o país", "PE", Description = "the tail 'é a mesma coisa que o país'")]
    [TestCase("a capital do méxico tem o mesmo nome do país", "MX", Description = "the tail 'tem o mesmo nome do país'")]
    [TestCase("a bolívia tem quantas capitais e quais são", "BO", Description = "the tail 'e quais são'")]
    [TestCase("grato qual a capital do quênia", "KE", Description = "the filler 'grato'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("qual é o comando pra perguntar", "AMAZON.HelpIntent")]
    [TestCase("lá ele o que tu faz", "AMAZON.HelpIntent")]
    [TestCase("naja como funciona", "AMAZON.HelpIntent")]
    [TestCase("você responde capital de estado", "AMAZON.HelpIntent")]
    [TestCase("o jogo acabou", "AMAZON.StopIntent")]
    [TestCase("a prova acabou pode desligar", "AMAZON.StopIntent")]
    [TestCase("para o capitais do mundo", "AMAZON.StopIntent")]
    [TestCase("brigado era só isso", "AMAZON.StopIntent")]
    [TestCase("o professor mandou cancelar", "AMAZON.CancelIntent")]
    [TestCase("a freguesa desistiu esquece", "AMAZON.CancelIntent")]
    [TestCase("negativo cancela", "AMAZON.CancelIntent")]
    [TestCase("arriégua cancela", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("valendo uma cerveja abre capitais do mundo")]
    [TestCase("depois do jantar abre o capitais do mundo")]
    [TestCase("abre capitais do mundo pra família toda")]
    [TestCase("a molecada quer jogar capitais do mundo")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("qual é a capital do frio")]
    [TestCase("qual a capital do litoral norte")]
    [TestCase("grato pela receita")]
    [TestCase("brigado pela música")]
    [TestCase("acabou o leite")]
    [TestCase("valendo cerveja quem ganha o jogo")]
    [TestCase("o cliente desistiu do pedido")]
    [TestCase("qual é o comando da televisão")]
    [TestCase("what's the weather")]
    [TestCase("tá um frio danado")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
