using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families round 19 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 19 tuning for Italian*), each tested with sentences of its kind that no corpus has: everyday place names
/// (Burkina, Moldova, Tailandia, Salvador), a question without its article ("qual è capitale di ..."), a follow-up with
/// "e poi" / "ancora una", Roman "aò ... me dici" and Tuscan "o alexa ... la sai te", plural and yes/no checks, a
/// self-correction with "ma che dico" / "macché", a province named as such, reverse questions ("la città di X è
/// capitale di quale nazione", "lo stato la cui capitale è X"), help, stop, cancel and launch wordings; and the
/// out-of-domain neighbours that must still fall back (the capital of the moon, other requests with the same words).</summary>
public class ItalianRoundNineteenRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("it-IT", utterance);

    [TestCase("la capitale del burkina", "BF")]
    [TestCase("dimmi la capitale del burkina faso", "BF")]
    [TestCase("qual è la capitale della moldova", "MD")]
    [TestCase("la capitale della repubblica di moldova", "MD")]
    [TestCase("qual è la capitale della tailandia", "TH")]
    [TestCase("la capitale del salvador", "SV")]
    [TestCase("qual è capitale di francia", "FR")]
    [TestCase("qual è capitale del perù", "PE")]
    [TestCase("capitale della norvegia come si chiama", "NO")]
    [TestCase("capitale del cile qual è", "CL")]
    [TestCase("e poi quella del perù", "PE")]
    [TestCase("e poi quella della grecia", "GR")]
    [TestCase("ancora una e il cile", "CL")]
    [TestCase("ancora una e la svezia", "SE")]
    [TestCase("e poi la capitale dell'irlanda", "IE")]
    [TestCase("aò alexa me dici la capitale del perù", "PE")]
    [TestCase("me dici la capitale della spagna", "ES")]
    [TestCase("aò me dici qual è la capitale della grecia", "GR")]
    [TestCase("o alexa ma la capitale della svezia la sai te", "SE")]
    [TestCase("la capitale del portogallo la sai te", "PT")]
    [TestCase("o alexa la capitale del cile me la dici", "CL")]
    [TestCase("le capitali del sudafrica me le dici", "ZA")]
    [TestCase("bolivia quali capitali ha", "BO")]
    [TestCase("i paesi bassi quali capitali hanno", "NL")]
    [TestCase("la groenlandia ha una capitale", "GL")]
    [TestCase("il kosovo ha una capitale", "XK")]
    [TestCase("le bermuda hanno una capitale", "BM")]
    [TestCase("dimmi la capitale della francia ma che dico della spagna", "ES")]
    [TestCase("qual è la capitale del cile macché del perù", "PE")]
    [TestCase("la capitale della svezia che dico della norvegia", "NO")]
    [TestCase("capitale della provincia dell'ontario", "CA-ON")]
    [TestCase("la capitale della provincia del québec", "CA-QC")]
    [TestCase("ho visto un film ambientato in texas qual è la capitale dello stato", "US-TX")]
    [TestCase("mio cugino vive in ontario qual è la capitale della provincia", "CA-ON")]
    [TestCase("il tour de france parte dalla spagna che capitale ha", "ES")]
    [TestCase("andiamo in vacanza alle seychelles che capitale hanno", "SC")]
    [TestCase("mio nipote studia in olanda che capitale ha", "NL")]
    public void A_round_nineteen_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("la città di lima è capitale di quale nazione", "lima")]
    [TestCase("la città di oslo è la capitale di che paese", "oslo")]
    [TestCase("qual è il paese la cui capitale è quito", "quito")]
    [TestCase("quale nazione la cui capitale è hanoi", "hanoi")]
    [TestCase("stato con capitale nairobi", "nairobi")]
    [TestCase("ho sentito nominare bishkek è capitale di cosa", "bishkek")]
    public void A_round_nineteen_reverse_question_reads_the_city(string utterance, string city)
    {
        var result = Recognize(utterance);

        Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
        Assert.That(result.Slot("city")?.FirstMatch?.Id, Is.EqualTo(city), $"matched \"{result.Sample}\"");
    }

    [TestCase("cosa fai", "AMAZON.HelpIntent")]
    [TestCase("spiegami cosa fai", "AMAZON.HelpIntent")]
    [TestCase("come si usa capitali del mondo", "AMAZON.HelpIntent")]
    [TestCase("che fai tu", "AMAZON.HelpIntent")]
    [TestCase("per oggi chiudiamo", "AMAZON.StopIntent")]
    [TestCase("abbiamo chiuso grazie", "AMAZON.StopIntent")]
    [TestCase("chiudiamo qui per oggi", "AMAZON.StopIntent")]
    [TestCase("ho sbagliato a parlare", "AMAZON.CancelIntent")]
    [TestCase("scusa alexa ho sbagliato", "AMAZON.CancelIntent")]
    [TestCase("torna indietro", "AMAZON.CancelIntent")]
    [TestCase("no scusa non parlavo con te", "AMAZON.CancelIntent")]
    public void A_round_nineteen_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("fammi partire capitali del mondo")]
    [TestCase("fate partire capitali del mondo")]
    [TestCase("facci partire la skill capitali del mondo")]
    public void A_round_nineteen_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitali del mondo", "it-IT").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("qual è la capitale della luna")]
    [TestCase("qual è la capitale di marte")]
    [TestCase("la capitale del sole")]
    [TestCase("qual è la capitale di atlantide")]
    [TestCase("poi accendi la luce")]
    [TestCase("ho sbagliato la ricetta della torta")]
    [TestCase("torna indietro di dieci secondi nella canzone")]
    [TestCase("cosa fai stasera")]
    [TestCase("chiudiamo la porta")]
    [TestCase("quanti abitanti ha la città di lima")]
    [TestCase("me dici che tempo fa a roma")]
    [TestCase("mio nipote studia in olanda che tempo fa")]
    public void An_italian_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
