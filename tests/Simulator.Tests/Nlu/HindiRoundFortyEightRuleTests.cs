using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 48 tuning (interactionModel/README.md, *Round 48 tuning for Hindi
/// (session 52)*), each tried on sentences of our own rather than the corpus lines: cancels in Bhili ("कोई बात नखे"),
/// Mauritian ("लैस तोम्बे"), Telugu-Hindi ("वद्दु") and Hinglish ("स्क्रैप करो"); stops "विराम कर दो",
/// "स्टॉप करो", Garhwali "रुकि जाओ", Malvi "बंद करो नी", Mauritian "आरेते"; reason openers after a stop or a cancel (the
/// host gone, going live, the aarti or the meeting starting, "गाइज़", "थोड़ी / कुछ देर", "कुछ और बात करते हैं"); help
/// phrasings ("इसका तरीका समझाओ", "फ़ीचर्स", "राजधानी कैसे पूछते हैं", "हेल्प मेन्यू खोलो", "उदाहरण दो") and the Mauritian
/// cue "मो पा कोनप्रान"; the launch verb "लगाओ" and words around ("हरी ओम", "दुकान बंद होने के बाद", "टीम बिल्डिंग है");
/// fillers (a relative who asks, "चाची पूछ रही हैं"; devotional greetings; "हिंदी में बताओ"; newsroom and delivery
/// errands; Karkhandari "पूछ रिये हैं"; Garhwali "मि तैं", "कख च"; Sarnami "होफ़्दस्ताद"); and out-of-domain neighbours
/// that must still fall back.</summary>
public class HindiRoundFortyEightRuleTests
{
    [TestCase("रहने दो यजमान आ गए", "AMAZON.CancelIntent")]
    [TestCase("रहने दो कुछ और बात करते हैं", "AMAZON.CancelIntent")]
    [TestCase("कोई बात नखे", "AMAZON.CancelIntent")]
    [TestCase("लैस तोम्बे", "AMAZON.CancelIntent")]
    [TestCase("स्क्रैप करो", "AMAZON.CancelIntent")]
    [TestCase("वद्दु वद्दु", "AMAZON.CancelIntent")]
    [TestCase("स्टॉप करो लाइव जाना है", "AMAZON.StopIntent")]
    [TestCase("स्टॉप कर दो गाइज़", "AMAZON.StopIntent")]
    [TestCase("विराम कर दो पूजा शुरू हो रही है", "AMAZON.StopIntent")]
    [TestCase("चुप रहो कुछ देर", "AMAZON.StopIntent")]
    [TestCase("बस करो मीटिंग शुरू हो गई", "AMAZON.StopIntent")]
    [TestCase("रुकि जाओ", "AMAZON.StopIntent")]
    [TestCase("आरेते", "AMAZON.StopIntent")]
    [TestCase("बंद करो नी", "AMAZON.StopIntent")]
    [TestCase("इसका तरीका समझाओ", "AMAZON.HelpIntent")]
    [TestCase("इसमें क्या क्या फ़ीचर्स हैं", "AMAZON.HelpIntent")]
    [TestCase("देश की राजधानी कैसे पूछते हैं", "AMAZON.HelpIntent")]
    [TestCase("हेल्प मेन्यू खोलो", "AMAZON.HelpIntent")]
    [TestCase("कोई उदाहरण दो", "AMAZON.HelpIntent")]
    [TestCase("मो पा कोनप्रान", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("दुनिया की राजधानियाँ लगाओ")]
    [TestCase("हरी ओम दुनिया की राजधानियाँ चलाओ")]
    [TestCase("दुनिया की राजधानियाँ खोलो दुकान बंद होने के बाद")]
    [TestCase("दुनिया की राजधानियाँ खोलो टीम बिल्डिंग है")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches("hi-IN", utterance);

    [TestCase("चाची पूछ रही हैं घाना की राजधानी क्या है", "GH")]
    [TestCase("मामा पूछ रहे हैं केन्या की राजधानी बताओ", "KE")]
    [TestCase("इटली की राजधानी बताओ ब्रेकिंग न्यूज़ चलानी है", "IT")]
    [TestCase("ऑर्डर उठाना है जल्दी बताओ क्यूबा की राजधानी", "CU")]
    [TestCase("पेरू की राजधानी हिंदी में बताओ", "PE")]
    [TestCase("जय माता दी नेपाल की राजधानी क्या है", "NP")]
    [TestCase("जापान कि राजधानी कख च मि तैं बतै दे", "JP")]
    [TestCase("नॉर्वे के होफ़्दस्ताद का हय", "NO")]
    [TestCase("पूजा के बाद बताना मिस्र की राजधानी", "EG")]
    [TestCase("पूछ रिये हैं चिली की राजधानी कौन सी है", "CL")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("राजधानी शब्द कहाँ से आया")]
    [TestCase("गाइज़ आज का व्लॉग देखो")]
    [TestCase("यजमान चले गए")]
    [TestCase("मीटिंग शुरू हो गई")]
    [TestCase("थोड़ी देर")]
    [TestCase("इसका तरीका गलत है")]
    [TestCase("खाना बनाने का तरीका बताओ")]
    [TestCase("हिंदी में बताओ")]
    [TestCase("जय श्री राम")]
    [TestCase("ऑर्डर पिकअप करना है")]
    [TestCase("प्रकाश संश्लेषण का उदाहरण दो")]
    [TestCase("लाइव मैच लगा दो")]
    [TestCase("गाना लगा दो")]
    [TestCase("स्टॉप मीटिंग")]
    [TestCase("राजधानी को हिंदी में क्या कहते हैं")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
