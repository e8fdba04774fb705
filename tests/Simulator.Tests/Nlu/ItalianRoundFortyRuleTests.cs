using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 40 tuning (interactionModel/README.md, *Round 40 tuning for Italian (session
/// 42)*), each tried on sentences of our own rather than the corpus lines: the Milanese interjection "taac" and the
/// office English "asap" as fillers; the tails "come si chiamava una volta / prima", "sul permesso di soggiorno", "che ho
/// visto in un film"; someone asleep as the reason for a stop ("la nonna dorme basta"); the Portuguese cancel
/// "esquece", Sicilian "nenti lassa perdiri", "non serve più annulla"; the streamer's stop "chiudiamo la live"; the
/// launch verb "ricominciamo"; and football clubs and an old people (Milan, Juventus, the Longobards) as not-places;
/// with out-of-domain neighbours that must still fall back.</summary>
public class ItalianRoundFortyRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("alexa taac qual è la capitale del perù", "PE")]
    [TestCase("alexa la capitale della germania asap", "DE")]
    [TestCase("alexa la capitale della birmania come si chiamava prima", "MM")]
    [TestCase("alexa la capitale del marocco sul permesso di soggiorno", "MA")]
    [TestCase("alexa la capitale del texas che ho visto in un film", "US-TX")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa la nonna dorme basta", "AMAZON.StopIntent")]
    [TestCase("alexa il bambino dorme stop", "AMAZON.StopIntent")]
    [TestCase("alexa esquece", "AMAZON.CancelIntent")]
    [TestCase("alexa nenti lassa perdiri", "AMAZON.CancelIntent")]
    [TestCase("alexa non serve più annulla", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa ricominciamo capitali del mondo")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa chi ha vinto lo scudetto il milan o la juve")]
    [TestCase("alexa qual è la capitale della juventus")]
    [TestCase("alexa chi erano i longobardi")]
    [TestCase("alexa come si chiamava una volta la mia scuola")]
    [TestCase("alexa quanto costa il permesso di soggiorno")]
    [TestCase("alexa la signora dice che fa freddo")]
    [TestCase("alexa non serve il cappotto oggi")]
    [TestCase("alexa chiudo la porta")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
