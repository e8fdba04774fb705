using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families round 20's tuning half generalised (interactionModel/README.md, *Round 20 tuning for
/// Italian (session 19)*), each tested with sentences of its kind that no corpus has: a place named in a clause and then
/// "qual è la capitale" (the lexicon's question words), follow-ups in a quiz ("perfetto e per ...", "passiamo al ...",
/// "anche ...", "quella del ...", "... come capitale"), plural capitals, regional and settle-an-argument fillers, help,
/// stop, cancel and launch wordings; and the out-of-domain neighbours that must still fall back.</summary>
public class ItalianRoundTwentyRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("it-IT", utterance);

    [TestCase("ieri ho visto un documentario sul perù qual è la capitale", "PE")]
    [TestCase("mia cugina ha sposato un ragazzo del ghana qual è la capitale", "GH")]
    [TestCase("mio fratello lavora in cile quale è la capitale", "CL")]
    [TestCase("perfetto e per la norvegia", "NO")]
    [TestCase("va bene e per il cile", "CL")]
    [TestCase("bene e per la grecia", "GR")]
    [TestCase("passiamo alla svezia", "SE")]
    [TestCase("e passiamo all'egitto", "EG")]
    [TestCase("già che ci sei anche il portogallo", "PT")]
    [TestCase("e anche la croazia", "HR")]
    [TestCase("dimmi quella della polonia", "PL")]
    [TestCase("e ora dimmi quella del belgio", "BE")]
    [TestCase("qual è quella dell'austria", "AT")]
    [TestCase("e la danimarca come capitale", "DK")]
    [TestCase("mi dici entrambe le capitali dei paesi bassi", "NL")]
    [TestCase("la bolivia quante capitali ha e quali sono", "BO")]
    [TestCase("pota qual è la capitale della svizzera", "CH")]
    [TestCase("ciò burdèl dimmi la capitale della francia", "FR")]
    [TestCase("metti fine alla discussione qual è la capitale dell'australia", "AU")]
    [TestCase("toglimi un dubbio la capitale del canada", "CA")]
    [TestCase("mi fai la cortesia di dirmi la capitale del portogallo", "PT")]
    public void A_round_twenty_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("non capisco come funziona questo gioco", "AMAZON.HelpIntent")]
    [TestCase("come funziona sto gioco", "AMAZON.HelpIntent")]
    [TestCase("mi aiuti a capire come funziona", "AMAZON.HelpIntent")]
    [TestCase("basta giocare per oggi", "AMAZON.StopIntent")]
    [TestCase("fine del gioco alexa", "AMAZON.StopIntent")]
    [TestCase("abbiamo finito il gioco ciao", "AMAZON.StopIntent")]
    [TestCase("basta adesso si va a letto", "AMAZON.StopIntent")]
    [TestCase("annulla questa ricerca", "AMAZON.CancelIntent")]
    [TestCase("pota lascia stare", "AMAZON.CancelIntent")]
    public void A_round_twenty_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("accendi capitali del mondo")]
    [TestCase("accendimi capitali del mondo per favore")]
    public void A_round_twenty_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitali del mondo", "it-IT").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("accendi la radio in cucina")]
    [TestCase("ho visto un documentario sul perù quanti abitanti ha")]
    [TestCase("perfetto e per domani che tempo fa")]
    [TestCase("passiamo alla musica")]
    [TestCase("spegni la luce che si va a letto")]
    [TestCase("annulla la sveglia di domani")]
    [TestCase("va bene accendi la televisione")]
    [TestCase("qual è quella più grande del mondo")]
    public void An_italian_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
