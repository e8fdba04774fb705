using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families round 17 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 17 tuning for Hindi*), each tested with sentences of its kind that no corpus has: the Awadhi genitive "कै",
/// "अहै", "हमका", "देव", "तनिक", the Haryanvi "कोनी बेरा", "थारे" and "साहब", address words ("मियाँ"), "अगला" before a
/// bare place, quiz-show and timer clauses, Switzerland's formal name, and built-in wordings of help, stop, cancel and
/// launch in these dialects.</summary>
public class HindiRoundSeventeenRuleTests
{
    private static Interpretation Recognize(string text) => LocaleNlu.Recognize("hi-IN", text);

    private static UtteranceKind KindOf(string utterance) => LocalSkill.NluFor("hi-IN").ParseForm(utterance).Kind;

    [TestCase("भैया ईरान कै राजधानी का है", "IR")]
    [TestCase("तनिक बताय देव पोलैंड कै राजधानी", "PL")]
    [TestCase("हमका बिहार कै राजधानी बताओ", "IN-BR")]
    [TestCase("ई बताओ केन्या कै राजधानी कहाँ है", "KE")]
    [TestCase("चिली कै राजधानी का अहै", "CL")]
    [TestCase("तुर्की कै राजधानी तनिक बोलो", "TR")]
    [TestCase("थारे तै इतना भी कोनी बेरा कि पेरू की राजधानी के सै", "PE")]
    [TestCase("साहब पूछ रहे हैं कि मिस्र की राजधानी के सै", "EG")]
    [TestCase("मियाँ इराक की राजधानी बताओ", "IQ")]
    [TestCase("अगला मंगोलिया", "MN")]
    [TestCase("अगली ग्रीस", "GR")]
    [TestCase("टाइमर चल रहा है जल्दी बताओ चाड की राजधानी क्या है", "TD")]
    [TestCase("लॉक करने से पहले पक्का कर लूँ पेरू की राजधानी लीमा है ना", "PE")]
    [TestCase("स्विस कॉन्फ़ेडरेशन की राजधानी क्या है", "CH")]
    [TestCase("स्विस परिसंघ की राजधानी बताओ", "CH")]
    public void A_round_seventeen_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("हेल्प मेनू बताओ", "AMAZON.HelpIntent")]
    [TestCase("पहले नियम बता दो फिर पूछूँगा", "AMAZON.HelpIntent")]
    [TestCase("बच्चों को समझाओ ये कैसे चलता है", "AMAZON.HelpIntent")]
    [TestCase("इसमें का पूछी", "AMAZON.HelpIntent")]
    [TestCase("बस करो भैया अब सोने जाना है", "AMAZON.StopIntent")]
    [TestCase("बंद करो मियाँ", "AMAZON.StopIntent")]
    [TestCase("एक्ज़िट कर दो", "AMAZON.StopIntent")]
    [TestCase("हम जा रहे हैं बंद कीजिए", "AMAZON.StopIntent")]
    [TestCase("अब हम चलते हैं", "AMAZON.StopIntent")]
    [TestCase("छोड़ देव", "AMAZON.CancelIntent")]
    [TestCase("रहण दे", "AMAZON.CancelIntent")]
    [TestCase("रहने दो कौनो बात नाहीं", "AMAZON.CancelIntent")]
    public void A_round_seventeen_built_in_wording_is_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("दुनिया की राजधानियाँ शुरू कीजिए बच्चे खेलेंगे")]
    [TestCase("एलेक्सा दुनिया की राजधानियाँ खोलो हम पूछेंगे")]
    [TestCase("दुनिया की राजधानियाँ चालू करो मैं पूछूँगी")]
    public void A_round_seventeen_launch_with_a_reason_is_a_launch(string utterance)
    {
        Assert.That(KindOf(utterance), Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("बच्चे पूछेंगे")]
    [TestCase("भैया टाइमर लगा दो")]
    [TestCase("हमका गाना सुनाओ")]
    [TestCase("अगला गाना बजाओ")]
    [TestCase("मियाँ आज मौसम कैसा है")]
    public void A_round_seventeen_out_of_domain_neighbour_still_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
