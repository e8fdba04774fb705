using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 53 tuning (see the "Round 53 tuning for Italian (session 62)" section), each
/// tried on sentences of our own rather than the corpus lines: the calls of speakers of other languages as fillers
/// (Mexican "órale", "güey", Indonesian "aduh", "sudah", "tidak", Portuguese "olha", "deixa", "pá", Ivorian "on est
/// ensemble", the last also around a launch) and a train about to leave ("prima che parta il treno"); "no güey" as a
/// repair; the shared names "guinea portoghese / spagnola / francese", "guinea quella ...", "samoa quelle americane",
/// "dominica l'isola" and "non la repubblica (dominicana)"; "stato palestinese", "congo di brazzaville", "corea di sopra /
/// di sotto"; the follow-up "e tutte quelle del ..."; the reverse questions "de qué país es" and "di quale land è";
/// not-places for the capital of gold and of ceramics, Central America and ancient Macedonia; stop as "piantala lì";
/// help as "chiedere oltre alle capitali", "la capitale al contrario", "explique moi", "qué le pregunto", "anche le
/// province del canada / gli stati del messico"; launch as "chiama", "comincia una partita a"; with out-of-domain
/// neighbours that must still fall back.</summary>
public class ItalianRoundFiftyThreeRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("alexa órale la capitale del cile", "CL")]
    [TestCase("alexa aduh la capitale della grecia", "GR")]
    [TestCase("alexa sudah la capitale del giappone", "JP")]
    [TestCase("alexa olha la capitale del brasile", "BR")]
    [TestCase("alexa on est ensemble la capitale del senegal", "SN")]
    [TestCase("alexa la capitale del perù güey", "PE")]
    [TestCase("alexa la capitale del portogallo pá", "PT")]
    [TestCase("alexa la capitale del kenya prima che parta il treno", "KE")]
    [TestCase("alexa capitale della spagna no güey del portogallo", "PT")]
    [TestCase("alexa la capitale della guinea spagnola", "GQ")]
    [TestCase("alexa la capitale della guinea quella portoghese", "GW")]
    [TestCase("alexa la capitale della guinea quella francese", "GN")]
    [TestCase("alexa la capitale delle samoa quelle americane", "AS")]
    [TestCase("alexa la capitale della dominica l'isola", "DM")]
    [TestCase("alexa la capitale della dominica non la repubblica dominicana", "DM")]
    [TestCase("alexa la capitale dello stato palestinese", "PS")]
    [TestCase("e il congo di brazzaville", "CG")]
    [TestCase("e la corea di sotto", "KR")]
    [TestCase("e tutte quelle della bolivia", "BO")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa caracas de qué país es capitale", "caracas")]
    [TestCase("alexa monaco di baviera di quale land è capitale", "munich")]
    public void A_reverse_question_names_the_city(string utterance, string city) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, city);

    [TestCase("alexa piantala lì", "AMAZON.StopIntent")]
    [TestCase("alexa sudah basta", "AMAZON.StopIntent")]
    [TestCase("alexa olha stop", "AMAZON.StopIntent")]
    [TestCase("alexa deixa annulla", "AMAZON.CancelIntent")]
    [TestCase("alexa tidak annulla", "AMAZON.CancelIntent")]
    [TestCase("alexa olvídalo güey", "AMAZON.CancelIntent")]
    [TestCase("alexa cosa posso chiedere oltre alle capitali", "AMAZON.HelpIntent")]
    [TestCase("alexa come si chiedono le capitali al contrario", "AMAZON.HelpIntent")]
    [TestCase("alexa mon frère explique moi", "AMAZON.HelpIntent")]
    [TestCase("alexa y ahora qué le pregunto", "AMAZON.HelpIntent")]
    [TestCase("alexa posso chiedere anche gli stati del messico", "AMAZON.HelpIntent")]
    [TestCase("alexa mi spieghi come funziona prima che parta il treno", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa chiama capitali del mondo per favore")]
    [TestCase("alexa iniziamo una partita a capitali del mondo")]
    [TestCase("alexa on est ensemble avvia capitali del mondo")]
    public void A_launch_in_other_words(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa la capitale dell'oro")]
    [TestCase("alexa la capitale della ceramica in italia")]
    [TestCase("alexa la capitale dell'america centrale")]
    [TestCase("alexa la capitale della macedonia antica")]
    [TestCase("alexa com'è andato l'esame orale")]
    [TestCase("alexa prima che parta il treno metti la musica")]
    [TestCase("alexa a che ora parte il treno")]
    [TestCase("alexa quanto costa l'oro oggi")]
    [TestCase("alexa chiama la mamma")]
    [TestCase("alexa iniziamo una partita a carte")]
    [TestCase("alexa quali città ci sono oltre alle capitali")]
    [TestCase("alexa il trasloco dalla città al paese")]
    [TestCase("alexa dalla città al paese quanto ci vuole")]
    [TestCase("alexa piantala lì con la musica")]
    [TestCase("alexa com'è lo stato palestinese oggi")]
    [TestCase("alexa e tutte quelle scarpe")]
    [TestCase("alexa aduh che caldo")]
    [TestCase("alexa deixa a luz acesa")]
    [TestCase("alexa on est ensemble metti la musica")]
    [TestCase("alexa mon frère explique moi la recette")]
    [TestCase("alexa y ahora qué hago con la cena")]
    [TestCase("alexa la capitale dell'antica roma")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
