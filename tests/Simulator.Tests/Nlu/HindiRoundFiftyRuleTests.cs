using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 50 tuning (interactionModel/README.md, *Round 50 tuning for Hindi
/// (session 56)*), each tried on sentences of our own rather than the corpus lines: cancels with someone who refused
/// ("पैसेंजर ने मना कर दिया", "मम्मी मना कर रही हैं") or got off ("यात्री उतर गया"), "मना कर दो", "ड्रॉप कर दो", Nepali
/// "रद्द गर्नुस", "क्यान्सल गर" and Sanskrit "अलम्"; stops with a reason (a train that came, "ट्रेन आ गई"; a time that came,
/// "लंच टाइम हो गया", "नमाज़ का टाइम हो गया"), Mewari "सगळो बंद करो", Nepali "बन्द गर्नुस", "बस पुग्यो" and Sanskrit
/// "विरमतु"; help phrasings ("ये ऐप क्या करता है समझाओ", "निर्देश चाहिए", "ये गेम समझाओ", Sanskrit "कथं पृच्छामि",
/// Nepali "मद्दत गर्नुस") and fillers around them (someone to tell it to, "दादी को बताना है"; who the speaker is,
/// "ड्राइवर हूँ", "कम पढ़ा लिखा हूँ"); fillers of the setting (a flight, a wedding's sangeet or mehndi and its host, a
/// bonfire, "दुन्नो"); "उस टापू की" after the island named; follow-ups that name the neighbour or the place before
/// ("भारत के बगल में नेपाल की", "बिहार के बाद झारखंड की", "स्पेन का पड़ोसी पुर्तगाल"); Caribbean Bhojpuri "राजधानी का हौ",
/// "हौ ना" and Sanskrit "राज्यस्य / देशस्य राजधानी का (अस्ति)"; and out-of-domain neighbours (empires and regions that
/// are no state, a light to drop, a game of ludo, a fan to switch off) that must still fall back.</summary>
public class HindiRoundFiftyRuleTests
{
    [TestCase("कैंसल करो पैसेंजर ने मना कर दिया", "AMAZON.CancelIntent")]
    [TestCase("रहने दो मम्मी मना कर रही हैं", "AMAZON.CancelIntent")]
    [TestCase("यात्री उतर गया कैंसल करो", "AMAZON.CancelIntent")]
    [TestCase("यो क्यान्सल गर", "AMAZON.CancelIntent")]
    [TestCase("रद्द गर्नुस", "AMAZON.CancelIntent")]
    [TestCase("इसे ड्रॉप कर दो", "AMAZON.CancelIntent")]
    [TestCase("मना कर दो", "AMAZON.CancelIntent")]
    [TestCase("अलम्", "AMAZON.CancelIntent")]
    [TestCase("बस करो ट्रेन आ गई", "AMAZON.StopIntent")]
    [TestCase("बंद करो लंच टाइम हो गया", "AMAZON.StopIntent")]
    [TestCase("नमाज़ का टाइम हो गया बंद करो", "AMAZON.StopIntent")]
    [TestCase("स्टॉप करो स्कूल का टाइम हो गया", "AMAZON.StopIntent")]
    [TestCase("सगळो बंद करो", "AMAZON.StopIntent")]
    [TestCase("बन्द गर्नुस", "AMAZON.StopIntent")]
    [TestCase("बस पुग्यो", "AMAZON.StopIntent")]
    [TestCase("विरमतु", "AMAZON.StopIntent")]
    [TestCase("ये ऐप क्या करता है समझाओ", "AMAZON.HelpIntent")]
    [TestCase("दादी को बताना है ये क्या क्या करती है", "AMAZON.HelpIntent")]
    [TestCase("मुझे निर्देश चाहिए", "AMAZON.HelpIntent")]
    [TestCase("ड्राइवर हूँ कम पढ़ा लिखा हूँ कैसे पूछूं बताओ", "AMAZON.HelpIntent")]
    [TestCase("ये गेम समझाओ ज़रा", "AMAZON.HelpIntent")]
    [TestCase("कथं पृच्छामि", "AMAZON.HelpIntent")]
    [TestCase("मद्दत गर्नुस", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("फ़्लाइट से पहले जापान की कैपिटल बता दो", "JP")]
    [TestCase("मेहंदी में होस्ट को चाहिए केन्या की राजधानी", "KE")]
    [TestCase("अलाव के पास बैठे हैं नेपाल की राजधानी बताओ", "NP")]
    [TestCase("दुन्नो फ़िजी की राजधानी क्या है", "FJ")]
    [TestCase("दवा मॉरीशस भेजनी है उस टापू की राजधानी", "MU")]
    [TestCase("और भारत के बगल में नेपाल की", "NP")]
    [TestCase("अच्छा अब बिहार के बाद झारखंड की बताओ", "IN-JH")]
    [TestCase("और स्पेन का पड़ोसी पुर्तगाल की", "PT")]
    [TestCase("अच्छा और चीन के बगल वाला मंगोलिया का क्या", "MN")]
    [TestCase("फ़िजी के राजधानी का हौ", "FJ")]
    [TestCase("गुयाना के राजधानी जॉर्जटाउन हौ ना", "GY")]
    [TestCase("केरल राज्यस्य राजधानी का", "IN-KL")]
    [TestCase("भूटान देशस्य राजधानी का अस्ति", "BT")]
    [TestCase("हमारे इलाके में पटना की राजधानी नहीं बोलते बिहार की राजधानी बताओ", "IN-BR")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("मुग़ल सल्तनत की राजधानी क्या थी")]
    [TestCase("ब्रिटिश भारत की राजधानी कौन सी थी")]
    [TestCase("बघेलखंड की राजधानी बताओ")]
    [TestCase("हमारे इलाके कुमाऊँ की राजधानी बताओ")]
    [TestCase("रावण की लंका कहाँ थी")]
    [TestCase("हमारे इलाके में बारिश कब होगी")]
    [TestCase("ट्रेन आ गई")]
    [TestCase("लाइट ड्रॉप कर दो")]
    [TestCase("डॉक्टर ने मना किया है मीठा खाना")]
    [TestCase("गेम समझाओ लूडो का")]
    [TestCase("एक के बाद एक गाना चलाओ")]
    [TestCase("भारत का पड़ोसी कौन है")]
    [TestCase("दिवाली के बाद छुट्टी कब है")]
    [TestCase("उस टापू पर कितने लोग रहते हैं")]
    [TestCase("मना है यहाँ सिगरेट पीना")]
    [TestCase("पंखा बंद करो नमाज़ का टाइम हो गया")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
