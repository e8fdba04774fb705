using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families the second pass on spent round 21 fixed (interactionModel/README.md, *Second pass on
/// spent round 21 for Italian (session 21)*), each tested with sentences of its kind that no corpus has: yes/no checks that
/// name a city (the city in the CapitalIntent's guess slot, the answer the place's capital whatever the guess), reverse
/// questions "X è capitale di dove" and "a quale paese appartiene la capitale X", cancel with a reason ("ho premuto per
/// sbaglio", "non volevo chiedere", "dimentica quello che ho chiesto"), stop "esci dal gioco", launch "mi avvii", "per il
/// bambino", "che facciamo un po' di ripasso"; and the out-of-domain neighbours that must still fall back.</summary>
public class ItalianSpentRoundTwentyOneRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("it-IT", utterance);

    [TestCase("è vero che la capitale della spagna è madrid", "ES")]
    [TestCase("è giusto che la capitale del perù si chiama lima", "PE")]
    [TestCase("la capitale della francia è lione vero", "FR")]
    [TestCase("la capitale del marocco non è rabat o sbaglio", "MA")]
    [TestCase("secondo me la capitale della grecia è atene", "GR")]
    [TestCase("vienna è davvero la capitale dell'austria", "AT")]
    [TestCase("è vero che oslo è la capitale della norvegia", "NO")]
    [TestCase("è lisbona la capitale del portogallo", "PT")]
    [TestCase("ma la capitale del vietnam non era saigon", "VN")]
    public void A_yes_no_check_naming_a_city_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("nairobi è la capitale di dove")]
    [TestCase("a quale paese appartiene la capitale lima")]
    public void A_reverse_question_reads_the_city(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo("CityIntent"));
    }

    [TestCase("annulla ho premuto per sbaglio scusa", "AMAZON.CancelIntent")]
    [TestCase("no annulla non volevo chiederlo", "AMAZON.CancelIntent")]
    [TestCase("dimentica quello che ti ho chiesto", "AMAZON.CancelIntent")]
    [TestCase("esci dal gioco grazie", "AMAZON.StopIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("mi avvii capitali del mondo")]
    [TestCase("apri capitali del mondo per la bambina")]
    [TestCase("avvia capitali del mondo che facciamo un po' di ripasso")]
    public void A_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitali del mondo", "it-IT").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("milano è la capitale della moda vero")]
    [TestCase("è vero che la capitale della moda è milano")]
    [TestCase("la capitale della luna è bella vero")]
    [TestCase("esci dal gruppo whatsapp")]
    [TestCase("mi avvii la lavatrice")]
    public void An_italian_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
