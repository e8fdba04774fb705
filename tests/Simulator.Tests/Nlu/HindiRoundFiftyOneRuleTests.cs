using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 51 tuning (interactionModel/README.md, *Round 51 tuning for Hindi
/// (session 58)*), each tried on sentences of our own rather than the corpus lines: a reason said before a stop or a
/// cancel, closed by what came or began (BuiltInCues <c>reasonClosers</c>: "मेहमान आ गए", "आरती शुरू हो गई", "मुन्ना सो
/// गया") and the same reasons after one as fillers ("बंद करो फ़ोन आ गया", "कीर्तन शुरू हो गया"); cancels Punjabi "छड्डी दे",
/// Bhojpuri "रहइ दऽ", "ये पूछना नहीं था" and the vocative "प्रभु", a hesitant "रुक रुक"; Marathi stop "पुरे"; help "नियम बताइए",
/// "नियम समझाओ इस खेल के", Marathi "आई शपथ", "बच्चा लोग को समझाना है"; launches for a teacher ("गुरु जी के लिए",
/// "मास्टरजी के लिए"); fillers of the setting (a ticket machine, an order that is late), "है ना सार" after a yes-no check,
/// a leading "वो"; "X बॉर्डर के उस पार की", "श्रीलंका टीम के देश"; a dependency or a state described by its country before
/// "उसकी" ("जो डेनमार्क का हिस्सा है", "राज्य जर्मनी वाला"); "हैशमाइट किंगडम ऑफ", "ब्राज़ीलियन स्टेट"; and
/// out-of-domain neighbours (a reason with no request, a request of another topic after it, rules of another game,
/// a summary of a story, tea for the teacher) that must still fall back.</summary>
public class HindiRoundFiftyOneRuleTests
{
    [TestCase("छड्डी दे", "AMAZON.CancelIntent")]
    [TestCase("रहइ दऽ", "AMAZON.CancelIntent")]
    [TestCase("रहने दो प्रभु", "AMAZON.CancelIntent")]
    [TestCase("रुक रुक रहने दो", "AMAZON.CancelIntent")]
    [TestCase("कैंसल कर दो ये पूछना नहीं था", "AMAZON.CancelIntent")]
    [TestCase("बारात आ गई रहने दो", "AMAZON.CancelIntent")]
    [TestCase("पुरे रे", "AMAZON.StopIntent")]
    [TestCase("आरती शुरू हो गई बंद करो", "AMAZON.StopIntent")]
    [TestCase("भजन शुरू हो रहा है बस करो", "AMAZON.StopIntent")]
    [TestCase("मेहमान आ गए बंद करो", "AMAZON.StopIntent")]
    [TestCase("मुन्ना सो गया बंद कर दो", "AMAZON.StopIntent")]
    [TestCase("बंद करो फ़ोन आ गया", "AMAZON.StopIntent")]
    [TestCase("बंद करो कीर्तन शुरू हो गया", "AMAZON.StopIntent")]
    [TestCase("नियम बताइए", "AMAZON.HelpIntent")]
    [TestCase("नियम समझाओ इस खेल के", "AMAZON.HelpIntent")]
    [TestCase("आई शपथ कुछ समझ नहीं आया", "AMAZON.HelpIntent")]
    [TestCase("बच्चा लोग को समझाना है मदद चाहिए", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("दुनिया की राजधानियाँ खोलो गुरु जी के लिए")]
    [TestCase("दुनिया की राजधानियाँ चालू करो मास्टरजी के लिए")]
    public void A_launch_for_someone(string utterance) =>
        LocaleNlu.AssertLaunches("hi-IN", utterance);

    [TestCase("टिकट वाली मशीन में बताओ बिहार की राजधानी क्या है", "IN-BR")]
    [TestCase("डिलीवरी लेट है तब तक जापान की राजधानी बताओ", "JP")]
    [TestCase("भूटान बॉर्डर के उस पार की राजधानी बताओ", "BT")]
    [TestCase("श्रीलंका टीम के देश की राजधानी", "LK")]
    [TestCase("बांग्लादेशी टीम के देश की राजधानी", "BD")]
    [TestCase("फ़िजी की राजधानी सुवा है ना सार", "FJ")]
    [TestCase("वो जापान की राजधानी टोक्यो है ना", "JP")]
    [TestCase("ग्रीनलैंड जो डेनमार्क का हिस्सा है उसकी राजधानी", "GL")]
    [TestCase("प्यूर्टो रिको जो अमेरिका का है उसकी राजधानी", "PR")]
    [TestCase("बवेरिया राज्य जर्मनी वाला उसकी राजधानी", "DE-BY")]
    [TestCase("टेक्सास स्टेट अमेरिका वाला उसकी राजधानी", "US-TX")]
    [TestCase("हैशमाइट किंगडम ऑफ जॉर्डन की राजधानी बताओ", "JO")]
    [TestCase("ब्राज़ीलियन स्टेट बाहिया की राजधानी", "BR-BA")]
    [TestCase("प्रभु मिस्र की राजधानी बताओ", "EG")]
    [TestCase("आई शप्पथ पेरू की राजधानी क्या है", "PE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("हवन शुरू हो रहा है")]
    [TestCase("कॉल आ गई")]
    [TestCase("मैच शुरू हो गया स्कोर बताओ")]
    [TestCase("लाइट आ गई पंखा बंद करो")]
    [TestCase("टीवी आ गया बंद करो")]
    [TestCase("क्रिकेट के नियम बताओ")]
    [TestCase("प्रभु का भजन बजाओ")]
    [TestCase("ऑर्डर लेट है कस्टमर केयर को कॉल करो")]
    [TestCase("वो गाना बजाओ")]
    [TestCase("इस कहानी का सार बताओ")]
    [TestCase("मास्टर जी के लिए चाय बनाओ")]
    [TestCase("नेपाल बॉर्डर के उस पार का मौसम बताओ")]
    [TestCase("मेहमान आ गए चाय बनाओ")]
    [TestCase("बारिश आ गई खिड़की बंद करो")]
    [TestCase("मुझे उससे पूछना नहीं था")]
    [TestCase("टीम के देश का झंडा दिखाओ")]
    [TestCase("नियम बताओ शतरंज के")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
