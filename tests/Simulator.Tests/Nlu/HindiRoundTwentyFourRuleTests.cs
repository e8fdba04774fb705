using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 24 tuning (interactionModel/README.md, *Round 24 tuning for Hindi (session 24)*),
/// each tried on sentences of our own rather than the corpus lines: Gujarati "डीकरा" and "अरे बाप", Tamil/Kannada "पा",
/// Garhwali "भुला", "बेटा", "अम्म" as fillers; Magahi and Bhojpuri "कउन", "देस", "हइ", "भइया", "दइयो", "की हइ", "कर द";
/// Bundeli "का हती", "कौन सी आय", "आय का", "नईं"; Gujarati "सु छे"; Malvi "उकी" and Magahi "उनकर (देस के)" pointing back
/// at a place; "होगी ना" in a check; the hesitation "उह" and Tamil "इल्ले" as repairs, "गलत नाम बोल दिया" before a
/// cancel, "वो नहीं पूछा ... पूछा"; a puzzle, an interview or a bad memory said before the question; "दी है" after a
/// homework question; "खतम", "खेल खत्म", "बस अब नहीं" as stops; "जाने दे", "वो कैंसल", "सवाल हटा दो" as cancels;
/// "हेल्प मी", "किस तरह से सवाल", "नहीं पता कैसे", "समझ नहीं आ रहो" as help; "दुनिया के राजधानियाँ" and "दुनियाकी"
/// as the launch name; the former name पूर्वी पाकिस्तान and the spelling रुआंडा; and regions, former states, ancient
/// capitals and fiction as not-places; with out-of-domain neighbours that must still fall back.</summary>
public class HindiRoundTwentyFourRuleTests
{
    private const string Locale = "hi-IN";

    private static Interpretation Recognize(string text) => LocaleNlu.Recognize(Locale, text);

    private static UtteranceKind KindOf(string utterance) => LocalSkill.NluFor(Locale).ParseForm(utterance).Kind;

