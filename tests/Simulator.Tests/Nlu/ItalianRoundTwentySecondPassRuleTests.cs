using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families the second pass on spent round 20 fixed (interactionModel/README.md, *Second pass on
/// spent round 20 for Italian (session 19)*), each tested with sentences of its kind that no corpus has: cancel wordings
/// ("ho cambiato idea", "non mi serve più", "cancella la domanda"), stop ("smetti di parlare", the Friulian "mandi"),
/// help ("che domande", "cosa posso chiedere a capitali del mondo"), launch ("apriresti", "entra in", a reason after the
/// name), southern and exasperated fillers ("uagliò", "cumpà", "mo", "uffa", "togli una curiosità"), the reverse "in che
/// stato si trova la capitale X" and "mi serve la capitale di X negli Y"; and the out-of-domain neighbours that must
/// still fall back.</summary>
public class ItalianRoundTwentySecondPassRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("it-IT", utterance);

    [TestCase("uagliò qual è la capitale della spagna", "ES")]
    [TestCase("cumpà dimmi la capitale del portogallo", "PT")]
    [TestCase("mi togli una curiosità qual è la capitale del cile", "CL")]
    [TestCase("toglimi una curiosità la capitale della norvegia", "NO")]
    [TestCase("dimmi la capitale del texas negli stati uniti", "US-TX")]
    public void A_second_pass_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("in che paese si trova la capitale lima")]
    [TestCase("in quale stato sta la capitale nairobi")]
    public void A_reverse_question_with_si_trova_reads_the_city(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo("CityIntent"));
    }

    [TestCase("no alexa ho cambiato idea", "AMAZON.CancelIntent")]
    [TestCase("lascia stare non mi serve più", "AMAZON.CancelIntent")]
    [TestCase("cancella la domanda alexa", "AMAZON.CancelIntent")]
    [TestCase("uffa lascia perdere", "AMAZON.CancelIntent")]
    [TestCase("dai mo annulla", "AMAZON.CancelIntent")]
    [TestCase("alexa smettila di parlare", "AMAZON.StopIntent")]
    [TestCase("mandi alexa", "AMAZON.StopIntent")]
    [TestCase("quali domande ti posso fare", "AMAZON.HelpIntent")]
    [TestCase("cosa posso chiedere a capitali del mondo alexa", "AMAZON.HelpIntent")]
    public void A_second_pass_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("apriresti capitali del mondo per favore")]
    [TestCase("entra in capitali del mondo")]
    [TestCase("avvia capitali del mondo che facciamo")]
    [TestCase("apri capitali del mondo che ho una domanda")]
    public void A_second_pass_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitali del mondo", "it-IT").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("ho cambiato idea metti la musica")]
    [TestCase("cancella la lista della spesa")]
    [TestCase("smetti di suonare la canzone")]
    [TestCase("uffa che tempo fa domani")]
    [TestCase("che domande fanno all'esame di guida")]
    [TestCase("entra in modalità notte")]
    public void An_italian_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
