using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families round 18 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 18 tuning for Italian*), each tested with sentences of its kind that no corpus has: a capital question with a
/// clause of the speaker's situation around it (ClauseWords.it.json), also with an elided "dell'"; a place named in a
/// clause and then referred to ("di lì", "la loro capitale"); "alla fine" as a filler; help, stop and cancel wordings; a
/// launch in other words (LaunchWording.it.json); and the out-of-domain neighbours that must still fall back.</summary>
public class ItalianRoundEighteenRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("it-IT", utterance);

    [TestCase("sto cucinando la pasta dimmi la capitale del perù", "PE")]
    [TestCase("siamo in viaggio con i bambini qual è la capitale della norvegia", "NO")]
    [TestCase("mio figlio ha il compito di geografia mi dici la capitale del cile", "CL")]
    [TestCase("stiamo giocando a trivial qual è la capitale della polonia", "PL")]
    [TestCase("sto stirando dimmi la capitale dell'austria", "AT")]
    [TestCase("ho la verifica domani qual è la capitale dell'uruguay", "UY")]
    [TestCase("sono in macchina mi dici la capitale dell'irlanda", "IE")]
    [TestCase("mia sorella lavora in cile qual è la capitale di lì", "CL")]
    [TestCase("ho letto un articolo sul vietnam qual è la loro capitale", "VN")]
    [TestCase("domani parto per la grecia come si chiama la capitale di là", "GR")]
    [TestCase("ma alla fine la capitale della bolivia qual è", "BO")]
    [TestCase("la capitale della turchia alla fine qual è", "TR")]
    [TestCase("alla fine qual è la capitale dell'australia", "AU")]
    [TestCase("capoluogo della francia", "FR")]
    [TestCase("capoluogo di cuba", "CU")]
    public void A_round_eighteen_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("che comandi ci sono", "AMAZON.HelpIntent")]
    [TestCase("dammi un esempio di domanda", "AMAZON.HelpIntent")]
    [TestCase("cosa si può fare", "AMAZON.HelpIntent")]
    [TestCase("quali sono i comandi", "AMAZON.HelpIntent")]
    [TestCase("adesso smettila", "AMAZON.StopIntent")]
    [TestCase("ora basta", "AMAZON.StopIntent")]
    [TestCase("basta adesso", "AMAZON.StopIntent")]
    [TestCase("ora fermati", "AMAZON.StopIntent")]
    [TestCase("lasciamo stare", "AMAZON.CancelIntent")]
    [TestCase("lascia stare l'ho trovato da solo", "AMAZON.CancelIntent")]
    [TestCase("non preoccuparti lascia stare", "AMAZON.CancelIntent")]
    public void A_round_eighteen_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("attiva capitali del mondo per favore")]
    [TestCase("fai partire la skill capitali del mondo")]
    [TestCase("vorrei giocare a capitali del mondo")]
    [TestCase("apri capitali del mondo per i bambini")]
    public void A_round_eighteen_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitali del mondo", "it-IT").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("sto cucinando la pasta dimmi una ricetta")]
    [TestCase("quanti abitanti ha la capitale della francia")]
    [TestCase("sto guidando accendi la radio")]
    [TestCase("adesso basta con la musica")]
    [TestCase("ora accendi la luce")]
    [TestCase("sto guidando che tempo fa nella capitale della spagna")]
    [TestCase("mia sorella lavora in cile che tempo fa lì")]
    [TestCase("ho un volo per la grecia quanto costa un albergo nella capitale")]
    [TestCase("attiva la sveglia")]
    public void An_italian_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
