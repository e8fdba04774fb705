using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 28 tuning (interactionModel/README.md, *Round 28 tuning for Italian (session
/// 28)*), each tried on sentences of our own rather than the corpus lines: interjections of other languages and regions
/// before or around a request ("pucha", "orpo", "oe", "vale", "achha ji", "ya pues", "al toque", "bas", "safi"),
/// "svelto", "ho capito" and "che ne so io" as fillers; cancel ("lascia stà"), help ("ayúdame"), stop ("adesso dormo")
/// wordings and more subjects of a reason after a stop or cancel ("la sposa", "lo zio"); launch with "deschide" and
/// surroundings ("in cabina", "per gli ospiti", "che la nonna vuole giocare"); continents and empires as not places;
/// with out-of-domain neighbours that must still fall back.</summary>
public class ItalianRoundTwentyEightRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("orpo alexa qual è la capitale dell'austria", "AT", Description = "the Friulian interjection 'orpo'")]
    [TestCase("oe alexa la capitale del cile al toque", "CL", Description = "Peruvian 'oe' and 'al toque'")]
    [TestCase("alexa svelta la capitale della grecia", "GR", Description = "'svelta' as 'quickly'")]
    [TestCase("alexa che ne so io qual è la capitale del marocco", "MA", Description = "'che ne so io'")]
    [TestCase("vale alexa la capitale del regno unito", "GB", Description = "'vale' and a real kingdom")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("pucha alexa lascia stare", "AMAZON.CancelIntent")]
    [TestCase("alexa lascia stà", "AMAZON.CancelIntent")]
    [TestCase("alexa lascia perdere lo zio lo sa già", "AMAZON.CancelIntent")]
    [TestCase("achha ji come funziona", "AMAZON.HelpIntent")]
    [TestCase("alexa ayúdame", "AMAZON.HelpIntent")]
    [TestCase("bas alexa basta", "AMAZON.StopIntent")]
    [TestCase("safi alexa stop", "AMAZON.StopIntent")]
    [TestCase("alexa basta ora dormo", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa deschide capitali del mondo")]
    [TestCase("alexa apri capitali del mondo per gli ospiti")]
    [TestCase("alexa avvia capitali del mondo che il nonno vuole giocare")]
    public void Opening_the_skill_with_words_around_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa qual è la capitale dell'asia")]
    [TestCase("la capitale dell'impero romano")]
    [TestCase("qual era la capitale dell'impero ottomano")]
    [TestCase("alexa la capitale del continente nero")]
    [TestCase("alexa ho capito metti la musica")]
    [TestCase("alexa apri la porta per gli ospiti")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
