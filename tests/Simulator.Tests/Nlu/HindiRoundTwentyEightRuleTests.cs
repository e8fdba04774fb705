using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 28 tuning (README section *Round 28 tuning for Hindi (session 28)*), each tried on
/// sentences of our own rather than the corpus lines: thinking leads ("रुको सोचने दो", "अ अ ... वो क्या कहते हैं",
/// "तुम्हीं बता दो"), guesses closed by "यही ना", "है या कुछ और", "बिल्कुल पक्का", the Nagamese "लगा राजधानी" and
/// "कुन आसे", typed slips ("राजधानि", "कया", "कैपिटॉल", "राजधानी क्या हैं"), address words around a stop or a cancel
/// ("अमाँ", "बरादर", "मोले", "एमंडी"), the Kumaoni "करौ" / "करि दियो", "कैंसल मार", "कैंसल कर दो", "छोड़ यार", the help
/// "स्किल में क्या पूछना है", a launch with "शुरू करते हैं"; with out-of-domain neighbours that must still fall back.</summary>
public class HindiRoundTwentyEightRuleTests
{
    private const string Locale = "hi-IN";

    [TestCase("हम्म रुको सोचने दो पेरू की राजधानी क्या है", "PE", Description = "'रुको सोचने दो'")]
    [TestCase("अ अ चिली की वो क्या कहते हैं राजधानी", "CL", Description = "'अ अ', 'वो क्या कहते हैं'")]
    [TestCase("तुम्हीं बता दो क्यूबा की राजधानी", "CU", Description = "'तुम्हीं बता दो'")]
    [TestCase("इटली की राजधानी रोम यही ना", "IT", Description = "'यही ना' (join -> 'है ना')")]
    [TestCase("फ़्रांस की राजधानी पेरिस है या कुछ और", "FR", Description = "'है या कुछ और'")]
    [TestCase("नॉर्वे की राजधानी ओस्लो है ना बिल्कुल पक्का", "NO", Description = "'बिल्कुल पक्का'")]
    [TestCase("केन्या की राजधानि कया है", "KE", Description = "'राजधानि', 'कया'")]
    [TestCase("जर्मनी की राजधानी क्या हैं", "DE", Description = "'राजधानी क्या हैं'")]
    [TestCase("थाईलैंड लगा राजधानी कुन आसे", "TH", Description = "Nagamese 'लगा राजधानी', 'कुन आसे'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("अमाँ रहने दो यार", "AMAZON.CancelIntent")]
    [TestCase("कैंसल मार यार", "AMAZON.CancelIntent")]
    [TestCase("बरादर बंद करो", "AMAZON.StopIntent")]
    [TestCase("बस करौ", "AMAZON.StopIntent")]
    [TestCase("एमंडी इस स्किल में क्या पूछना है", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("आओ दुनिया की राजधानियाँ शुरू करते हैं")]
    public void Opening_the_skill_as_users_say_it_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("रुको सोचने दो आज खाना क्या बनाऊँ")]
    [TestCase("तुम्हीं बता दो आज का मौसम")]
    [TestCase("मेरा ऑर्डर कैंसल कर दो")]
    [TestCase("ये गाना अच्छा है यही ना")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
