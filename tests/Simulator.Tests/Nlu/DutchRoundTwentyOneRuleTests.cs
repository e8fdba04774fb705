using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families round 21 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 21 tuning for Dutch (session 21)*), each tested with sentences of its kind that no corpus has: straattaal
/// openers ("ewa", "wollah" / "wallah"); "fan" for "van" after "hoofdstad" and "hoofdstadt"; a guess "ik gok dat X de
/// hoofdstad is van Y" and "dat X de hoofdstad is van Y" with "van Y" after the verb; "is X (ook) een hoofdstad van Y";
/// "die deelstaat" and "de hoofdstad van de staat" after a clause naming the place; "kweet" / "kweenie"; a learner's
/// "alstublieft zeggen", "van land X", "jij weet hoofdstad X"; the reverse question "X welk land hoort erbij" and "de
/// hoofdstad X is van welk land"; Afrikaans "ek" and help as "ek verstaan nie", "hoe werk dit"; help as "geef me de
/// instructies / uitleg / spelregels". The neighbours about no capital still fall back.</summary>
public class DutchRoundTwentyOneRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("nl-NL", utterance);

    [TestCase("ewa wat is de hoofdstad van marokko", "MA")]
    [TestCase("wollah wat is de hoofdstad van turkije", "TR")]
    [TestCase("hoe heet de hoofdstad fan zweden", "SE")]
    [TestCase("wat is de hoofdstadt van polen", "PL")]
    [TestCase("ik gok dat rabat de hoofdstad is van marokko", "MA")]
    [TestCase("klopt het dat quito de hoofdstad is van ecuador", "EC")]
    [TestCase("is sucre ook een hoofdstad van bolivia", "BO")]
    [TestCase("we gaan wandelen in beieren wat is de hoofdstad van die deelstaat", "DE-BY")]
    [TestCase("mijn neef woont in ohio wat is de hoofdstad van de staat", "US-OH")]
    [TestCase("kweenie wat is de hoofdstad van chili", "CL")]
    [TestCase("alsjeblieft zeggen hoofdstad van land armenië", "AM")]
    [TestCase("jij weet hoofdstad kroatië", "HR")]
    public void A_round_twenty_one_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf("nl-NL", utterance, id);

    [TestCase("nairobi welk land hoort erbij", "nairobi")]
    [TestCase("de hoofdstad lima is van welk land", "lima")]
    public void A_round_twenty_one_reverse_question_reads_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("nl-NL", utterance, id);

    [TestCase("ek verstaan het nie", "AMAZON.HelpIntent")]
    [TestCase("hoe werk dit alexa", "AMAZON.HelpIntent")]
    [TestCase("geef me de spelregels", "AMAZON.HelpIntent")]
    [TestCase("geef me uitleg", "AMAZON.HelpIntent")]
    [TestCase("wallah stop ermee", "AMAZON.StopIntent")]
    public void A_round_twenty_one_built_in_phrasing_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("wollah start hoofdsteden van de wereld")]
    public void A_round_twenty_one_launch_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "hoofdsteden van de wereld", "nl-NL").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("ewa hoe gaat het")]
    [TestCase("wollah speel muziek")]
    [TestCase("ik ben fan van ajax")]
    [TestCase("geef me de afstandsbediening")]
    [TestCase("ik gok dat het gaat regenen")]
    [TestCase("hoe groot is die deelstaat")]
    [TestCase("ek is honger")]
    public void A_round_twenty_one_neighbour_about_no_capital_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
