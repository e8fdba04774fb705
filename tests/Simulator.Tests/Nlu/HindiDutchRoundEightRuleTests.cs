using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The families round 8 added for Hindi and Dutch (interactionModel/README.md, *Round 8*): Hindi counting
/// yes/no questions, the relative clause with "जो" / "जिस", the name of the capital asked last, the familiar "बता दे" /
/// "बोल दे", "उसके बाद" and homework context as fillers, a check of a city that is a place too; Dutch the diminutive
/// "hoofdstadje", "ik kom er niet op", "(ik) dacht dat Y ..."; Washington as the capital's everyday name; built-ins; and
/// the simulator's rule that a request without slots is no near miss of a sentence about something the model does not
/// know.</summary>
public class HindiDutchRoundEightRuleTests
{
    private static Interpretation Recognize(string locale, string text) => LocaleNlu.Recognize(locale, text);

    [TestCase("hi-IN", "भूटान में दो राजधानियाँ हैं क्या", "BT")]
    [TestCase("hi-IN", "क्या बोलीविया की दो राजधानियाँ हैं", "BO")]
    [TestCase("hi-IN", "बोलीविया में कितनी राजधानियाँ हैं और कौन सी", "BO")]
    [TestCase("hi-IN", "बोलीविया की कितनी राजधानियाँ हैं और उनके नाम बताओ", "BO")]
    [TestCase("hi-IN", "बोलीविया में एक से ज़्यादा राजधानी है क्या", "BO")]
    [TestCase("nl-NL", "enig idee wat de hoofdstad van peru is", "PE")]
    [TestCase("hi-IN", "पेरू की राजधानी का क्या नाम है", "PE")]
    [TestCase("hi-IN", "राजधानी का नाम क्या है चिली की", "CL")]
    [TestCase("hi-IN", "केन्या की जो राजधानी है उसका नाम बताओ", "KE")]
    [TestCase("hi-IN", "यार केन्या की राजधानी बता दे", "KE")]
    [TestCase("hi-IN", "केन्या की राजधानी बोल दे", "KE")]
    [TestCase("hi-IN", "इसके बाद केन्या की", "KE")]
    [TestCase("hi-IN", "क्विज़ में केन्या की राजधानी पूछी है", "KE")]
    [TestCase("hi-IN", "केन्या की राजधानी पता करो", "KE")]
    [TestCase("hi-IN", "दिल्ली भारत की राजधानी है क्या", "IN")]
    [TestCase("hi-IN", "मेहरबानी करके केन्या की राजधानी सर्च कर दो", "KE")]
    [TestCase("hi-IN", "केन्या की राजधानी बताने का कष्ट करें", "KE")]
    [TestCase("nl-NL", "wat is het hoofdstadje van peru", "PE")]
    [TestCase("nl-NL", "hoe heet die hoofdstad van peru", "PE")]
    [TestCase("nl-NL", "ik kom maar niet op de hoofdstad van peru", "PE")]
    [TestCase("nl-NL", "ik dacht altijd dat cusco de hoofdstad van peru was", "PE")]
    public void A_round_eight_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("hi-IN", "वॉशिंगटन किस देश की राजधानी है")]
    [TestCase("hi-IN", "टोक्यो जिस देश की राजधानी है उसका नाम क्या है")]
    [TestCase("hi-IN", "जिस देश की राजधानी टोक्यो है वो कौन सा है")]
    [TestCase("nl-NL", "van welk land is washington de hoofdstad")]
    public void A_round_eight_reverse_question_reads_a_capital(string locale, string utterance)
    {
        var result = Recognize(locale, utterance);

        Assert.That((result.IntentName, result.Slot("city")?.FirstMatch is not null), Is.EqualTo(("CityIntent", true)), $"matched \"{result.Sample}\"");
    }

    [TestCase("hi-IN", "अब नहीं पूछना", "AMAZON.CancelIntent")]
    [TestCase("hi-IN", "छोड़ो अब नहीं चाहिए", "AMAZON.CancelIntent")]
    [TestCase("nl-NL", "hoe werkt die skill", "AMAZON.HelpIntent")]
    [TestCase("nl-NL", "ik weet nu genoeg", "AMAZON.StopIntent")]
    [TestCase("nl-NL", "de skill stoppen", "AMAZON.StopIntent")]
    [TestCase("hi-IN", "अब बंद कर दो", "AMAZON.StopIntent")]
    [TestCase("hi-IN", "राजधानी के बारे में कैसे पूछूँ", "AMAZON.HelpIntent")]
    [TestCase("hi-IN", "मुझे कुछ समझ नहीं आया", "AMAZON.HelpIntent")]
    [TestCase("nl-NL", "wat kan ik jou vragen", "AMAZON.HelpIntent")]
    [TestCase("nl-NL", "leg me uit hoe dit werkt", "AMAZON.HelpIntent")]
    [TestCase("nl-NL", "tot volgende keer", "AMAZON.StopIntent")]
    [TestCase("nl-NL", "laat maar ik hoef het niet meer", "AMAZON.CancelIntent")]
    public void A_round_eight_built_in_phrasing_reaches_its_intent(string locale, string utterance, string intent)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("hi-IN", "पंखा बंद कर दो")]
    [TestCase("hi-IN", "टीवी बंद कर दो")]
    [TestCase("nl-NL", "welterusten")]
    [TestCase("nl-NL", "slaap lekker alexa")]
    public void A_request_about_something_else_is_not_a_built_in_intent(string locale, string utterance)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
