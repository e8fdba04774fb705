using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families round 15 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 15 tuning for Dutch*), each tested with sentences of its kind that no corpus has: a crossword clue with its
/// letter count ("zes letters"); "hoe zeg je dat" in the middle of a question; "hoe noemen ze de hoofdstad van X";
/// formal "zoudt u"; "zelfde vraag voor X"; several capitals ("welke steden zijn
/// allebei hoofdstad van X", "ik hoorde dat X meer dan één hoofdstad heeft", "welke van de twee"); "het land met als
/// hoofdstad X"; fictional lands that are no place; and help "hoe werkt dit ding".
/// Out-of-domain neighbours of each family still fall back.</summary>
public class DutchRoundFifteenRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("nl-NL", utterance);

    [TestCase("hoofdstad van peru vier letters", "PE")]
    [TestCase("vijf letters de hoofdstad van italië", "IT")]
    [TestCase("kruiswoordpuzzel hoofdstad van noorwegen met vier letters", "NO")]
    [TestCase("de hoofdstad van cuba acht letters", "CU")]
    [TestCase("wat is eh hoe zeg je dat de hoofdstad van peru", "PE")]
    [TestCase("hoe heet uh hoe zeg je het de hoofdstad van ghana", "GH")]
    [TestCase("welke stad is hoe zeg je dat de hoofdstad van chili", "CL")]
    [TestCase("hoe noemen ze de hoofdstad van nepal", "NP")]
    [TestCase("hoe noem je de hoofdstad van bhutan", "BT")]
    [TestCase("hoe noemen we de hoofdstad van de seychellen", "SC")]
    [TestCase("zoudt u mij de hoofdstad van peru kunnen zeggen", "PE")]
    [TestCase("zoudt u de hoofdstad van ghana willen noemen", "GH")]
    [TestCase("zoudt u mij de hoofdstad van japan willen vertellen", "JP")]
    [TestCase("zelfde vraag voor peru", "PE")]
    [TestCase("zelfde vraag voor de bahama's", "BS")]
    [TestCase("zelfde vraag voor kenia", "KE")]
    [TestCase("welke steden zijn allebei hoofdstad van zuid-afrika", "ZA")]
    [TestCase("welke steden zijn beide hoofdstad van bolivia", "BO")]
    [TestCase("welke steden zijn samen hoofdstad van nederland", "NL")]
    [TestCase("ik hoorde dat bolivia meer dan één hoofdstad heeft welke zijn dat", "BO")]
    [TestCase("ik hoorde dat zuid-afrika meer dan één hoofdstad heeft", "ZA")]
    [TestCase("ik las dat nederland meer dan een hoofdstad heeft", "NL")]
    public void A_round_fifteen_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf("nl-NL", utterance, id);

    [TestCase("wat is het land met als hoofdstad lima", "lima")]
    [TestCase("welk is het land met nairobi als hoofdstad", "nairobi")]
    [TestCase("wat is het land met als hoofdstad accra", "accra")]
    public void A_round_fifteen_reverse_question_reads_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("nl-NL", utterance, id);

    [TestCase("hoe werkt dit ding", "AMAZON.HelpIntent")]
    [TestCase("hoe werkt dat ding", "AMAZON.HelpIntent")]
    [TestCase("hoe werkt het ding", "AMAZON.HelpIntent")]
    [TestCase("nee laat maar", "AMAZON.CancelIntent")]
    [TestCase("laat maar", "AMAZON.CancelIntent")]
    public void A_round_fifteen_built_in_phrasing_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("wat is de hoofdstad van narnia")]
    [TestCase("hoe heet de hoofdstad van mordor")]
    [TestCase("wat is de hoofdstad van atlantis")]
    [TestCase("welke stad is de hoofdstad van westeros")]
    [TestCase("zes letters voor een rivier in frankrijk")]
    [TestCase("kruiswoordpuzzel zeven letters")]
    [TestCase("hoe zeg je dat in het frans")]
    [TestCase("hoe noemen ze een baby kangoeroe")]
    [TestCase("er was een aardbeving in japan hoe laat is het daar")]
    [TestCase("ik hoorde dat het gaat regenen")]
    public void A_round_fifteen_neighbour_about_no_capital_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
