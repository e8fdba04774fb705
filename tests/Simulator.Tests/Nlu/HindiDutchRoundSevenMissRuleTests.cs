using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The families the second round-7 pass added for Hindi and Dutch (interactionModel/README.md, *Round 7, second
/// pass*): Hindi "किसको कहते हैं", tag questions closing a check, two seasons' capitals and "why two capitals", the repair
/// "ना ना", the retroflex ण in a name; Dutch "check", memory words after the question, "welke twee steden", a check with an
/// alternative after "klopt het dat", the reverse question with "hoort bij" and "wat voor land"; built-ins, and two
/// requests of one intent in one breath.</summary>
public class HindiDutchRoundSevenMissRuleTests
{
    private static Interpretation Recognize(string locale, string text) => LocaleNlu.Recognize(locale, text);

    [TestCase("hi-IN", "चिली की राजधानी किसको कहते हैं", "CL")]
    [TestCase("hi-IN", "लीमा पेरू की राजधानी है सही है ना", "PE")]
    [TestCase("hi-IN", "सैंटियागो चिली की राजधानी होती है ना", "CL")]
    [TestCase("hi-IN", "लीमा पेरू की राजधानी है कि नहीं", "PE")]
    [TestCase("hi-IN", "बोलीविया की दो राजधानी क्यों हैं", "BO")]
    [TestCase("hi-IN", "लद्दाख की समर कैपिटल और विंटर कैपिटल क्या है", "IN-LA")]
    [TestCase("hi-IN", "चिली की राजधानी बताओ ना ना पेरू की", "PE")]
    [TestCase("hi-IN", "पेरू की राजधानी बताओ ना ना चिली की", "CL")]
    [TestCase("hi-IN", "ईराण की राजधानी क्या है", "IR")]
    [TestCase("nl-NL", "check even de hoofdstad van peru", "PE")]
    [TestCase("nl-NL", "wat is de hoofdstad van chili ik weet het niet meer", "CL")]
    [TestCase("nl-NL", "wat is de hoofdstad van de filipijnen weet je dat", "PH")]
    [TestCase("nl-NL", "welke twee steden zijn de hoofdstad van bolivia", "BO")]
    [TestCase("nl-NL", "klopt het dat sydney de hoofdstad van australië is of is het canberra", "AU")]
    public void A_second_pass_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("welk land hoort bij de hoofdstad lima")]
    [TestCase("wat voor land heeft lima als hoofdstad")]
    [TestCase("van wat voor land is lima de hoofdstad")]
    public void A_dutch_reverse_question_reads_the_city(string utterance)
    {
        var result = Recognize("nl-NL", utterance);

        Assert.That((result.IntentName, result.Slot("city")?.Value), Is.EqualTo(("CityIntent", "lima")), $"matched \"{result.Sample}\"");
    }

    [TestCase("hi-IN", "भूल जाओ मैंने क्या कहा", "AMAZON.CancelIntent")]
    [TestCase("hi-IN", "मेरा सवाल भूल जाओ", "AMAZON.CancelIntent")]
    [TestCase("nl-NL", "geef me een voorbeeld van een vraag", "AMAZON.HelpIntent")]
    [TestCase("nl-NL", "stop er nu mee", "AMAZON.StopIntent")]
    [TestCase("nl-NL", "hou er maar mee op", "AMAZON.StopIntent")]
    public void A_second_pass_built_in_phrasing_reaches_its_intent(string locale, string utterance, string intent)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("nl-NL", "ik begrijp het niet wat kan ik zeggen", "AMAZON.HelpIntent")]
    [TestCase("nl-NL", "laat maar vergeet het", "AMAZON.CancelIntent")]
    [TestCase("hi-IN", "रहने दो भूल जाओ मैंने क्या कहा", "AMAZON.CancelIntent")]
    public void Two_requests_of_one_intent_in_one_breath_are_that_intent(string locale, string utterance, string intent)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("nl-NL", "help stop")]
    [TestCase("nl-NL", "ik snap het niet wat is het weer")]
    [TestCase("nl-NL", "check even het weer")]
    [TestCase("nl-NL", "welk land hoort bij de eu")]
    [TestCase("hi-IN", "आज का मौसम सही है ना")]
    [TestCase("hi-IN", "बिहार में समर और विंटर कैसा होता है")]
    public void A_second_pass_rule_does_not_make_an_out_of_domain_request_a_capital_question(string locale, string utterance)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.IntentName, Is.Not.EqualTo("CapitalIntent").And.Not.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
    }

    [Test]
    public void Help_then_stop_in_one_breath_is_neither()
    {
        Assert.That(Recognize("nl-NL", "help stop").IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
