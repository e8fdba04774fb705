using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 53 tuning (interactionModel/README.md, *Round 53 tuning for Hindi
/// (session 61)*), each tried on sentences of our own rather than the corpus lines: cancels Braj "नाय रहन देओ", Bhojpuri
/// "(ना) रहै दा", "छोड़ो इसे / इसे छोड़ दो"; stops Awadhi "बस होइ गवा / हुइ गवा", reasons after a stop opened by who came
/// or what happens ("बहन जी", "भक्तजन", "बारिश", "बर्फ", "नाव खुल"); help Angika "की पूछ सकै छियै", Awadhi "का का आवत है"
/// and "का बताय सकत", Punjabi "की पुछ सकदे", Wagdi "कई पूछी सकूँ", "(राजधानी) कैसे बताते हो"; a launch with "चाहिए";
/// sentence endings "(ही) है का", "है सही", "सबरी"; a scene said first ("मैंने / हमने सुना", "चौकी पे अकेले हैं", "होली
/// खेल रहे हैं", "जे बताओ"); "क्यों हैं और कौन सी" after a count of capitals; and out-of-domain neighbours (the screen,
/// Catalonia, the weather, another thing to leave or want) that must still fall back.</summary>
public class HindiRoundFiftyThreeRuleTests
{
    [TestCase("नाय रहन दो भैया", "AMAZON.CancelIntent")]
    [TestCase("ना रहै दा बाबू", "AMAZON.CancelIntent")]
    [TestCase("रहै दे", "AMAZON.CancelIntent")]
    [TestCase("छोड़ो इसे", "AMAZON.CancelIntent")]
    [TestCase("इसे छोड़ दो भाई", "AMAZON.CancelIntent")]
    [TestCase("बस हुइ गवा", "AMAZON.StopIntent")]
    [TestCase("बंद करो बहन जी आ गई हैं", "AMAZON.StopIntent")]
    [TestCase("चुप हो जाओ भक्तजन आ रहे हैं", "AMAZON.StopIntent")]
    [TestCase("बस करो बारिश शुरू हो गई", "AMAZON.StopIntent")]
    [TestCase("बंद कर दो बर्फ गिरने लगी", "AMAZON.StopIntent")]
    [TestCase("बस करो नाव खुल गई", "AMAZON.StopIntent")]
    [TestCase("इसमें की पूछ सकै छियै", "AMAZON.HelpIntent")]
    [TestCase("का का आवत है तुम्हें", "AMAZON.HelpIntent")]
    [TestCase("ई का बताय सकत है", "AMAZON.HelpIntent")]
    [TestCase("की पुछ सकदे हो", "AMAZON.HelpIntent")]
    [TestCase("कई पूछी सकूँ", "AMAZON.HelpIntent")]
    [TestCase("आप राजधानी कैसे बताते हो", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("दुनिया की राजधानियाँ चाहिए बच्चों के लिए")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches("hi-IN", utterance);

    [TestCase("पंजाब की राजधानी चंडीगढ़ ही है का", "IN-PB")]
    [TestCase("लीमा पेरू की राजधानी है सही", "PE")]
    [TestCase("दक्षिण अफ़्रीका की तीन कैपिटल हैं बताओ सबरी", "ZA")]
    [TestCase("हमने सुना दक्षिण अफ़्रीका की तीन राजधानी हैं नाम बताओ", "ZA")]
    [TestCase("चौकी पे अकेले हैं युगांडा की राजधानी बताओ", "UG")]
    [TestCase("अकेले बैठे हैं मलावी की राजधानी बताओ", "MW")]
    [TestCase("होली खेल रहे हैं जे बताओ राजस्थान की राजधानी जयपुर ही है ना", "IN-RJ")]
    [TestCase("होली खेल रहे हैं पर जे बताओ मध्य प्रदेश की राजधानी भोपाल ही है ना", "IN-MP")]
    [TestCase("बोलिविया में दो राजधानी क्यों हैं और कौन सी", "BO")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("स्क्रीन पे नक्शा दिखाओ")]
    [TestCase("कैटेलोनिया की राजधानी बताओ")]
    [TestCase("कातालोनिया कहाँ है")]
    [TestCase("बारिश कब होगी")]
    [TestCase("बर्फ़ कहाँ गिरती है")]
    [TestCase("भक्त आ गए हैं")]
    [TestCase("मुझे पानी चाहिए")]
    [TestCase("मुझे दुनिया का नक्शा चाहिए")]
    [TestCase("इसे छोड़ो और गाना चलाओ")]
    [TestCase("टीवी को छोड़ दो")]
    [TestCase("तुम मौसम कैसे बताती हो")]
    [TestCase("मैंने सुना आज बारिश होगी")]
    [TestCase("होली खेल रहे हैं गाना बजाओ")]
    [TestCase("अकेले हैं गाना सुनाओ")]
    [TestCase("क्या हुइ गवा")]
    [TestCase("गाना का का आवत है")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
