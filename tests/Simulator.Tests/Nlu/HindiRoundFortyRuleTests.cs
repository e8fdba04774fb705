using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 40 tuning (interactionModel/README.md, *Round 40 tuning for Hindi
/// (session 42)*), each tried on sentences of our own rather than the corpus lines: Marathi "X ची राजधानी ... आहे का",
/// "कोणत्या राज्याची / देशाची राजधानी"; Bhojpuri "कौना देश / राज्य के"; Nepali "कुन राज्य / देश को"; scenes before the
/// question ("ठीक आहे आता", "ओके नाउ", "न्यूज़ डेस्क पर", "डिलीवरी के टाइम पे", Bambaiya "बाप", Marathi "थांब"); cancel with
/// Nepali "रहन दिनुस", Punjabi "रैहणा दे / छड्ड दे", "परवा नईं", Bhojpuri "कुछु ना पूछे के"; stop with "बस करीं", "चुप
/// बैठ", Nepali "बंद गर"; help with Nepali "कसरी चल्छ / मदद गर्नुस", Marathi "मदत पाहिजे / कसं वापरायचं", Marwari "कीकर
/// चाले", "म्हने", Haryanvi "के के पूछ सकूं", "कैसा चलता", "कैसा यूज़ करना", "कौन से शब्द बोलूँ"; not-places (प्रशिया,
/// एल्डोराडो, स्काईरिम, दक्कन, पोकेमॉन, बिरयानी); and out-of-domain neighbours that must still fall back.</summary>
public class HindiRoundFortyRuleTests
{
    [TestCase("केरल ची राजधानी कोणती आहे", "IN-KL", Description = "Marathi 'ची'")]
    [TestCase("फ्रांस ची राजधानी पॅरिस आहे का", "FR", Description = "Marathi 'ची ... आहे का'")]
    [TestCase("कर्नाटक ची राजधानी बेंगलुरु आहे ना", "IN-KA", Description = "Marathi 'ची ... आहे ना'")]
    [TestCase("ओके नाउ जापान की राजधानी", "JP", Description = "'ओके नाउ'")]
    [TestCase("ठीक आहे आता रशिया ची राजधानी", "RU", Description = "'ठीक आहे आता'")]
    [TestCase("थांबा नेपाल ची राजधानी सांगा", "NP", Description = "Marathi 'थांबा' before the question")]
    [TestCase("बाप रूस की राजधानी बता", "RU", Description = "Bambaiya 'बाप'")]
    [TestCase("न्यूज़ डेस्क पर चीन की राजधानी कन्फर्म करो", "CN", Description = "'न्यूज़ डेस्क पर'")]
    [TestCase("डिलीवरी के टाइम पे नेपाल की राजधानी पूछनी है", "NP", Description = "'डिलीवरी के टाइम पे'")]
    [TestCase("म्हने जापान री राजधानी बताओ", "JP", Description = "Marwari 'म्हने'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("पटना कोणत्या राज्याची राजधानी आहे", "patna", Description = "Marathi 'कोणत्या राज्याची'")]
    [TestCase("टोक्यो कोणत्या देशाची राजधानी आहे", "tokyo", Description = "Marathi 'कोणत्या देशाची'")]
    [TestCase("काठमांडू कौना देश के राजधानी", "kathmandu", Description = "Bhojpuri 'कौना देश के'")]
    [TestCase("रांची कौना राज्य के राजधानी ह", "ranchi", Description = "Bhojpuri 'कौना राज्य के'")]
    [TestCase("शिलांग कुन राज्य को राजधानी हो", "shillong", Description = "Nepali 'कुन राज्य को'")]
    [TestCase("थिम्पू कुन देश को राजधानी हो", "thimphu", Description = "Nepali 'कुन देश को'")]
    public void A_reverse_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("hi-IN", utterance, id);

    [TestCase("परवा नईं छोड़ो", "AMAZON.CancelIntent")]
    [TestCase("परवाह नहीं जाने दो", "AMAZON.CancelIntent")]
    [TestCase("रहन दिनुस", "AMAZON.CancelIntent")]
    [TestCase("ठीक छ रहन दिनुस", "AMAZON.CancelIntent")]
    [TestCase("रैहणा दे यार", "AMAZON.CancelIntent")]
    [TestCase("छड्ड दे", "AMAZON.CancelIntent")]
    [TestCase("रहने दो कुछु ना पूछे के", "AMAZON.CancelIntent")]
    [TestCase("बस करीं", "AMAZON.StopIntent")]
    [TestCase("चुप बैठ", "AMAZON.StopIntent")]
    [TestCase("बंद गर अब", "AMAZON.StopIntent")]
    [TestCase("थांब बंद कर", "AMAZON.StopIntent")]
    [TestCase("बस कर बाप", "AMAZON.StopIntent")]
    [TestCase("यो कसरी चल्छ", "AMAZON.HelpIntent")]
    [TestCase("मदद गर्नुस न", "AMAZON.HelpIntent")]
    [TestCase("मला मदत पाहिजे", "AMAZON.HelpIntent")]
    [TestCase("हे कसं वापरायचं", "AMAZON.HelpIntent")]
    [TestCase("ये कैसा चलता", "AMAZON.HelpIntent")]
    [TestCase("आ कीकर चाले", "AMAZON.HelpIntent")]
    [TestCase("इसमें के के पूछ सकूं", "AMAZON.HelpIntent")]
    [TestCase("इसको कैसा यूज़ करना", "AMAZON.HelpIntent")]
    [TestCase("कौन से शब्द बोलूँ", "AMAZON.HelpIntent")]
    [TestCase("न्यूज़ डेस्क के लिए मदद चाहिए", "AMAZON.HelpIntent")]
    [TestCase("डिलीवरी के टाइम पे कैसे पूछूँ", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("प्रशिया की राजधानी क्या थी")]
    [TestCase("एल्डोराडो की राजधानी")]
    [TestCase("स्काईरिम की राजधानी बताओ")]
    [TestCase("दक्कन की राजधानी क्या थी")]
    [TestCase("पोकेमॉन की राजधानी")]
    [TestCase("बिरयानी की राजधानी कौन सा शहर है")]
    [TestCase("चाय ची किंमत काय आहे")]
    [TestCase("आज मौसम कैसा चलता है")]
    [TestCase("मोबाइल कसरी चल्छ")]
    [TestCase("गाड़ी थांब")]
    [TestCase("मेरा ऑर्डर छड्ड दे")]
    [TestCase("कोणत्या राज्याची भाषा मराठी आहे")]
    [TestCase("ओके नाउ गाना बजाओ")]
    [TestCase("वॉशिंग मशीन कैसा यूज करना")]
    [TestCase("परवाह नहीं मौसम बताओ")]
    [TestCase("बाप का नाम क्या है")]
    [TestCase("न्यूज़ डेस्क पर आज की हेडलाइन क्या है")]
    [TestCase("डिलीवरी के टाइम पे ऑर्डर कैंसल करो")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
