using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families round 20 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 20 tuning for Dutch (session 19)*), each tested with sentences of its kind that no corpus has: Antwerp and
/// Brabant verbs with a doubled pronoun ("zedde gij", "kunde gij", "hedde gij") and "ne keer"; slang address words
/// ("manneke", "joa", "gozer", "gast"); "watis" run together; a crossword letter count ("hoeveel letters heeft die"); "op
/// dit moment" / "momenteel"; "kan het (zijn) dat" / "zou het kunnen dat" before a check; a "welke stad" tail; "shit nee" as a
/// repair; quiz compounds ("topografiequiz"); "daar de hoofdstad van de staat" after a trip; "X is dat een hoofdstad en van
/// welk land"; a guess "en niet Z"; help as "hoe vraag ik een hoofdstad", "kun je helpen", someone else who "snapt het niet";
/// stops by leaving ("ik moet gaan / weg", "bedtijd", "nu even niet meer", "stop d'r mee"); a launch to practise ("oefenen
/// met"). The neighbours about no capital still fall back.</summary>
public class DutchRoundTwentyRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("nl-NL", utterance);

    [TestCase("zedde gij zeker van de hoofdstad van peru", "PE")]
    [TestCase("kunde gij mij de hoofdstad van bolivia zeggen", "BO")]
    [TestCase("hedde gij de hoofdstad van kenia paraat", "KE")]
    [TestCase("wa is de hoofdstad van ghana zeg het ne keer", "GH")]
    [TestCase("gozer wat is de hoofdstad van cuba", "CU")]
    [TestCase("joa wat is de hoofdstad van estland", "EE")]
    [TestCase("gast wat is de hoofdstad van litouwen", "LT")]
    [TestCase("watis de hoofdstad van egypte", "EG")]
    [TestCase("de hoofdstad van fiji hoeveel letters heeft die", "FJ")]
    [TestCase("wat is op dit moment de hoofdstad van myanmar", "MM")]
    [TestCase("wat is op het moment de hoofdstad van kazachstan", "KZ")]
    [TestCase("zou het kunnen dat bern de hoofdstad van zwitserland is", "CH")]
    [TestCase("kan het zijn dat ankara de hoofdstad van turkije is", "TR")]
    [TestCase("de hoofdstad van nepal welke stad", "NP")]
    [TestCase("wat is de hoofdstad van niger shit nee nigeria", "NG")]
    [TestCase("hoofdstad van tonga voor de topografiequiz", "TO")]
    [TestCase("we rijden door texas wat is daar de hoofdstad van de staat", "US-TX")]
    [TestCase("is canberra de hoofdstad van australië en niet sydney", "AU")]
    public void A_round_twenty_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf("nl-NL", utterance, id);

    [TestCase("windhoek is dat een hoofdstad van welk land", "windhoek")]
    [TestCase("lusaka is dat een hoofdstad en van welk land", "lusaka")]
    public void A_round_twenty_reverse_question_reads_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("nl-NL", utterance, id);

    [TestCase("hoe vraag ik een hoofdstad", "AMAZON.HelpIntent")]
    [TestCase("kun je even helpen", "AMAZON.HelpIntent")]
    [TestCase("mijn opa begrijpt het niet", "AMAZON.HelpIntent")]
    [TestCase("gozer ik snap er niks van", "AMAZON.HelpIntent")]
    [TestCase("ik moet weg alexa", "AMAZON.StopIntent")]
    [TestCase("bedtijd alexa stop maar", "AMAZON.StopIntent")]
    [TestCase("even niet meer", "AMAZON.StopIntent")]
    [TestCase("stop d'r mee", "AMAZON.StopIntent")]
    [TestCase("vergeet het gast", "AMAZON.CancelIntent")]
    public void A_round_twenty_built_in_phrasing_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("laten we oefenen met hoofdsteden van de wereld")]
    [TestCase("joa open hoofdsteden van de wereld")]
    public void A_round_twenty_launch_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "hoofdsteden van de wereld", "nl-NL").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("hoeveel letters heeft het woord olifant")]
    [TestCase("wat is op dit moment het weer in parijs")]
    [TestCase("kan het dat het morgen gaat regenen")]
    [TestCase("gozer speel wat muziek")]
    [TestCase("zet de wekker voor bedtijd")]
    [TestCase("mijn oma snapt haar telefoon niet")]
    [TestCase("ik moet gaan stofzuigen")]
    [TestCase("welke stad is de grootste van europa")]
    [TestCase("zedde gij moe")]
    public void A_round_twenty_neighbour_about_no_capital_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
