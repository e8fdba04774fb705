using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The families round 6 added for Hindi and Dutch (interactionModel/README.md): trailing words of manner,
/// purpose or memory and request phrases said as fillers, a formal name's suffix after the everyday name, a season's
/// capital, and the built-in phrasings round 6 widened.</summary>
public class HindiDutchRoundSixRuleTests
{
    private static Interpretation Recognize(string locale, string text) => LocaleNlu.Recognize(locale, text);

    [TestCase("hi-IN", "पेरू की राजधानी ठीक से बताओ", "PE")]
    [TestCase("hi-IN", "क्यूबा की राजधानी क्या है मुझे याद नहीं आ रहा", "CU")]
    [TestCase("hi-IN", "चिली की राजधानी के बारे में बताओ", "CL")]
    [TestCase("hi-IN", "पेरू की राजधानी बताने की कृपा करें", "PE")]
    [TestCase("nl-NL", "even kijken de hoofdstad van peru", "PE")]
    [TestCase("nl-NL", "wil je even opzoeken wat de hoofdstad van chili is", "CL")]
    [TestCase("nl-NL", "graag wil ik weten wat de hoofdstad van peru is", "PE")]
    [TestCase("nl-NL", "wat is de winterhoofdstad van frankrijk", "FR")]
    public void A_round_six_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [Test]
    public void A_hindi_formal_name_suffix_keeps_the_whole_name_in_the_slot()
    {
        const string utterance = "इथियोपिया संघीय लोकतांत्रिक गणराज्य की राजधानी";

        Assert.That(Recognize("hi-IN", utterance).IntentName, Is.EqualTo("CapitalIntent"));
        Assert.That(LocaleNlu.WithoutLexiconEntry("hi-IN", "nameSuffixes").Recognize(utterance)!.IntentName,
            Is.EqualTo(NluEngine.FallbackIntent));
    }

    [TestCase("hi-IN", "मैं क्या बोलूं", "AMAZON.HelpIntent")]
    [TestCase("hi-IN", "नियम बताइए", "AMAZON.HelpIntent")]
    [TestCase("hi-IN", "राजधानी पूछने में मदद चाहिए", "AMAZON.HelpIntent")]
    [TestCase("nl-NL", "wat kan ik allemaal zeggen", "AMAZON.HelpIntent")]
    [TestCase("nl-NL", "hou ermee op", "AMAZON.StopIntent")]
    public void A_round_six_built_in_phrasing_reaches_its_intent(string locale, string utterance, string intent)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("hi-IN", "मौसम के बारे में बताओ")]
    [TestCase("hi-IN", "गाना ठीक से सुनाओ")]
    [TestCase("nl-NL", "kun je het weer voor me opzoeken")]
    public void A_round_six_filler_does_not_make_an_out_of_domain_request_a_capital_question(string locale, string utterance)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.IntentName, Is.EqualTo(NluEngine.FallbackIntent), $"matched \"{result.Sample}\"");
    }
}
