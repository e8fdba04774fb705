using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 44 tuning (interactionModel/README.md, *Round 44 tuning for Hindi
/// (session 46)*), each tried on sentences of our own rather than the corpus lines: Awadhi / Bhojpuri / Maithili cancel
/// joins "रहे देया", "छोड़ी दहो", "छोड़ देया", "जाय देया / दहो", "जाबा दो", "कउनो बात नहीं"; "कैंसल कीजिए"; stop joins
/// "चुप्पे रहो / रहा", "चुप भी करो", "करी दहो", "कर द्या" and Sindhi "चुप थी वञ"; reason openers after a stop or a cancel
/// (a guest, a watch, a bhabhi, "मियाँ", a doctor, a field, "अपन", "अब"); people addressed or served around a built-in
/// request as skill words ("सा", "साहब", "सिस्टर", "गेस्ट", "किसान", "कैडेट", "आंटी", "भाभी", "मियाँ"); help cues "कौन से देश
/// पूछ सकते", "क्या करता है", "कैसे चलता है", "शुरू से समझाओ" and Rajasthani / Maithili forms ("इमें", "पूछ सकां छां",
/// "करै छै", "चलै छै", "कैसें", "इहमा"); launch words around ("चौपाल पर", "नाइट ड्यूटी है", "भाभी जी के लिए") and "खोल
/// देया"; not-places ("पाक अधिकृत कश्मीर", "सोयाबीन"); and out-of-domain neighbours that must still fall back.</summary>
public class HindiRoundFortyFourRuleTests
{
    [TestCase("रहे देया हम बाद में पूछब", "AMAZON.CancelIntent")]
    [TestCase("जाय देया कोई बात नहीं", "AMAZON.CancelIntent")]
    [TestCase("छोड़ी दहो भइया", "AMAZON.CancelIntent")]
    [TestCase("रहने दो गेस्ट चले गए", "AMAZON.CancelIntent")]
    [TestCase("रहने दो भाभी जी आ गईं", "AMAZON.CancelIntent")]
    [TestCase("रहने दो मियाँ अपन बाद में देखेंगे", "AMAZON.CancelIntent")]
    [TestCase("कैंसल कीजिए सर", "AMAZON.CancelIntent")]
    [TestCase("बंद करो मियाँ बहुत सुन लिया", "AMAZON.StopIntent")]
    [TestCase("बंद करो डॉक्टर साहब आ गए", "AMAZON.StopIntent")]
    [TestCase("बंद करो अब सोना है", "AMAZON.StopIntent")]
    [TestCase("चुप्पे रहो", "AMAZON.StopIntent")]
    [TestCase("चुप भी करो अब", "AMAZON.StopIntent")]
    [TestCase("बंद करी दहो भैया", "AMAZON.StopIntent")]
    [TestCase("चुप थी वञ", "AMAZON.StopIntent")]
    [TestCase("सिस्टर के लिए बताओ ये स्किल क्या करती है", "AMAZON.HelpIntent")]
    [TestCase("ये गेम क्या करता है", "AMAZON.HelpIntent")]
    [TestCase("ई कैसें चलै छै बताओ", "AMAZON.HelpIntent")]
    [TestCase("कौन से देश पूछ सकते हैं", "AMAZON.HelpIntent")]
    [TestCase("शुरू से समझाओ", "AMAZON.HelpIntent")]
    [TestCase("इमें कांई पूछ सकां छां", "AMAZON.HelpIntent")]
    [TestCase("किसान भाई हूँ समझाओ कैसे पूछूँ", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("चौपाल पर दुनिया की राजधानियाँ खोलो")]
    [TestCase("नाइट ड्यूटी है दुनिया की राजधानियाँ चलाओ")]
    [TestCase("दुनिया की राजधानियाँ खोल देया")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches("hi-IN", utterance);

    [TestCase("बंद करो अब जापान की राजधानी बताओ", "JP")]
    [TestCase("रहने दो अब पेरू की राजधानी बताओ", "PE")]
    [TestCase("जर्मनी की राजधानी क्या है", "DE")]
    [TestCase("संयुक्त अरब अमीरात की राजधानी", "AE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("गाना बंद करो अब")]
    [TestCase("पंखा बंद करो डॉक्टर आ गए")]
    [TestCase("टीवी चुप भी करो")]
    [TestCase("फ्रिज क्या करता है")]
    [TestCase("ये मशीन कैसे चलता है")]
    [TestCase("शुरू से समझाओ गणित")]
    [TestCase("डॉक्टर क्या करता है")]
    [TestCase("चौपाल पर गाना चलाओ")]
    [TestCase("संयुक्त राष्ट्र का मुख्यालय कहाँ है")]
    [TestCase("पाक अधिकृत कश्मीर की राजधानी बताओ")]
    [TestCase("सोयाबीन राजधानी कौन सा शहर है")]
    [TestCase("बंगाल की खाड़ी")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
