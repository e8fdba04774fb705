using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 44 tuning (interactionModel/README.md, *Round 44 tuning for Portuguese
/// (session 46)*), each tried on sentences of our own rather than the corpus lines: the English code-switching joins "what
/// is the capital of", "what are the capitals of", "the capital(s) of" and the filler "in english"; the joins "capital
/// indiana / australiana / canadense / mexicana de" -> "capital de" and "na dúvida da capital", "na dúvida das capitais"
/// (NluLexicon.pt.json joins); the filler "parente" (Amazonian address); the not-places "quais países", "que países",
/// "reino do congo antigo" (notPlaces); the joins "falou das capitais", "falaram das capitais" -> "quer / querem saber as
/// capitais"; the question leads "falou da / do / das / dos", "falaram das / dos" and the other
/// facts "construiu", "construíram", "construída", "construído" (ClauseWords.pt.json); the help cues "o que dá pra fazer
/// nessa skill / nesse aplicativo / nesse app", the stop cues "para com as / o capitais do mundo" and the skill words
/// "manicure", "vizinha", "vizinho", "cliente", "freguês", "freguesa", "colega", "paciente" (BuiltInCues.pt.json); the
/// launch words "que o / a cliente quer testar / brincar", "enquanto a tinta pega / seca", "enquanto o cabelo seca"
/// (LaunchWording.pt.json); with out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundFortyFourRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("what is the capital of peru", "PE", Description = "the join 'what is the capital of'")]
    [TestCase("the capitals of bolivia please", "BO", Description = "the join 'the capitals of'")]
    [TestCase("me fala the capital of peru", "PE", Description = "the join 'the capital of' after a Portuguese request")]
    [TestCase("in english qual é a capital do chile", "CL", Description = "the filler 'in english'")]
    [TestCase("a capital indiana de kerala", "IN-KL", Description = "the join 'capital indiana de'")]
    [TestCase("qual a capital australiana de queensland", "AU-QLD", Description = "the join 'capital australiana de'")]
    [TestCase("a capital canadense de ontario", "CA-ON", Description = "the join 'capital canadense de'")]
    [TestCase("em casa a gente tá na dúvida da capital do peru", "PE", Description = "the join 'na dúvida da capital'")]
    [TestCase("eu tô na dúvida das capitais da bolívia", "BO", Description = "the join 'na dúvida das capitais'")]
    [TestCase("parente qual a capital do acre", "BR-AC", Description = "the filler 'parente'")]
    [TestCase("o vizinho falou da capital de roraima", "BR-RR", Description = "the lead 'falou da'")]
    [TestCase("a professora falou do capital do paraguai", "PY", Description = "the lead 'falou do'")]
    [TestCase("no almoço falaram das capitais da áfrica do sul", "ZA", Description = "the join 'falaram das capitais'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("parente para", "AMAZON.StopIntent")]
    [TestCase("para com as capitais do mundo agora", "AMAZON.StopIntent")]
    [TestCase("o que dá pra fazer nessa skill", "AMAZON.HelpIntent")]
    [TestCase("o que dá pra fazer nesse aplicativo", "AMAZON.HelpIntent")]
    [TestCase("a vizinha não sabe usar me ajuda", "AMAZON.HelpIntent")]
    [TestCase("o cliente não sabe usar", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("abre capitais do mundo que a cliente quer brincar")]
    [TestCase("abre capitais do mundo que o cliente quer testar")]
    [TestCase("abre capitais do mundo enquanto o cabelo seca")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("quais países têm capital no litoral")]
    [TestCase("que países têm praia")]
    [TestCase("quem construiu a capital da austrália")]
    [TestCase("qual é a capital do reino do congo antigo")]
    [TestCase("o vizinho falou da novela ontem")]
    [TestCase("o jornal falou das capitais mais caras do mundo")]
    [TestCase("a professora falou das capitais europeias na aula")]
    [TestCase("o que dá pra fazer nessa cidade")]
    [TestCase("abre o spotify enquanto a tinta seca")]
    [TestCase("o cliente quer testar o carro")]
    [TestCase("a gente tá na dúvida da receita")]
    [TestCase("qual a capital indiana do cinema")]
    [TestCase("what is the capital letter")]
    [TestCase("para com isso de futebol")]
    [TestCase("a vizinha não sabe usar o forno")]
    [TestCase("parente tá chovendo")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
