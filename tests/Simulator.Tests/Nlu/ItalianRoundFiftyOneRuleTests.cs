using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 51 tuning (see the "Round 51 tuning for Italian (session 60)" section), each
/// tried on sentences of our own rather than the corpus lines: who asks said after the question ("lo chiede il prof",
/// "la chiede mia figlia"); the Spanish vocative "tío / tía" and "a ver si la sabes" as fillers; "no solo" as a repair;
/// "le capitali ... quali sono / come si chiamano"; places that have no capital of their own in the skill ("montegiardino",
/// "le canarie", "la macedonia greca", "l'azerbaigian iraniano", "il punjab pakistano") as not-places; cancel as "annulla
/// la richiesta di prima / precedente", "non era per te", "non ti ho chiamata"; stop as "basta non mi serve più", "non mi
/// serve altro", "fermo", "alt", "quit", "finisci"; help as "mi guidi tu", "mi fai da guida", "mi puoi aiutare", "mi fai
/// vedere come funziona / un esempio"; launch as "capitali mondo" (and "capitali del mundo"), "lanciami", "abilita",
/// "rilancia", "riprendi ... da dove eravamo", with "che c'è la nonna / ci sono i suoceri" after it; with out-of-domain
/// neighbours that must still fall back.</summary>
public class ItalianRoundFiftyOneRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("alexa la capitale della mauritania la chiede mia figlia", "MR")]
    [TestCase("alexa la capitale del perù lo chiede il nonno", "PE")]
    [TestCase("alexa dimmi la capitale del cile a ver si la sabes", "CL")]
    [TestCase("alexa la capitale del marocco tía", "MA")]
    [TestCase("alexa la capitale del niger no solo nigeria", "NG")]
    [TestCase("alexa le capitali del sudafrica quali sono", "ZA")]
    [TestCase("alexa le tre capitali sudafricane come si chiamano", "ZA")]
    [TestCase("alexa fermo al semaforo dimmi la capitale della spagna", "ES")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa cancella la richiesta di prima", "AMAZON.CancelIntent")]
    [TestCase("alexa annulla la domanda precedente", "AMAZON.CancelIntent")]
    [TestCase("non era per te", "AMAZON.CancelIntent")]
    [TestCase("alexa scusa non ti ho chiamato io", "AMAZON.CancelIntent")]
    [TestCase("alexa basta non mi serve", "AMAZON.StopIntent")]
    [TestCase("alexa grazie non mi serve altro", "AMAZON.StopIntent")]
    [TestCase("alexa basta tía", "AMAZON.StopIntent")]
    [TestCase("alexa fermo", "AMAZON.StopIntent")]
    [TestCase("fermo fermo", "AMAZON.StopIntent")]
    [TestCase("alexa alt", "AMAZON.StopIntent")]
    [TestCase("alexa quit", "AMAZON.StopIntent")]
    [TestCase("alexa finisci adesso", "AMAZON.StopIntent")]
    [TestCase("alexa guidami tu", "AMAZON.HelpIntent")]
    [TestCase("alexa mi fai da guida", "AMAZON.HelpIntent")]
    [TestCase("alexa come funziona tío", "AMAZON.HelpIntent")]
    [TestCase("alexa mi può aiutare", "AMAZON.HelpIntent")]
    [TestCase("fammi vedere un esempio", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa avvia capitali mondo")]
    [TestCase("alexa apri capitali del mundo")]
    [TestCase("alexa apri capitali del mondo che ci sono i nipoti")]
    [TestCase("alexa apri capitali del mondo che c'è lo zio")]
    [TestCase("alexa lanciami capitali del mondo")]
    [TestCase("alexa abilita capitali del mondo")]
    [TestCase("alexa riprendi capitali del mondo da dove ci siamo fermati")]
    public void A_launch_in_other_words(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa capitale di domagnano")]
    [TestCase("alexa capitale della macedonia greca")]
    [TestCase("alexa capitale delle isole canarie")]
    [TestCase("alexa capitale dell'azerbaigian iraniano")]
    [TestCase("alexa la capitale del punjab pakistano")]
    [TestCase("alexa mi guidi fino a casa")]
    [TestCase("alexa fammi da guida turistica")]
    [TestCase("alexa non mi serve altro latte")]
    [TestCase("alexa annulla la richiesta di ferie")]
    [TestCase("alexa mio tío fa il cuoco")]
    [TestCase("alexa a ver si la sabes cantare")]
    [TestCase("alexa lo chiede il prof")]
    [TestCase("alexa la chiede in sposa")]
    [TestCase("alexa c'è la nonna")]
    [TestCase("alexa apri la porta che c'è la nonna")]
    [TestCase("alexa le isole canarie sono belle")]
    [TestCase("alexa no solo un caffè")]
    [TestCase("alexa guidami tu verso l'uscita")]
    [TestCase("alexa il prezzo lo chiede il cliente")]
    [TestCase("alexa la capitale della moda lo chiede la rivista")]
    [TestCase("alexa il treno è fermo")]
    [TestCase("alexa sono fermo al semaforo")]
    [TestCase("alexa finisci la frase")]
    [TestCase("alexa non era per te il regalo")]
    [TestCase("alexa mi puoi aiutare a cucinare")]
    [TestCase("alexa mi fai vedere un video")]
    [TestCase("alexa riprendi la musica")]
    [TestCase("alexa abilita il bluetooth")]
    [TestCase("alexa quit smoking")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
