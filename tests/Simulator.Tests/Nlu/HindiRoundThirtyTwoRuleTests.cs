using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 32 tuning (README section *Round 32 tuning for Hindi (session 34)*), each tried on
/// sentences of our own rather than the corpus lines: the heard "कपिटल" and a child's "लाजधानी", Dogri ("दस्सी सकदे ओ",
/// "थमां पुच्छा करदा", "दा राजधानी कुन सा ऐ", "के ऐ", "दियां राजधानियां केड़ियां न", "एह कम्म किंयां करदा"), Himachali "X रा
/// तिस देशा री राजधानी", Sarnami "हेडस्टाड" and "राजधानी का होवे", Nagpuri "कर कतना राजधानी हके", Nepali "तीनै", Braj "कौन सौ",
/// the hesitation "X की वो क्या है राजधानी", "राजधानी कौनसी हैं", "दो राजधानियां होती हैं क्या", "उस अमेरिकी राज्य की", the
/// Bhojpuri tag "है का", "X का (another fact) छोड़ो राजधानी बताओ", the repair "छोड़ो", leads and tags as fillers (the newspaper
/// come, doing accounts, "हाँ ठीक अब", "अरे दोस्त ... हमको नहीं पता है ना", "आजकल भी", the Odia "आज्ञा"); help, stop, cancel
/// and launch as users say them; with out-of-domain neighbours (a bus ticket, a song in the car, cricket, the weather, the
/// price of dal, a TV remote) that must still fall back.</summary>
public class HindiRoundThirtyTwoRuleTests
{
    private const string Locale = "hi-IN";

