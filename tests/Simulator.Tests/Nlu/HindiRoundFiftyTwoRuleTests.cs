using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 52 tuning (interactionModel/README.md, *Round 52 tuning for Hindi
/// (session 60)*), each tried on sentences of our own rather than the corpus lines: cancels Haryanvi / Rajasthani "रौ दे",
/// Punjabi "रहे दा", "रेहन" as "रहन", Kannada "बेडा बेडा", "कल पूछूँगा / फिर कभी पूछूँगी", the vocatives "मल्लाह" and
/// "मिस्त्री", a reason after it ("खाने का टाइम हो गया"); stops "चुप बैठो (ना)", "आवाज बंद", "राजधानी वाला खेल बंद कर दो",
/// reasons after a stop ("बॉस बात कर रहे हैं", "बच्चे सो गए") and before one (reasonClosers "का टाइम हो गया", "लगा है");
/// help "क्या तुम मेरी मदद कर सकती हो", Haryanvi "के के पूछ सकते हैं"; launches "खोल के रख दो", a leading "अब", a trailing
/// "भिडू"; Bambaiya "बोले तो" after "की राजधानी", an exam mention "पेपर में आया था", Kumaoni "को छ", Gujarati "नुं राजधानी
/// कयुं छे", "वो वहाँ पैदा हुए थे" said last, "सोचा" and "करते करते सोचा" said first, "हाशमी किंगडम ऑफ", "अफ्रीका के दक्षिण
/// वाला देश"; and out-of-domain neighbours (regions the skill does not hold, another topic's time or sound, help with
/// something else, a call for the mechanic) that must still fall back.</summary>
public class HindiRoundFiftyTwoRuleTests
{
    [TestCase("रहे दा भैया", "AMAZON.CancelIntent")]
    [TestCase("रेहन दो भाई", "AMAZON.CancelIntent")]
    [TestCase("रौ दे भाई", "AMAZON.CancelIntent")]
    [TestCase("बेडा बेडा", "AMAZON.CancelIntent")]
    [TestCase("रहने दो फिर कभी पूछूँगी", "AMAZON.CancelIntent")]
    [TestCase("कल पूछ लूँगा रहने दो", "AMAZON.CancelIntent")]
    [TestCase("रहने दे मल्लाह", "AMAZON.CancelIntent")]
    [TestCase("कैंसल करो मिस्त्री", "AMAZON.CancelIntent")]
    [TestCase("रहने दो खाने का टाइम हो गया", "AMAZON.CancelIntent")]
    [TestCase("चुप बैठो ना", "AMAZON.StopIntent")]
    [TestCase("आवाज बंद", "AMAZON.StopIntent")]
    [TestCase("चुप हो जाओ बॉस बात कर रहे हैं", "AMAZON.StopIntent")]
    [TestCase("बंद करो बच्चे सो गए", "AMAZON.StopIntent")]
    [TestCase("राजधानी वाला खेल बंद कर दो", "AMAZON.StopIntent")]
    [TestCase("पूजा का टाइम हो गया बंद करो", "AMAZON.StopIntent")]
    [TestCase("हाथ में तेल लगा है बंद करो", "AMAZON.StopIntent")]
    [TestCase("क्या तुम मेरी मदद कर सकती हो", "AMAZON.HelpIntent")]
    [TestCase("आप मेरी सहायता कर सकते हैं", "AMAZON.HelpIntent")]
    [TestCase("इसमें के के पूछ सकते हैं", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("दुनिया की राजधानियाँ खोल के रख दो")]
    [TestCase("अब दुनिया की राजधानियाँ खोलो")]
    [TestCase("दुनिया की राजधानियाँ चालू कर दे भिडू")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches("hi-IN", utterance);

    [TestCase("पेरू की राजधानी बोले तो लीमा ना", "PE")]
    [TestCase("पेपर में आया था नेपाल की राजधानी कौन सी है", "NP")]
    [TestCase("मेन्स में आया था मंगोलिया की राजधानी", "MN")]
    [TestCase("घाना की राजधानी को छ", "GH")]
    [TestCase("केन्या नुं राजधानी कयुं छे", "KE")]
    [TestCase("अर्जेंटीना की कैपिटल वो वहाँ पैदा हुए थे", "AR")]
    [TestCase("काम करते करते सोचा पेरू की राजधानी पूछ लूं", "PE")]
    [TestCase("हाशमी किंगडम ऑफ जॉर्डन की राजधानी बताओ", "JO")]
    [TestCase("अफ्रीका के दक्षिण वाला देश उसकी राजधानी", "ZA")]
    [TestCase("मल्लाह भाई नेपाल की राजधानी बताओ", "NP")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("अलार्म का टाइम हो गया")]
    [TestCase("पंखा लगा है बंद करो")]
    [TestCase("टीवी का टाइम हो गया बंद करो")]
    [TestCase("कल पूछूँगा मौसम कैसा रहेगा")]
    [TestCase("टीवी की आवाज़ बंद करो")]
    [TestCase("क्या आप खाना बनाने में मेरी मदद कर सकते हैं")]
    [TestCase("अब गाना चलाओ")]
    [TestCase("मिस्त्री को बुलाओ")]
    [TestCase("मेरे दिल की राजधानी में कौन रहता है")]
    [TestCase("टस्कनी में घूमने की जगह")]
    [TestCase("सोचा आज क्या बनाऊँ")]
    [TestCase("ओशिनिया में कितने देश हैं")]
    [TestCase("ओकिनावा की राजधानी बताओ")]
    [TestCase("इंद्र देव की नगरी कौन सी है")]
    [TestCase("खैबर पख्तूनख्वा का मौसम")]
    [TestCase("अफ्रीका के दक्षिण वाले देश कौन से हैं")]
    [TestCase("अंडालूसिया की राजधानी कौन सी है")]
    [TestCase("कोशी प्रदेश की राजधानी बताओ")]
    [TestCase("पेपर में आया था क्या")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
