using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 41 tuning (interactionModel/README.md, *Round 41 tuning for Hindi
/// (session 43)*), each tried on sentences of our own rather than the corpus lines: Urdu "पाए तख़्त / पायतख़्त" for
/// the capital, "फ़रमाइए"; Punjabi "X दी राजधानी की ए", "किहड़े देश दी / किस सूबे दी", "उसदी", "दोनां"; Braj "कौन से राज
/// की", "राजधानी ऐ", "दोनौं"; Konkani "आसा"; "ही है ना"; endings "भारत वाला", "कस्टमर पूछ रहा"; scenes ("पुत्तर / बच्चा
/// सो रहा है", "कस्टमर ने मना कर दिया", Punjabi "हुण"); cancel with Braj "रहन दै / जान दै / कछु नाय चाहियै", Punjabi
/// "छड्डो / कोई गल नहीं / भुल्ल जाओ", Marathi "सोड रे / कॅन्सल कर"; stop with Braj "बहुत भयौ / चुप है जा", "दिमाग़ मत खा",
/// "क्विट कर", "बस कीजिए", Marathi "पुरो जाला आता", "बंद करो ये सिलसिला"; help with Punjabi "किवें पुछणा", Marathi
/// "मदत करा", "क्या क्या / कौन कौन से ऑप्शन", "मैं उलझ गया हूँ", "मैं नया हूँ", "कैसे पूछते हैं", Telugu "हेल्प
/// चेय्यंडि", Braj "जे का करै ऐ", "कैसे मदद करेगी"; not-places (ऑर्किड, तहज़ीब, नवाबों, ब्रज मंडल); and out-of-domain
/// neighbours that must still fall back.</summary>
public class HindiRoundFortyOneRuleTests
{
    [TestCase("इटली का पाए तख़्त कौन सा शहर है", "IT", Description = "Urdu 'पाए तख़्त'")]
    [TestCase("ओमान का पाए तख्त बताइए", "OM", Description = "Urdu 'पाए तख्त'")]
    [TestCase("ब्राज़ील का पायतख़्त क्या है", "BR", Description = "Urdu 'पायतख़्त' as one word")]
    [TestCase("फिर रूस का फ़रमाइए", "RU", Description = "'फ़रमाइए' in a follow-up")]
    [TestCase("जापान दी राजधानी की ए", "JP", Description = "Punjabi 'दी राजधानी की ए'")]
    [TestCase("केरल वाला सूबा उसदी राजधानी दस्सो", "IN-KL", Description = "Punjabi 'उसदी'")]
    [TestCase("चिली की दोनौं राजधानी बताओ", "CL", Description = "Braj 'दोनौं'")]
    [TestCase("पुर्तगाल की राजधानी लिस्बन आसा", "PT", Description = "Konkani 'आसा'")]
    [TestCase("गुजरात की राजधानी बताओ भारत वाला", "IN-GJ", Description = "ending 'भारत वाला'")]
    [TestCase("टेक्सास की राजधानी ऑस्टिन है ना कस्टमर पूछ रहा", "US-TX", Description = "ending 'कस्टमर पूछ रहा'")]
    [TestCase("जर्मनी की राजधानी बर्लिन ही है ना", "DE", Description = "'ही है ना'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("ओटावा किहड़े देश दी राजधानी है", "ottawa", Description = "Punjabi 'किहड़े देश दी'")]
    [TestCase("पटना किस सूबे दी राजधानी है", "patna", Description = "Punjabi 'किस सूबे दी'")]
    [TestCase("पटना किस प्रांत की राजधानी है", "patna", Description = "'किस प्रांत की'")]
    [TestCase("पटना कौन से राज की राजधानी ऐ", "patna", Description = "Braj 'कौन से राज की ... ऐ'")]
    public void A_reverse_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("hi-IN", utterance, id);

    [TestCase("रहन दै भैया", "AMAZON.CancelIntent")]
    [TestCase("जान दै कछु नाय चाहियै", "AMAZON.CancelIntent")]
    [TestCase("छड्डो जी", "AMAZON.CancelIntent")]
    [TestCase("छड्डो जी भुल्ल जाओ", "AMAZON.CancelIntent")]
    [TestCase("कोई गल नहीं रहन दो", "AMAZON.CancelIntent")]
    [TestCase("कॅन्सल कर", "AMAZON.CancelIntent")]
    [TestCase("सोड रे", "AMAZON.CancelIntent")]
    [TestCase("ग्राहक ने मना कर दिया कैंसल करो", "AMAZON.CancelIntent")]
    [TestCase("बस कीजिए अब", "AMAZON.StopIntent")]
    [TestCase("अरे दिमाग़ मत खा", "AMAZON.StopIntent")]
    [TestCase("क्विट कर दो", "AMAZON.StopIntent")]
    [TestCase("ये ऐप क्विट कर दो", "AMAZON.StopIntent")]
    [TestCase("ओए हुण बस कर", "AMAZON.StopIntent")]
    [TestCase("लाला बहुत भयौ", "AMAZON.StopIntent")]
    [TestCase("चुप है जा", "AMAZON.StopIntent")]
    [TestCase("पुरो जाला आता", "AMAZON.StopIntent")]
    [TestCase("अलेक्सा बंद हो जा बच्चा सो रहा है", "AMAZON.StopIntent")]
    [TestCase("बंद करो ये सिलसिला", "AMAZON.StopIntent")]
    [TestCase("मदत करा", "AMAZON.HelpIntent")]
    [TestCase("किवें पुछणा है दस्सो", "AMAZON.HelpIntent")]
    [TestCase("इसमें कौन कौन से ऑप्शन हैं", "AMAZON.HelpIntent")]
    [TestCase("मैं उलझ गई हूँ मदद करो", "AMAZON.HelpIntent")]
    [TestCase("मैं नया हूँ कैसे पूछते हैं", "AMAZON.HelpIntent")]
    [TestCase("हेल्प चेय्यंडि", "AMAZON.HelpIntent")]
    [TestCase("जे का करै ऐ", "AMAZON.HelpIntent")]
    [TestCase("ये स्किल कैसे मदद करेगी", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("ऑर्किड की राजधानी कौन सा शहर है")]
    [TestCase("तहज़ीब की राजधानी कौन सी है")]
    [TestCase("नवाबों की राजधानी कौन सी थी")]
    [TestCase("ब्रज मंडल की राजधानी बताओ")]
    [TestCase("लाइट बंद करो ये सिलसिला")]
    [TestCase("नौकरी क्विट कर दो")]
    [TestCase("गाना बंद हो जा")]
    [TestCase("ऑर्डर कॅन्सल कर")]
    [TestCase("बुकिंग छड्डो")]
    [TestCase("टीवी में क्या क्या ऑप्शन हैं")]
    [TestCase("पासपोर्ट कैसे मदद करेगा")]
    [TestCase("हिसाब में उलझ गया हूँ")]
    [TestCase("मौसम कैसा है बच्चे पूछ रहे")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
