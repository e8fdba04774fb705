using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The families round 7 added for Hindi and Dutch (interactionModel/README.md): a name that is not the invocation name
/// launches nothing (as on a device), Hindi trailing purpose, checking and region words as fillers, the future request, the
/// English question with "इस", Dutch subordinate order with the verb before "van", the modal without "me", and the
/// built-in phrasings round 7 widened.</summary>
public class HindiDutchRoundSevenRuleTests
{
    private static Interpretation Recognize(string locale, string text) => LocaleNlu.Recognize(locale, text);

    [TestCase("hi-IN", "वर्ल्ड कैपिटल्स स्किल खोलो")]
    [TestCase("hi-IN", "ओपन वर्ल्ड कैपिटल्स")]
    [TestCase("hi-IN", "राजधानियों वाली स्किल चालू करो")]
    [TestCase("nl-NL", "open de hoofdsteden skill")]
    [TestCase("nl-NL", "start hoofdsteden")]
    public void A_name_that_is_not_the_invocation_name_launches_nothing(string locale, string utterance)
    {
        // Alexa opens a skill by its invocation name only (दुनिया की राजधानियाँ, "hoofdsteden van de wereld"); the
        // simulator must not open it by a name a device would not.
        Assert.That(LocaleNlu.Engine(locale).ParseForm(utterance).Kind, Is.Not.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("hi-IN", "राजधानियाँ बताओ")]
    [TestCase("nl-NL", "hoofdsteden van europa")]
    [TestCase("nl-NL", "hoofdsteden")]
    public void Another_name_of_the_skill_without_a_launch_verb_is_no_launch(string locale, string utterance)
    {
        Assert.That(LocaleNlu.Engine(locale).ParseForm(utterance).Kind, Is.EqualTo(UtteranceKind.Bare));
    }

    [TestCase("hi-IN", "पेरू की राजधानी क्या है परीक्षा के लिए चाहिए", "PE")]
    [TestCase("hi-IN", "चिली की राजधानी क्या है मेरी बेटी के होमवर्क के लिए", "CL")]
    [TestCase("hi-IN", "क्यूबा की राजधानी क्या है चेक करके बताओ", "CU")]
    [TestCase("hi-IN", "क्यूबा की राजधानी ढूंढ के बताओ", "CU")]
    [TestCase("hi-IN", "पेरू की राजधानी भूल गई बताओ", "PE")]
    [TestCase("hi-IN", "नॉर्थ ईस्ट में नागालैंड की राजधानी", "IN-NL")]
    [TestCase("hi-IN", "तुम मुझे चिली की राजधानी बताओगी क्या", "CL")]
    [TestCase("hi-IN", "व्हाट इस द कैपिटल ऑफ पेरू", "PE")]
    [TestCase("hi-IN", "पेरू की रजधानी बताओं", "PE")]
    [TestCase("hi-IN", "मुझे चिली की राजधानी का नाम चाहिए", "CL")]
    [TestCase("nl-NL", "weet je wat de hoofdstad is van peru", "PE")]
    [TestCase("nl-NL", "zou je de hoofdstad van chili willen opzoeken", "CL")]
    [TestCase("nl-NL", "kun je de hoofdstad van cuba nakijken", "CU")]
    [TestCase("nl-NL", "die hoofdstad van peru hoe heet die ook al weer", "PE")]
    [TestCase("nl-NL", "wat is de regeringsstad van chili", "CL")]
    [TestCase("nl-NL", "ik heb de hoofdstad van peru nodig", "PE")]
    [TestCase("nl-NL", "waarom is sydney niet de hoofdstad van australië", "AU")]
    public void A_round_seven_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("hi-IN", "गाइड कर दो", "AMAZON.HelpIntent")]
    [TestCase("hi-IN", "चलाने का तरीका बताओ", "AMAZON.HelpIntent")]
    [TestCase("hi-IN", "मुझे नहीं पता क्या पूछूँ", "AMAZON.HelpIntent")]
    [TestCase("nl-NL", "welke mogelijkheden zijn er", "AMAZON.HelpIntent")]
    [TestCase("nl-NL", "klaar ermee", "AMAZON.StopIntent")]
    [TestCase("nl-NL", "annuleer die vraag", "AMAZON.CancelIntent")]
    public void A_round_seven_built_in_phrasing_reaches_its_intent(string locale, string utterance, string intent)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("hi-IN", "क्विज़ के लिए गाना बजाओ")]
    [TestCase("hi-IN", "आज का मौसम बताओगे क्या")]
    [TestCase("hi-IN", "चेक करो")]
    [TestCase("hi-IN", "दक्षिण भारत में सबसे बड़ा शहर कौन सा है")]
    [TestCase("nl-NL", "ik heb een taxi nodig")]
    [TestCase("nl-NL", "waarom is de lucht blauw")]
    [TestCase("nl-NL", "in welke provincie ligt zwolle")]
    public void A_round_seven_rule_does_not_make_an_out_of_domain_request_a_capital_question(string locale, string utterance)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.IntentName, Is.EqualTo(NluEngine.FallbackIntent), $"matched \"{result.Sample}\"");
    }
}
