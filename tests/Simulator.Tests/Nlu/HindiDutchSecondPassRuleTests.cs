using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The families the second pass of round 10 generalised (interactionModel/README.md, *Round 10, second pass*),
/// each with sentences no corpus has: whoever asks, as any words before a reporting verb ("मेरा भाई पूछ रहा है",
/// "onze juf vroeg"); a place negated after another (Hindi "... Y की नहीं" said last, Dutch "X niet Y"); the Hindi
/// locative plural frame ("X में कौन कौन सी राजधानियाँ हैं"); official long names; "talk to" as a launch; ordinal and
/// former capitals as another question; the Hindi aliases of Sri Lanka and Bangladesh that a
/// key given twice in the data lost; and built-in phrasings of ending a game and of "not now".</summary>
public class HindiDutchSecondPassRuleTests
{
    private static Interpretation Recognize(string locale, string text) => LocaleNlu.Recognize(locale, text);

    [TestCase("hi-IN", "मेरा भाई पूछ रहा है कि पेरू की राजधानी क्या है", "PE")]
    [TestCase("hi-IN", "हमारे टीचर ने पूछा था कि घाना की राजधानी कौन सी है", "GH")]
    [TestCase("hi-IN", "मेरी दादी जानना चाहती हैं कि चिली की राजधानी क्या है", "CL")]
    [TestCase("hi-IN", "पड़ोस वाले अंकल पूछ रहे थे नेपाल की राजधानी क्या है", "NP")]
    [TestCase("hi-IN", "मेरी सहेली पूछ रही है केन्या की राजधानी बताओ", "KE")]
    [TestCase("hi-IN", "सूडान की राजधानी बताओ दक्षिण सूडान की नहीं", "SD")]
    [TestCase("hi-IN", "नाइजर की राजधानी क्या है नाइजीरिया की नहीं", "NE")]
    [TestCase("hi-IN", "ऑस्ट्रिया की राजधानी बताओ ऑस्ट्रेलिया की नहीं", "AT")]
    [TestCase("hi-IN", "स्लोवेनिया की राजधानी क्या है स्लोवाकिया नहीं", "SI")]
    [TestCase("hi-IN", "नीदरलैंड में कौन कौन सी राजधानियाँ हैं", "NL")]
    [TestCase("hi-IN", "बोलीविया में कौन सी राजधानियाँ हैं", "BO")]
    [TestCase("hi-IN", "मलेशिया की कौन कौन सी राजधानियाँ हैं", "MY")]
    [TestCase("hi-IN", "ग्रेट ब्रिटेन और उत्तरी आयरलैंड का यूनाइटेड किंगडम की राजधानी क्या है", "GB")]
    [TestCase("hi-IN", "यूनाइटेड किंगडम ऑफ़ ग्रेट ब्रिटेन एंड नॉर्दर्न आयरलैंड की राजधानी बताओ", "GB")]
    [TestCase("hi-IN", "फ़्रांसीसी गणराज्य की राजधानी क्या है", "FR")]
    [TestCase("hi-IN", "इतालवी गणराज्य की राजधानी बताओ", "IT")]
    [TestCase("hi-IN", "सीलोन की राजधानी क्या है", "LK")]
    [TestCase("hi-IN", "बंगलादेश की राजधानी बताओ", "BD")]
    [TestCase("nl-NL", "de hoofdstad van niger niet nigeria", "NE")]
    [TestCase("nl-NL", "wat is de hoofdstad van oostenrijk niet australië", "AT")]
    [TestCase("nl-NL", "hoofdstad van slovenië niet slowakije", "SI")]
    [TestCase("nl-NL", "mijn broer vraagt wat de hoofdstad van peru is", "PE")]
    [TestCase("nl-NL", "onze juf vroeg wat de hoofdstad van kenia is", "KE")]
    [TestCase("nl-NL", "de buurman wil weten wat de hoofdstad van chili is", "CL")]
    [TestCase("hi-IN", "सूडान की राजधानी बताओ दक्षिण सूडान वाली नहीं", "SD")]
    [TestCase("hi-IN", "नाइजर की राजधानी बताओ नाइजीरिया का नहीं", "NE")]
    [TestCase("hi-IN", "गिनी की राजधानी क्या है गिनी बिसाऊ की नहीं", "GN")]
    [TestCase("hi-IN", "मेरे भाई ने पूछा है कि मिस्र की राजधानी क्या है", "EG")]
    [TestCase("hi-IN", "मम्मी पूछ रही थीं कि ईरान की राजधानी क्या है", "IR")]
    [TestCase("hi-IN", "हमारी क्लास टीचर ने पूछा कि इराक की राजधानी क्या है", "IQ")]
    [TestCase("hi-IN", "जर्मनी में कौन कौन सी राजधानियाँ हैं", "DE")]
    [TestCase("nl-NL", "wat is de hoofdstad van oostenrijk niet van australië", "AT")]
    [TestCase("nl-NL", "hoofdstad van zweden niet zwitserland", "SE")]
    [TestCase("nl-NL", "mijn zus vroeg me wat de hoofdstad van ierland is", "IE")]
    [TestCase("nl-NL", "m'n vader wil graag weten wat de hoofdstad van japan is", "JP")]
    [TestCase("nl-NL", "de meester vroeg wat is de hoofdstad van ghana", "GH")]
    public void A_second_pass_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("hi-IN", "अब कुछ मत बोलो", "AMAZON.StopIntent")]
    [TestCase("hi-IN", "बोलना बंद करो", "AMAZON.StopIntent")]
    [TestCase("hi-IN", "अभी नहीं", "AMAZON.CancelIntent")]
    [TestCase("hi-IN", "बाद में पूछूँगी", "AMAZON.CancelIntent")]
    [TestCase("nl-NL", "stop het spel", "AMAZON.StopIntent")]
    [TestCase("nl-NL", "sluit het spel af", "AMAZON.StopIntent")]
    [TestCase("nl-NL", "einde spel", "AMAZON.StopIntent")]
    [TestCase("nl-NL", "beëindig de quiz", "AMAZON.StopIntent")]
    [TestCase("nl-NL", "nee bedankt laat maar", "AMAZON.CancelIntent")]
    [TestCase("nl-NL", "laat maar dank je", "AMAZON.CancelIntent")]
    [TestCase("nl-NL", "stop maar met het spel", "AMAZON.StopIntent")]
    [TestCase("nl-NL", "het spel is afgelopen", "AMAZON.StopIntent")]
    [TestCase("nl-NL", "game over", "AMAZON.StopIntent")]
    [TestCase("nl-NL", "nee dank je wel laat maar", "AMAZON.CancelIntent")]
    [TestCase("hi-IN", "बस अब मत बोलो", "AMAZON.StopIntent")]
    [TestCase("hi-IN", "अभी रहने दो बाद में", "AMAZON.CancelIntent")]
    public void A_second_pass_built_in_phrasing_reaches_its_intent(string locale, string utterance, string intent)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("hi-IN", "मेरा भाई पूछ रहा है कि आज मौसम कैसा है")]
    [TestCase("hi-IN", "पाकिस्तान की पहली राजधानी कौन सी थी")]
    [TestCase("hi-IN", "ब्राज़ील की पुरानी राजधानी क्या थी")]
    [TestCase("hi-IN", "रूस की प्राचीन राजधानी बताओ")]
    [TestCase("nl-NL", "mijn oma vraagt hoe laat het is")]
    [TestCase("nl-NL", "wat was de eerste hoofdstad van brazilië")]
    [TestCase("nl-NL", "wat was de oude hoofdstad van rusland")]
    [TestCase("nl-NL", "wat is de voormalige hoofdstad van nigeria")]
    [TestCase("hi-IN", "भारत की दूसरी राजधानी कौन सी है")]
    [TestCase("hi-IN", "जापान की पूर्व राजधानी क्या थी")]
    [TestCase("nl-NL", "wat was de vroegere hoofdstad van duitsland")]
    [TestCase("nl-NL", "wat is de tweede hoofdstad van bolivia")]
    public void A_second_pass_question_about_no_capital_of_today_falls_back(string locale, string utterance)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }

    [TestCase("एलेक्सा दुनिया की राजधानियाँ से बात करो")]
    [TestCase("दुनिया की राजधानियाँ से बात करनी है")]
    [TestCase("अलेक्सा दुनिया की राजधानियाँ से बात कीजिए")]
    [TestCase("अलेक्सा दुनिया की राजधानियाँ से बात कराइए")]
    public void A_hindi_talk_to_phrase_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "दुनिया की राजधानियाँ", "hi-IN").Kind, Is.EqualTo(UtteranceKind.Launch));
    }
}