    [TestCase("पेरू का कपिटल बताओ", "PE", Description = "heard 'कपिटल'")]
    [TestCase("अले एलेक्सा जापान की लाजधानी क्या है", "JP", Description = "a child's 'लाजधानी'")]
    [TestCase("घाना की राजधानी कौनसी हैं", "GH", Description = "'राजधानी कौनसी हैं'")]
    [TestCase("तुस दस्सी सकदे ओ केन्या दी राजधानी", "KE", Description = "Dogri 'दस्सी सकदे ओ'")]
    [TestCase("जी पेरू दा राजधानी कुन सा ऐ", "PE", Description = "Dogri 'दा राजधानी कुन सा ऐ'")]
    [TestCase("कठुआ थमां पुच्छा करदी ईरान दी राजधानी के ऐ", "IR", Description = "Dogri lead 'थमां पुच्छा करदी', 'के ऐ'")]
    [TestCase("उम्म चिली की वो क्या है राजधानी", "CL", Description = "hesitation 'की वो क्या है राजधानी'")]
    [TestCase("नेपाल रा तिस देशा री राजधानी क्या ए", "NP", Description = "Himachali 'रा तिस देशा री'")]
    [TestCase("इटली के राजधानी का होवे", "IT", Description = "Sarnami 'राजधानी का होवे'")]
    [TestCase("मिस्र देश के हेडस्टाड का है", "EG", Description = "Sarnami 'हेडस्टाड'")]
    [TestCase("कनाडा की राजधानी कौन सौ सहर है", "CA", Description = "Braj 'कौन सौ सहर'")]
    [TestCase("हाँ ठीक अब पेरू बताओ", "PE", Description = "follow-up 'हाँ ठीक अब'")]
    [TestCase("अख़बार आ गया पहले पन्ने पर सूडान है उसकी राजधानी क्या है", "SD", Description = "newspaper lead")]
    [TestCase("हिसाब करते हुए ज़रा बताओ पोलैंड की राजधानी", "PL", Description = "lead 'हिसाब करते हुए'")]
    [TestCase("मेरी बहन टेक्सास में रहती है उस अमेरिकी राज्य की राजधानी", "US-TX", Description = "'उस अमेरिकी राज्य की'")]
    [TestCase("ब्राज़ील का झंडा छोड़ो राजधानी बताओ", "BR", Description = "'X का (another fact) छोड़ो राजधानी बताओ'")]
    [TestCase("स्पेन छोड़ो पुर्तगाल की राजधानी", "PT", Description = "repair 'छोड़ो'")]
    [TestCase("अरे दोस्त मिस्र का राजधानी किधर है हमको नहीं पता है ना", "EG", Description = "'अरे दोस्त', tag 'हमको नहीं पता है ना'")]
    [TestCase("मॉरीशस द्वीप पे राजधानी कौन सी है", "MU", Description = "'द्वीप पे राजधानी'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("दादा घाना कर कतना राजधानी हके", "GH", Description = "Nagpuri 'कर कतना राजधानी हके'")]
    [TestCase("दक्षिण अफ़्रीका को तीनै राजधानी बताइए", "ZA", Description = "Nepali 'तीनै'")]
    [TestCase("बोलीविया की दो राजधानियां होती हैं क्या", "BO", Description = "'दो राजधानियां होती हैं क्या'")]
    [TestCase("मिगी दस्सो बोलीविया दियां राजधानियां केड़ियां न", "BO", Description = "Dogri 'राजधानियां केड़ियां न'")]
    public void A_question_about_several_capitals_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("राधे राधे मॉस्को रूस की राजधानी है का", "RU", Description = "Bhojpuri tag 'है का'")]
    [TestCase("केन्या की राजधानी नैरोबी है ना आजकल भी", "KE", Description = "tag 'आजकल भी'")]
    public void A_yes_no_check_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("इसमें का पूछे सकिला", "AMAZON.HelpIntent")]
    [TestCase("ई कैसे चलेला", "AMAZON.HelpIntent")]
    [TestCase("हम का बोली समझ नाहीं आवत", "AMAZON.HelpIntent")]
    [TestCase("मिगी दस्सो एह किंयां चलदा", "AMAZON.HelpIntent")]
    [TestCase("एह कम्म किवें करदा", "AMAZON.HelpIntent")]
    [TestCase("राजधानी वाले गेम के नियम बताओ", "AMAZON.HelpIntent")]
    [TestCase("नानी को सिखाना है कैसे पूछते हैं", "AMAZON.HelpIntent")]
    [TestCase("ये काम कैसे करता है", "AMAZON.HelpIntent")]
    [TestCase("इसमें बोलना क्या होता है", "AMAZON.HelpIntent")]
    [TestCase("बस पुग्यो", "AMAZON.StopIntent")]
    [TestCase("बस भयो", "AMAZON.StopIntent")]
    [TestCase("अब बंद करो आज्ञा", "AMAZON.StopIntent")]
    [TestCase("बंद कर दो अबी", "AMAZON.StopIntent")]
    [TestCase("पर्दैन कैंसल गर्नुस", "AMAZON.CancelIntent")]
    [TestCase("चाहिँदैन", "AMAZON.CancelIntent")]
    [TestCase("रद्द कर दो आज्ञा", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("दुनिया की राजधानियाँ चलाउनुस")]
    [TestCase("दुनिया की राजधानियाँ खोल दो कार में")]
    [TestCase("दुनिया की राजधानियाँ चला दै")]
    public void Opening_the_skill_as_users_say_it_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("बस में बैठा हूँ टिकट कितने का है")]
    [TestCase("बस में बैठी हूँ गाना चलाओ")]
    [TestCase("पेपर डाल गया")]
    [TestCase("हिसाब करते करते थक गया")]
    [TestCase("फ़ुटबॉल छोड़ो क्रिकेट देखो")]
    [TestCase("गाड़ी में गाना चलाओ")]
    [TestCase("एह कम्म कल करना है")]
    [TestCase("आज मौसम का है")]
    [TestCase("हवाई जहाज़ कब उड़ेगा")]
    [TestCase("दाल का भाव का होवे")]
    [TestCase("टीवी का रिमोट कैसे चलेला")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
