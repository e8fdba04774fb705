using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 29 tuning (README section *Round 29 tuning for Hindi (session 29)*), each tried on
/// sentences of our own rather than the corpus lines: address words and tags ("सायबा", "कोंग", "दद्दा", "बिन्ना", "मेट",
/// "लाह", "बाह", "मेहरबानी"), leads ("रील बनानी है", "क्विज़ में आया", "इतिहास की किताब में"), Bundeli, Magahi and Bagheli
/// forms ("राजधानी को नाम", "कउन शहर हइ", "राजधानी आय", "उनखर", "चला दहो", "नईं आ रओ"), the Tamil "इल्लै" in a repair,
/// reverse questions with "ये शहर किसकी" and "नाम की राजधानी किसकी है", the slip "राजदानी", "क्या होती हैं"; cancel, stop
/// and help cues of Tamil, Konkani, Singlish and Australian speakers ("वेण्डाम", "नाका", "नेवर माइंड", "पोदुम", "स्टॉप नाउ",
/// "हेल्प पण्णुंगो", "कइसे पूछी"); with out-of-domain neighbours that must still fall back.</summary>
public class HindiRoundTwentyNineRuleTests
{
    private const string Locale = "hi-IN";

    [TestCase("बाह और पेरू का", "PE", Description = "'बाह' lead of a follow-up")]
    [TestCase("सायबा केन्या की राजधानी क्या है", "KE", Description = "Konkani address 'सायबा'")]
    [TestCase("ग्रीस की राजदानी बताओ", "GR", Description = "slip 'राजदानी'")]
    [TestCase("रील बनानी है जापान की राजधानी क्या है", "JP", Description = "'रील बनानी है'")]
    [TestCase("स्पेन के राजधानी कउन शहर हइ", "ES", Description = "Magahi 'हइ'")]
    [TestCase("पुर्तगाल की राजधानी को नाम बताओ", "PT", Description = "Bundeli 'को नाम'")]
    [TestCase("हंगरी की राजधानी क्या होती हैं", "HU", Description = "'क्या होती हैं'")]
    [TestCase("फ़िनलैंड का इल्लै स्वीडन की राजधानी बोलो", "SE", Description = "Tamil 'इल्लै' in a repair")]
    [TestCase("मोरक्को से मेहमान आए रहें उनखर राजधानी का आय", "MA", Description = "Bagheli 'उनखर'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("छोड़ो कोंग", "AMAZON.CancelIntent")]
    [TestCase("नाका कैंसल करो", "AMAZON.CancelIntent")]
    [TestCase("रहन दो दद्दा", "AMAZON.CancelIntent")]
    [TestCase("नेवर माइंड मेट", "AMAZON.CancelIntent")]
    [TestCase("पोदुम पोदुम", "AMAZON.StopIntent")]
    [TestCase("बस बाह स्टॉप नाउ", "AMAZON.StopIntent")]
    [TestCase("स्टॉप करो मेहरबानी", "AMAZON.StopIntent")]
    [TestCase("ददा इसमें कइसे पूछी", "AMAZON.HelpIntent")]
    [TestCase("अक्का हेल्प पण्णुंगो", "AMAZON.HelpIntent")]
    [TestCase("समझ नईं आ रओ", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("बिन्ना दुनिया की राजधानियाँ खोलो")]
    [TestCase("दुनिया की राजधानियाँ चला दहो")]
    public void Opening_the_skill_as_users_say_it_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("केरल की मसाला राजधानी कहाँ है")]
    [TestCase("सिसली की राजधानी कहाँ है")]
    [TestCase("मैं ये गाना नहीं चाहता")]
    [TestCase("लाइट बंद करो मेट")]
    [TestCase("रील बनानी है आज क्या पहनूँ")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
