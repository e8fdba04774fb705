using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 27 tuning (README section *Round 27 tuning for Hindi (session 27)*), each tried on
/// sentences of our own rather than the corpus lines: the Nagpuri/Sadri genitive "कर" and copula "हके", the Pahari "र"
/// and "कण", the Sindhi "जी" / "जूं", "कहिड़ी", "बुधाइ", the Nepali "को राजधानीहरू के के हुन्", "यो", "कसरी", "हो कि होइन",
/// the Dogri "उंदे मुल्क दी", "केह्ड़ी", "मिंजो नीं चाहिदा", the Bhojpuri "देवा" (give) and Mauritian "ना मालूम", the
/// reverse "X राजधानी है किसकी", "की पुष्टि कर दो", "कितनी और कौन सी", guesses closed by "सही बोला मैंने" / "राइट", leads
/// ("डू यू नो", "ओके सो", "लोकल में खड़ा हूँ", "X बोली एलेक्सा से पूछो"), stop and cancel cues ("बस हो गया", "ठहर जाओ",
/// "खलास", "बन्द गर्नुस", "रहे देवा"), launches with "लगा दो", "खोल्नुस", "ने"; with out-of-domain neighbours that must
/// still fall back.</summary>
public class HindiRoundTwentySevenRuleTests
{
    private const string Locale = "hi-IN";

    [TestCase("बिहार कर राजधानी का हके", "IN-BR", Description = "Nagpuri 'कर', 'का हके'")]
    [TestCase("कनाडा र राजधानी कण", "CA", Description = "Pahari 'र', 'कण'")]
    [TestCase("अदा बुधाइ ईरान देश जी राजधानी कहिड़ी आहे", "IR", Description = "Sindhi 'जी', 'कहिड़ी'")]
    [TestCase("इराक की राजधानी की पुष्टि कर दो", "IQ", Description = "'की पुष्टि कर दो'")]
    [TestCase("जापान की राजधानी टोक्यो है ना सही बोला मैंने", "JP", Description = "'सही बोला मैंने'")]
    [TestCase("ओके सो मिस्र की कैपिटल काहिरा राइट", "EG", Description = "'ओके सो', 'राइट' (variant -> 'है ना')")]
    [TestCase("डू यू नो चिली की कैपिटल", "CL", Description = "'डू यू नो'")]
    [TestCase("मम्मी बोली एलेक्सा से पूछो पेरू की राजधानी", "PE", Description = "'बोली', 'एलेक्सा से पूछो'")]
    [TestCase("ट्रेन में खड़ा हूँ जल्दी बोल क्यूबा की राजधानी", "CU", Description = "'ट्रेन में खड़ा हूँ'")]
    [TestCase("अर्जेंटीना के राजधानी ना मालूम", "AR", Description = "Mauritian 'ना मालूम'")]
    [TestCase("बोलीविया की राजधानियाँ कितनी और कौन सी", "BO", Description = "'कितनी और कौन सी'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("बस हो गया एलेक्सा", "AMAZON.StopIntent")]
    [TestCase("ठहर जाओ भाई", "AMAZON.StopIntent")]
    [TestCase("खलास बंद कर दो", "AMAZON.StopIntent")]
    [TestCase("दाइ बन्द गर्नुस", "AMAZON.StopIntent")]
    [TestCase("बंद कर देवा भइया", "AMAZON.StopIntent")]
    [TestCase("रहे देवा", "AMAZON.CancelIntent")]
    [TestCase("यो कसरी चलाउने", "AMAZON.HelpIntent")]
    [TestCase("इसमें क्या बोलना पड़ता है", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("काठमांडू राजधानी है किसकी")]
    [TestCase("अंकारा राजधानी है किसकी")]
    public void A_reverse_question_said_with_the_question_word_last_asks_for_the_country(string utterance) =>
        Assert.That(LocaleNlu.Recognize(Locale, utterance).IntentName, Is.EqualTo("CityIntent"));

    [TestCase("दुनिया की राजधानियाँ लगा दो बेटा")]
    [TestCase("दाइ दुनिया की राजधानियाँ खोल्नुस")]
    public void Opening_the_skill_as_users_say_it_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("माहिष्मती की रानी कौन थी")]
    [TestCase("बिहार कर खाना का हके")]
    [TestCase("रील बना रहा हूँ गाना चला दो")]
    [TestCase("मम्मी बोली दूध ले आओ")]
    [TestCase("लोकल में खड़ा हूँ बहुत भीड़ है")]
    [TestCase("डू यू नो आज का मौसम")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