    [TestCase("डीकरा फ्रांस की राजधानी क्या है", "FR", Description = "Gujarati 'डीकरा'")]
    [TestCase("अरे बाप जापान की राजधानी बताओ", "JP", Description = "Gujarati 'अरे बाप'")]
    [TestCase("इटली की राजधानी बताओ पा", "IT", Description = "Tamil/Kannada 'पा'")]
    [TestCase("ए भइया नेपाल के राजधानी की हइ", "NP", Description = "Magahi 'भइया' and 'की हइ'")]
    [TestCase("पोलैंड की राजधानी का हती", "PL", Description = "Bundeli 'का हती'")]
    [TestCase("ग्रीस की राजधानी कौन सी आय", "GR", Description = "Bundeli 'कौन सी आय'")]
    [TestCase("केन्या देश का कैपिटल सु छे", "KE", Description = "Gujarati 'सु छे'")]
    [TestCase("मेरा दोस्त कतर में रहता है उकी राजधानी काँई है", "QA", Description = "Malvi 'उकी'")]
    [TestCase("फ्रांस की उह जर्मनी की राजधानी बताओ", "DE", Description = "the hesitation repair 'उह'")]
    [TestCase("इल्ले पेरू की राजधानी बताओ", "PE", Description = "Tamil 'इल्ले' as a repair")]
    [TestCase("वो नहीं पूछा ओमान की राजधानी पूछा", "OM", Description = "'वो नहीं पूछा ... पूछा'")]
    [TestCase("बंगला देश की राजधानी क्या है", "BD", Description = "the ASR split 'बंगला देश'")]
    [TestCase("पूर्वी पाकिस्तान की राजधानी क्या थी", "BD", Description = "the former name 'पूर्वी पाकिस्तान'")]
    [TestCase("पाकिस्तान की राजधानी क्या है", "PK", Description = "the former name does not take Pakistan")]
    [TestCase("रुआंडा की राजधानी बताओ", "RW", Description = "the spelling 'रुआंडा'")]
    [TestCase("वइसहीं मलेशिया की राजधानी बताओ", "MY", Description = "Bhojpuri 'वइसहीं'")]
    [TestCase("मेरा इंटरव्यू है इराक की राजधानी क्या है", "IQ", Description = "an interview said first")]
    [TestCase("याद नहीं रहता मिस्र की राजधानी क्या है", "EG", Description = "'याद नहीं रहता'")]
    [TestCase("टीचर ने होमवर्क में भूटान की राजधानी दी है", "BT", Description = "'दी है'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("लीमा कउन देस के राजधानी हइ", "PE", Description = "Magahi 'कउन देस के ... हइ'")]
    [TestCase("बर्लिन जर्मनी की राजधानी आय का", "DE", Description = "Bundeli 'आय का'")]
    [TestCase("रोम इटली की राजधानी होगी ना", "IT", Description = "'होगी ना'")]
    [TestCase("पहेली में है नैरोबी किस देश की राजधानी है", "KE", Description = "a puzzle said first")]
    public void A_city_or_check_question_names_the_country(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.IntentName, Is.Not.EqualTo(NluEngine.FallbackIntent), $"matched \"{result.Sample}\"");
    }

    [TestCase("बस करो डिकरा", "AMAZON.StopIntent")]
    [TestCase("बंद कर दइयो भइया", "AMAZON.StopIntent")]
    [TestCase("अब बंद कर द", "AMAZON.StopIntent")]
    [TestCase("बस अब नहीं", "AMAZON.StopIntent")]
    [TestCase("खतम करो", "AMAZON.StopIntent")]
    [TestCase("गेम ख़तम", "AMAZON.StopIntent")]
    [TestCase("जाने दे बेटा", "AMAZON.CancelIntent")]
    [TestCase("अरे बापरे छोड़ो", "AMAZON.CancelIntent")]
    [TestCase("गलत नाम बोल दिया रहने दो", "AMAZON.CancelIntent")]
    [TestCase("वो कैंसल", "AMAZON.CancelIntent")]
    [TestCase("पिछला सवाल हटा दो", "AMAZON.CancelIntent")]
    [TestCase("रहने दो नहीं चाहने", "AMAZON.CancelIntent")]
    [TestCase("मदद कर दइयो", "AMAZON.HelpIntent")]
    [TestCase("मुझे समझ नहीं आ रहो", "AMAZON.HelpIntent")]
    [TestCase("मुझे नहीं पता कैसे पूछूँ", "AMAZON.HelpIntent")]
    [TestCase("हेल्प मी", "AMAZON.HelpIntent")]
    [TestCase("किस तरह से सवाल करूँ", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("दुनिया के राजधानियाँ चालू कर द")]
    [TestCase("दुनिया की राजधानियाँ वाली स्किल लगाओ")]
    [TestCase("दुनियाकी राजधानियाँ शुरू करो")]
    public void The_skill_name_as_said_opens_it(string utterance) =>
        Assert.That(KindOf(utterance), Is.EqualTo(UtteranceKind.Launch));

    [TestCase("सिसिली की राजधानी बताओ")]
    [TestCase("बलूचिस्तान की राजधानी कहाँ है")]
    [TestCase("यूगोस्लाविया की राजधानी क्या थी")]
    [TestCase("पाटलिपुत्र किसकी राजधानी थी")]
    [TestCase("गाना बजाओ डीकरा")]
    [TestCase("लाइट बंद कर द")]
    [TestCase("बत्ती बंद कर दइयो")]
    [TestCase("खेल की खबरें बताओ")]
    [TestCase("मौसम कैसा है पा")]
    [TestCase("टीवी का सवाल हटा दो")]
    [TestCase("बाली की फ्लाइट बुक करो")]
    [TestCase("हमनी के गाना सुनावा")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
