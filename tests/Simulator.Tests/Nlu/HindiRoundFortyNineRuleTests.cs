using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 49 tuning (interactionModel/README.md, *Round 49 tuning for Hindi
/// (session 54)*), each tried on sentences of our own rather than the corpus lines: cancels "ये सवाल कैंसल
/// करो", "छोड़ बे" and reasons after them (someone who said no or said it wrong: "कस्टमर ने मना कर दिया", "गलत सवाल था");
/// stops with a reason (a place reached or opened, "स्टेशन आ गया", "बाजार खुल गया"; something about to start, "क्लास
/// शुरू होने वाली है"); help phrasings ("फिर से समझाओ", "हेल्प मी प्लीज़", "कोई
/// गाइड है", "कैसे यूज़ करूं", Haryanvi "के के पूछ सकूं", Marathi "कसं वापरायचं", Assamese "मोक हेल्प कोरिबा"); the
/// launch verb "खुलवाओ" and words around ("बच्चे बैठे हैं", "भई"); fillers (a boss, foreman or teacher who asks; a break,
/// an argument or a test paper that brought the question up; "ठीक है उसके बाद", "इसके बगल वाले"; "ऐ मैन"); Ahirani "नी
/// राजधानी ... सांग ना", Halbi "चो राजधानी काय आय", Nagamese "लगा राजधानी की आसे", Khortha "राज केर राजधानी",
/// "पूछत हथ", Tulu "पनले"; "(a city) वाली राजधानी"; and out-of-domain neighbours (regions
/// that are no state, "कोयले / जादू की ...") that must still fall back.</summary>
public class HindiRoundFortyNineRuleTests
{
    [TestCase("कैंसल करो कस्टमर ने मना कर दिया", "AMAZON.CancelIntent")]
    [TestCase("रहने दो गलत सवाल था", "AMAZON.CancelIntent")]
    [TestCase("ये सवाल कैंसल करो", "AMAZON.CancelIntent")]
    [TestCase("छोड़ बे", "AMAZON.CancelIntent")]
    [TestCase("बंद करो स्टेशन आ गया", "AMAZON.StopIntent")]
    [TestCase("बस करो क्लास शुरू होने वाली है", "AMAZON.StopIntent")]
    [TestCase("स्टॉप बाजार खुल गया", "AMAZON.StopIntent")]
    [TestCase("फिर से समझाओ कैसे पूछना है", "AMAZON.HelpIntent")]
    [TestCase("हेल्प मी प्लीज़", "AMAZON.HelpIntent")]
    [TestCase("इस गेम का कोई गाइड है", "AMAZON.HelpIntent")]
    [TestCase("कैसे यूज़ करूं", "AMAZON.HelpIntent")]
    [TestCase("के के पूछ सकूं", "AMAZON.HelpIntent")]
    [TestCase("हे कसं वापरायचं", "AMAZON.HelpIntent")]
    [TestCase("मोक हेल्प कोरिबा", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("दुनिया की राजधानियाँ खुलवाओ")]
    [TestCase("दुनिया की राजधानियाँ खोल दो बच्चे बैठे हैं")]
    [TestCase("भई दुनिया की राजधानियाँ खुलवा दो")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches("hi-IN", utterance);

    [TestCase("सुपरवाइज़र पूछ रहे हैं बिहार की राजधानी क्या है", "IN-BR")]
    [TestCase("लंच ब्रेक में फ़्रांस की राजधानी बताओ", "FR")]
    [TestCase("दोस्तों में बहस हुई चीन की राजधानी क्या है", "CN")]
    [TestCase("पेपर में आया था मिस्र की राजधानी बताओ", "EG")]
    [TestCase("ठीक है उसके बाद जापान की", "JP")]
    [TestCase("इसके बगल वाले भूटान की", "BT")]
    [TestCase("ऐ मैन क्यूबा की कैपिटल क्या है", "CU")]
    [TestCase("चीन चो राजधानी काय आय", "CN")]
    [TestCase("पेरू लगा राजधानी की आसे", "PE")]
    [TestCase("ओडिशा राज केर राजधानी कोन", "IN-OD")]
    [TestCase("दादी पूछत हथ भूटान की राजधानी कोन", "BT")]
    [TestCase("केरल की राजधानी पनले", "IN-KL")]
    [TestCase("बहन पूछ रही ला चीन का राजधानी", "CN")]
    [TestCase("तब तक बताओ इटली की राजधानी", "IT")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("टोक्यो वाली राजधानी किस देश की है", "tokyo")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("hi-IN", utterance, id);

    [TestCase("कच्छ का रण कहाँ है")]
    [TestCase("खानदेश की राजधानी बताओ")]
    [TestCase("कोयले की राजधानी कौन सी है")]
    [TestCase("जादू की किताब दिखाओ")]
    [TestCase("मैडम ने बोला होमवर्क करो")]
    [TestCase("स्टेशन आ गया")]
    [TestCase("टेस्ट शुरू होने वाला है")]
    [TestCase("दरवाज़ा खुलवा दो")]
    [TestCase("दोस्तों में बहस हुई")]
    [TestCase("उसके बाद क्या हुआ")]
    [TestCase("कोई गाइड है आगरा में")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
