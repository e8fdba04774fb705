using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 42 tuning (interactionModel/README.md, *Round 42 tuning for Hindi
/// (session 44)*), each tried on sentences of our own rather than the corpus lines: "वही है ना" as a yes-no check;
/// Chhattisgarhi "कौन / कोन राज के", Bundeli "कौन से प्रदेस की"; Maithili "राजधानी की भेल", "पुछैत छथि", "अधिराज्य",
/// "कहू", "तखन", "ओकर बाद"; "तीन ठन", "दोई", "दुनू"; "नइ नइ" as a repair; scenes ("अगला गाना बाद में पहले", "टीम बी के
/// लिए", "टाइमर चालू", "फ़ाइनल राउंड", "सुनने वालों को", Bundeli "तनक"); endings "अमेरिका वाला / में", "पुरानी और नई";
/// cancel with Malayalam "वेंडा", Maithili "रहय दियौ / छोड़ू ओ", Chhattisgarhi "नइ पूछना / कोनो बात नइ", Bundeli "नईं
/// चाने", "छोड़िए ना"; stop with Malayalam "निर्त्तू / मति / मतियायी", Bangla "आर ना", Maithili "चुप रहू / बंद करू",
/// Bundeli "बहुत हो गओ", "गेम ओवर", "चुप हो जा ना"; help with Chhattisgarhi "का पूछंव / समझ नइ आवत", Bangla "बुझते पारछि
/// ना", Maithili "पुछि सकैत छी", "कैसे चलेगा", "चलाना नहीं आता"; not-places (empires, princely states, the Ghats); and
/// out-of-domain neighbours that must still fall back.</summary>
public class HindiRoundFortyTwoRuleTests
{
    [TestCase("पेरू की राजधानी लीमा वही है ना", "PE", Description = "'वही है ना'")]
    [TestCase("केन्या की राजधानी नैरोबी वही है ना", "KE", Description = "'वही है ना'")]
    [TestCase("पोलैंड के राजधानी की भेल", "PL", Description = "Maithili 'राजधानी की भेल'")]
    [TestCase("बाबूजी पुछैत छथि नेपाल के राजधानी की भेल", "NP", Description = "Maithili 'पुछैत छथि'")]
    [TestCase("नेपाल अधिराज्य की राजधानी कहू", "NP", Description = "'अधिराज्य' and Maithili 'कहू'")]
    [TestCase("बोलीविया के तीन ठन राजधानी कोन कोन हे", "BO", Description = "'तीन ठन'")]
    [TestCase("नीदरलैंड की दोई राजधानी बताओ", "NL", Description = "'दोई'")]
    [TestCase("चिली की दोनों राजधानी बताओ पुरानी और नई", "CL", Description = "ending 'पुरानी और नई'")]
    [TestCase("ओहायो की राजधानी क्या है अमेरिका वाला", "US-OH", Description = "ending 'अमेरिका वाला'")]
    [TestCase("ओहायो की राजधानी कौन सी है अमेरिका में", "US-OH", Description = "ending 'अमेरिका में'")]
    [TestCase("तनक बताओ पेरू की राजधानी", "PE", Description = "Bundeli 'तनक'")]
    [TestCase("फ़ाइनल राउंड ग्रीस की राजधानी", "GR", Description = "'फ़ाइनल राउंड'")]
    [TestCase("अगला गाना बाद में पहले केन्या की राजधानी", "KE", Description = "radio 'अगला गाना बाद में पहले'")]
    [TestCase("टीम बी के लिए पेरू की राजधानी क्या है टाइमर चालू", "PE", Description = "quiz 'टीम बी के लिए ... टाइमर चालू'")]
    [TestCase("तखन जापान के", "JP", Description = "Maithili 'तखन' in a follow-up")]
    [TestCase("ओकर बाद केरल के", "IN-KL", Description = "'ओकर बाद' in a follow-up")]
    [TestCase("बिहार नइ नइ असम के राजधानी बता", "IN-AS", Description = "repair 'नइ नइ'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("पटना कोन राज के राजधानी हे", "patna", Description = "Chhattisgarhi 'कोन राज के'")]
    [TestCase("पटना कौन राज के राजधानी हे", "patna", Description = "'कौन राज के'")]
    [TestCase("पटना कौन से प्रदेस की राजधानी आय", "patna", Description = "Bundeli 'कौन से प्रदेस की'")]
    [TestCase("पटना कौन से प्रदेश दी राजधानी है जी", "patna", Description = "Punjabi 'कौन से प्रदेश दी'")]
    public void A_reverse_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("hi-IN", utterance, id);

    [TestCase("छोड़िए ना रहने दीजिए", "AMAZON.CancelIntent")]
    [TestCase("रहय दियौ भैया", "AMAZON.CancelIntent")]
    [TestCase("कोनो बात नइ छोड़ दे", "AMAZON.CancelIntent")]
    [TestCase("वेंडा ये सवाल", "AMAZON.CancelIntent")]
    [TestCase("वेंडा चेट्टा", "AMAZON.CancelIntent")]
    [TestCase("नईं चाने भैया", "AMAZON.CancelIntent")]
    [TestCase("नइ पूछना भैया", "AMAZON.CancelIntent")]
    [TestCase("छोड़ू ओ", "AMAZON.CancelIntent")]
    [TestCase("ये वाला सवाल रद्द करो अगली टीम", "AMAZON.CancelIntent")]
    [TestCase("गेम ओवर अब", "AMAZON.StopIntent")]
    [TestCase("निर्त्तू चेट्टा", "AMAZON.StopIntent")]
    [TestCase("मति मति बस", "AMAZON.StopIntent")]
    [TestCase("मतियायी चेची", "AMAZON.StopIntent")]
    [TestCase("बस करो दीदी आर ना", "AMAZON.StopIntent")]
    [TestCase("चुप रहू आब", "AMAZON.StopIntent")]
    [TestCase("बंद करू बौआ", "AMAZON.StopIntent")]
    [TestCase("अब चुप हो जा ना", "AMAZON.StopIntent")]
    [TestCase("बहुत हो गओ भैया", "AMAZON.StopIntent")]
    [TestCase("बेटा का पूछंव बताओ", "AMAZON.HelpIntent")]
    [TestCase("ये गेम कैसे चलेगा समझाओ", "AMAZON.HelpIntent")]
    [TestCase("मुझे चलाना नहीं आता मदद करो", "AMAZON.HelpIntent")]
    [TestCase("बुझते पारछि ना दादा", "AMAZON.HelpIntent")]
    [TestCase("आमि बुझते पारछि ना ये गेम कैसे खेलते हैं", "AMAZON.HelpIntent")]
    [TestCase("एंताणु ये स्किल कैसे चलती है", "AMAZON.HelpIntent")]
    [TestCase("मोला समझ नइ आवत", "AMAZON.HelpIntent")]
    [TestCase("अहाँ सँ की सब पुछि सकैत छी", "AMAZON.HelpIntent")]
    [TestCase("सुनने वालों को बताइए ये गेम कैसे खेलते हैं", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("मुगल साम्राज्य की राजधानी कौन सी थी")]
    [TestCase("इंका साम्राज्य की राजधानी क्या थी")]
    [TestCase("सिंधिया रियासत की राजधानी क्या थी")]
    [TestCase("पूर्वी घाट की राजधानी कौन सी है")]
    [TestCase("वंदे भारत और राजधानी एक्सप्रेस में कौन तेज़ है")]
    [TestCase("टीवी गेम ओवर करो")]
    [TestCase("गाना छोड़िए")]
    [TestCase("ऑर्डर वेंडा")]
    [TestCase("लाइट बंद करू")]
    [TestCase("टीवी कैसे चलेगा")]
    [TestCase("गीजर चलाना नहीं आता")]
    [TestCase("मति मारी गई है")]
    [TestCase("मौसम कैसा है अमेरिका वाला")]
    [TestCase("अमेरिका में बेरोज़गारी कितनी है")]
    [TestCase("अगला गाना बाद में पहले मौसम बताओ")]
    [TestCase("टाइमर चालू")]
    [TestCase("नेपाल की आबादी कितनी है वही है ना")]
    [TestCase("पटना कौन राज के सबसे बड़ा शहर है")]
    [TestCase("मुंबई कौन राज के सबसे बड़ा शहर हे")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
