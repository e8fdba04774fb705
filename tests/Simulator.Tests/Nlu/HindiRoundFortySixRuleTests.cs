using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 46 tuning (interactionModel/README.md, *Round 46 tuning for Hindi
/// (session 49)*), each tried on sentences of our own rather than the corpus lines: Nepali and Maithili cancels
/// ("छोडिदेउ", "भो पर्दैन", "किछु नै"); reason openers for something that came up or someone watching ("खाना आ गया",
/// "सीरियल शुरू हो गया", "याद आ गया", "टीम लीड", "मैनेजर देख रहा"); skill words for the people around the speaker
/// ("बिटिया", "बहू", "भाई", "मैम"); help cues in Chhattisgarhi, Haryanvi and Maithili ("का करना हे", "कैसे चलावां",
/// "की पुछि सकै छी", "कैसे पूछेंगे") and help phrasings ("ट्यूटोरियल / डेमो", "फ़ीचर", "मदद चाहिए इस खेल में"); launch
/// words around the name ("प्रोजेक्ट / दोस्त के लिए", "बोर हो रहा हूँ", "चाय का ब्रेक है", "रिवीज़न करना है") and Maithili
/// verbs ("खोलि दियौ", "शुरू करू"); Nepali and yes/no sentence endings ("भन्नु न", "है ना सही", "सच में", "है क्या
/// कोई"); fillers "नेक्स्ट वाला", "आई थिंक", "ब्रिटेन के राजा वाले", "नक्शे में"; both-words "तीनूं"; the Maithili repair
/// "नै"; device nouns
/// ("फ्रिज", "इंजन"); and out-of-domain neighbours that must still fall back.</summary>
public class HindiRoundFortySixRuleTests
{
    [TestCase("भो छोडिदेउ अब", "AMAZON.CancelIntent")]
    [TestCase("किछु नै चाही", "AMAZON.CancelIntent")]
    [TestCase("छोड़ दो याद आ गया", "AMAZON.CancelIntent")]
    [TestCase("रहने दो भाई खाना लग गया", "AMAZON.CancelIntent")]
    [TestCase("बंद कर दो मैनेजर देख रहा है", "AMAZON.StopIntent")]
    [TestCase("बंद करो सीरियल शुरू हो गया", "AMAZON.StopIntent")]
    [TestCase("बस करो टीचर देख रही है", "AMAZON.StopIntent")]
    [TestCase("इसका क्या करना है बताओ", "AMAZON.HelpIntent")]
    [TestCase("इसनै कैसे चलावां", "AMAZON.HelpIntent")]
    [TestCase("एहि में की पुछि सकै छी", "AMAZON.HelpIntent")]
    [TestCase("हम कैसे पूछेंगे बताइए", "AMAZON.HelpIntent")]
    [TestCase("इसका ट्यूटोरियल दो", "AMAZON.HelpIntent")]
    [TestCase("डेमो दिखाओ", "AMAZON.HelpIntent")]
    [TestCase("इस स्किल में क्या क्या फ़ीचर हैं", "AMAZON.HelpIntent")]
    [TestCase("हेल्प चाहिए इस खेल में", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("प्रोजेक्ट के लिए दुनिया की राजधानियाँ खोलो")]
    [TestCase("मेरे दोस्त के लिए दुनिया की राजधानियाँ चलाओ")]
    [TestCase("बोर हो रहा हूँ दुनिया की राजधानियाँ खोलो")]
    [TestCase("दुनिया की राजधानियाँ शुरू करू")]
    [TestCase("दुनिया की राजधानियाँ खोलो चाय का ब्रेक है")]
    [TestCase("दुनिया की राजधानियाँ से रिवीज़न करना है खोलो")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches("hi-IN", utterance);

    [TestCase("नेपाल को राजधानी भन्नुस न", "NP")]
    [TestCase("सिक्किम का राजधानी भन्नु न", "IN-SK")]
    [TestCase("काठमांडू नेपाल की राजधानी है ना सही", "NP")]
    [TestCase("दिसपुर असम की राजधानी है सच में", "IN-AS")]
    [TestCase("अंटार्कटिका की राजधानी है क्या कोई", "AQ")]
    [TestCase("नेक्स्ट वाला जापान", "JP")]
    [TestCase("आई थिंक भूटान का कैपिटल थिम्पू है ना", "BT")]
    [TestCase("ब्रिटेन के राजा वाले जर्सी की राजधानी बताओ", "JE")]
    [TestCase("नक्शे में पेरू की राजधानी कौन सी है", "PE")]
    [TestCase("बोलीविया के तीनूं कैपिटल बताओ", "BO")]
    [TestCase("ओडिशा नै झारखंड के राजधानी कहु", "IN-JH")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("ब्राज़ील के तीनूं राज्य")]
    [TestCase("खाना आ गया")]
    [TestCase("मैच शुरू हो गया क्या")]
    [TestCase("यूट्यूब पे ट्यूटोरियल चलाओ")]
    [TestCase("इस फ़ोन में क्या क्या फ़ीचर हैं")]
    [TestCase("खाना कैसे बनाते हैं")]
    [TestCase("बोर हो रहा हूँ")]
    [TestCase("होमवर्क के लिए गाना चलाओ")]
    [TestCase("मैम ने क्या बताया था")]
    [TestCase("नागपुर में मौसम कैसा है")]
    [TestCase("फ्रिज बंद कर दो")]
    [TestCase("पुणे से मुंबई कितनी दूर है")]
    [TestCase("बंद करो मैच")]
    [TestCase("नई दिल्ली कब बसाई गई")]
    [TestCase("डेमो क्लास कब है")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
