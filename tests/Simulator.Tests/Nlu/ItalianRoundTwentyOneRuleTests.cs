using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families round 21's tuning fixed (interactionModel/README.md, *Round 21 tuning for Italian
/// (session 20)*), each tested with sentences of its kind that no corpus has: Tuscan and Livornese interjections ("deh",
/// "mena"), Venetian/Triestine "dime", "xe", "de", English "sorry" and "how does it work", "e adesso dimmi quella di X",
/// "la capitale di X com'era", "X ha una capitale come si chiama", reverse questions with the city first ("X in che paese
/// si trova", "X che capitale è", "di che cosa"), stop after finishing ("ho finito di giocare", "basta così"), cancel with a
/// reason ("l'ho già trovato", "ne parliamo dopo"), launch ("attivami", "torna su", "che ci divertiamo"); and the
/// out-of-domain neighbours that must still fall back (the capoluogo of an Italian region among them).</summary>
public class ItalianRoundTwentyOneRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("it-IT", utterance);

    [TestCase("deh qual è la capitale del perù", "PE")]
    [TestCase("mena dimmi la capitale dell'austria", "AT")]
    [TestCase("dime qual xe la capitale de austria", "AT")]
    [TestCase("e adesso dimmi quella del marocco", "MA")]
    [TestCase("la capitale del kenya com'era", "KE")]
    [TestCase("il cile ha una capitale come si chiama", "CL")]
    [TestCase("sorry qual è la capitale della grecia", "GR")]
    public void A_round_twenty_one_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("lima in che paese si trova")]
    [TestCase("nairobi che capitale è")]
    [TestCase("quale nazione ha la capitale che si chiama ottawa")]
    [TestCase("la città di oslo è capitale di che cosa")]
    [TestCase("varsavia è capitale di che cosa")]
    public void A_reverse_question_with_the_city_first_reads_the_city(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo("CityIntent"));
    }

    [TestCase("deh basta così alexa", "AMAZON.StopIntent")]
    [TestCase("alexa ho finito di giocare grazie", "AMAZON.StopIntent")]
    [TestCase("ho finito di studiare alexa", "AMAZON.StopIntent")]
    [TestCase("how does it work alexa", "AMAZON.HelpIntent")]
    [TestCase("lascia perdere ne parliamo dopo", "AMAZON.CancelIntent")]
    [TestCase("annulla l'ho già trovato", "AMAZON.CancelIntent")]
    public void A_round_twenty_one_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("attivami capitali del mondo")]
    [TestCase("torna su capitali del mondo")]
    [TestCase("apri capitali del mondo che ci divertiamo")]
    [TestCase("avvia capitali del mondo che devo studiare")]
    public void A_round_twenty_one_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitali del mondo", "it-IT").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("qual è il capoluogo della lombardia")]
    [TestCase("il capoluogo del veneto")]
    [TestCase("basta così con la musica")]
    [TestCase("ho finito di giocare a carte con la nonna")]
    [TestCase("attivami la sveglia")]
    [TestCase("torna su youtube")]
    [TestCase("dime che ore xe")]
    [TestCase("ne parliamo un'altra volta della cena")]
    public void An_italian_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
