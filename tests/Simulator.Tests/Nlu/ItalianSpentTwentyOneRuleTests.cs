using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families the second pass on spent round 19 generalised (interactionModel/README.md, *Second pass
/// on spent round 19 for Italian (session 18)*), each tested with sentences of its kind that no corpus has: former and
/// other names of places (Rhodesia, Formosa, Abissinia, Birmania, Isole Figi, Bielo Russia, Regno Hascemita di
/// Giordania), Tuscan "icché gli è", a crossword clue "di N lettere", a self-correction with "ops" / "ho detto male",
/// help, stop, cancel and launch wordings; and the out-of-domain neighbours that must still fall back.</summary>
public class ItalianSpentTwentyOneRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("it-IT", utterance);

    [TestCase("qual è la capitale delle isole figi", "FJ")]
    [TestCase("dimmi la capitale delle fiji", "FJ")]
    [TestCase("la capitale della bielo russia", "BY")]
    [TestCase("qual era la capitale della rhodesia", "ZW")]
    [TestCase("la capitale della rodesia", "ZW")]
    [TestCase("qual era la capitale di formosa", "TW")]
    [TestCase("la capitale dell'abissinia", "ET")]
    [TestCase("qual è la capitale della birmania", "MM")]
    [TestCase("la capitale della persia", "IR")]
    [TestCase("qual è la capitale del regno hascemita di giordania", "JO")]
    [TestCase("o alexa icché gli è la capitale del perù", "PE")]
    [TestCase("icché gli è la capitale della svezia", "SE")]
    [TestCase("o alexa icchè gli è la capitale dell'egitto", "EG")]
    [TestCase("capitale del perù di quattro lettere", "PE")]
    [TestCase("sto facendo il cruciverba capitale del kenya di sette lettere", "KE")]
    [TestCase("sto facendo le parole crociate capitale della norvegia di quattro lettere", "NO")]
    [TestCase("qual è la capitale della spagna ops della francia", "FR")]
    [TestCase("la capitale del cile ho detto male del perù", "PE")]
    [TestCase("dimmi la capitale della svezia oops della norvegia", "NO")]
    public void A_spent_round_nineteen_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("nelle parole crociate c'è paese con capitale nairobi", "nairobi")]
    [TestCase("la definizione è stato con capitale lima", "lima")]
    [TestCase("nel cruciverba c'è nazione con capitale oslo", "oslo")]
    public void A_crossword_clue_after_its_carrier_reads_the_city(string utterance, string city)
    {
        var result = Recognize(utterance);

        Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
        Assert.That(result.Slot("city")?.FirstMatch?.Id, Is.EqualTo(city), $"matched \"{result.Sample}\"");
    }

    [TestCase("che comandi capisci", "AMAZON.HelpIntent")]
    [TestCase("quali domande capisci", "AMAZON.HelpIntent")]
    [TestCase("come devo chiederti le cose", "AMAZON.HelpIntent")]
    [TestCase("alexa come ti devo fare le domande", "AMAZON.HelpIntent")]
    [TestCase("e adesso cosa devo fare", "AMAZON.HelpIntent")]
    [TestCase("ripetimi cosa posso dire", "AMAZON.HelpIntent")]
    [TestCase("mi ricordi cosa posso fare", "AMAZON.HelpIntent")]
    [TestCase("alla prossima alexa", "AMAZON.StopIntent")]
    [TestCase("ok ci sentiamo alla prossima", "AMAZON.StopIntent")]
    [TestCase("mi hai stancata basta", "AMAZON.StopIntent")]
    [TestCase("basta mi hai scocciato", "AMAZON.StopIntent")]
    [TestCase("buonanotte alexa", "AMAZON.StopIntent")]
    [TestCase("ok ho capito basta", "AMAZON.StopIntent")]
    [TestCase("lascia stare lo cerco io", "AMAZON.CancelIntent")]
    [TestCase("no grazie faccio da sola", "AMAZON.CancelIntent")]
    [TestCase("lascia perdere me lo guardo io", "AMAZON.CancelIntent")]
    [TestCase("annulla la mia domanda", "AMAZON.CancelIntent")]
    [TestCase("cancella l'ultima domanda", "AMAZON.CancelIntent")]
    public void A_spent_round_nineteen_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("avviamo capitali del mondo")]
    [TestCase("lanciamo capitali del mondo che giochiamo")]
    [TestCase("apri capitali del mondo così giochiamo")]
    [TestCase("iniziamo capitali del mondo")]
    public void A_spent_round_nineteen_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitali del mondo", "it-IT").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("buonanotte a tutti accendi la luce")]
    [TestCase("annulla l'ultima sveglia")]
    [TestCase("cancella l'ultima lista della spesa")]
    [TestCase("lo cerco io su internet il meteo")]
    [TestCase("quali lingue capisci")]
    [TestCase("apriamo la porta")]
    [TestCase("cosa devo fare per cucinare la pasta")]
    [TestCase("parola di sei lettere che significa casa")]
    [TestCase("qual è la capitale della luna di cinque lettere")]
    public void An_italian_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
