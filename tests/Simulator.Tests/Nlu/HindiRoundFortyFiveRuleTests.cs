using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 45 tuning (interactionModel/README.md, *Round 45 tuning for Hindi
/// (session 47)*), each tried on sentences of our own rather than the corpus lines: Rajasthani / Bundeli / Awadhi stop
/// forms (variants "ज्या", "ग्यो", "गओ", "घणो", "होय"; joins "है गया" -> "हो गया", "ईं नै" -> "इसे"); the Nimadi cancel tail
/// "नी कई नी"; reason openers "मेरा / मेरे / म्हारे / म्हारो / म्हारा"; skill words "भज्जा", "मुंशी", "प्रोग्राम", "इंस्ट्रक्टर",
/// "जान", "बुज़ुर्ग"; help cues "क्या क्या करता है", "इसमें क्या क्या होता है" and Awadhi forms ("पूछ सकित है", "समझ न आवा",
/// "हम्मै", "मुझको"); launch words around "(ना) जान"; reverse-question joins "कुणसा राज्य / देश की", "कौन देश की",
/// "राजधानी छे", "काई छे / हे", "राज कै राजधानी"; the place reference "उठै की"; not-places ("मसल्स", "इत्र", "शेखावाटी",
/// "ग्वालियर रियासत", "पूर्वी पाकिस्तान"); and out-of-domain neighbours that must still fall back.</summary>
public class HindiRoundFortyFiveRuleTests
{
    [TestCase("बस कर अब मेरा सिर दुख रहा है", "AMAZON.StopIntent")]
    [TestCase("बंद करो अब म्हारे सोणो है", "AMAZON.StopIntent")]
    [TestCase("बंद कर दे रे ईं नै अब", "AMAZON.StopIntent")]
    [TestCase("बंद करो भज्जा अब सोना है", "AMAZON.StopIntent")]
    [TestCase("चुप हो जा भज्जा बहुत है गओ", "AMAZON.StopIntent")]
    [TestCase("चुप रह ज्या अब बहुत हो ग्यो", "AMAZON.StopIntent")]
    [TestCase("अब बंद होय जा", "AMAZON.StopIntent")]
    [TestCase("रहने दो नी कई नी", "AMAZON.CancelIntent")]
    [TestCase("छोड़ दो मुंशी जी बाद में पूछेंगे", "AMAZON.CancelIntent")]
    [TestCase("इस प्रोग्राम से क्या क्या पूछ सकित है", "AMAZON.HelpIntent")]
    [TestCase("ये प्रोग्राम क्या क्या करता है", "AMAZON.HelpIntent")]
    [TestCase("जान ये गेम कैसे चलता है", "AMAZON.HelpIntent")]
    [TestCase("हम्मै समझ न आवा कैसे पूछें", "AMAZON.HelpIntent")]
    [TestCase("हम्मै समझ न आवा ई गेम कैसे चलत है", "AMAZON.HelpIntent")]
    [TestCase("मुझको मदद चाहिए इस गेम में", "AMAZON.HelpIntent")]
    [TestCase("इस स्किल में क्या क्या होता है", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("दुनिया की राजधानियाँ खोलो ना जान")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches("hi-IN", utterance);

    [TestCase("लखनऊ कुणसा राज्य की राजधानी है", "lucknow")]
    [TestCase("नैरोबी कौन देश की राजधानी है", "nairobi")]
    [TestCase("काठमांडू किसकी राजधानी छे", "kathmandu")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("hi-IN", utterance, id);

    [TestCase("नेपाल की राजधानी काई छे", "NP")]
    [TestCase("पेरू की राजधानी काई हे", "PE")]
    [TestCase("बिहार राज कै राजधानी कौन सहर अहै", "IN-BR")]
    [TestCase("म्हारो भाई केन्या में है उठै की राजधानी कांई है", "KE")]
    [TestCase("पाकिस्तान की राजधानी क्या है", "PK")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("भूटान कुणसा देस में है")]
    [TestCase("इत्र कहाँ बनता है")]
    [TestCase("मसल्स कैसे बनाएं")]
    [TestCase("ग्वालियर रियासत के राजा कौन थे")]
    [TestCase("पूर्वी पाकिस्तान कब बना")]
    [TestCase("लाइट बंद कर दे रे ईं नै")]
    [TestCase("गाना बंद करो भज्जा")]
    [TestCase("फ्रिज क्या क्या करता है")]
    [TestCase("बैंक में क्या क्या होता है")]
    [TestCase("जान मेरी बात सुनो")]
    [TestCase("जान गाना चलाओ ना")]
    [TestCase("जान की कीमत क्या है")]
    [TestCase("बंद करो मेरा गाना")]
    [TestCase("मेरा नाम क्या है")]
    [TestCase("राज की राजधानी कौन सी है")]
    [TestCase("बाबर का जन्म कौन देश की धरती पर हुआ")]
    [TestCase("गणित समझ न आवा")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
