using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 30 tuning (README section *Round 30 tuning for Hindi (session 31)*), each tried on
/// sentences of our own rather than the corpus lines: the Bhojpuri reported ask "पूछत बा" and copula "का होला", the
/// Chhattisgarhi/Dakhini tags "ह का" and "ह नु", leads ("प्रोजेक्ट फ़ाइल में", "हमारे ज़माने में रेडियो पर सुनते थे", "ईयरफ़ोन में
/// ठीक से सुनाई नहीं दिया", "मैं हिंदी सीख रहा हूँ", "एक चाय ला"), place references ("अब राजधानी", "आया है राजधानी", "उनो की"),
/// Haryanvi and Awadhi follow-ups ("अर ... की के सै", "अउर ... देश के", "चलो अगला"), the Dakhini repair "नक्को नक्को",
/// Punjabi "दियां", "कोनसा सहर हे", "देश में एक से ज़्यादा राजधानी हैं"; cancel, stop and help wordings of Bhojpuri, Punjabi,
/// Haryanvi, Chhattisgarhi and Marathi speakers ("रहे दीं", "छड्डो", "भूल जा", "रुक जा", "बंद कर दे" with a reason, "मदद
/// चाहिदी", "हमरा मदद चाही", "कइसे चलाबो", "मला कळत नाही", "मन्ने समझ कोनी आया"); the launch name heard as "राजधानिया";
/// with out-of-domain neighbours (नार्निया, a मोहल्ला, a cup of tea) that must still fall back.</summary>
public class HindiRoundThirtyRuleTests
{
    private const string Locale = "hi-IN";

    [TestCase("हमार माई पूछत बा जापान के राजधानी का होला", "JP", Description = "Bhojpuri 'पूछत बा', 'का होला'")]
    [TestCase("ढाका बांग्लादेश के राजधानी ह का", "BD", Description = "tag 'ह का'")]
    [TestCase("लीमा पेरू के राजधानी ह नु", "PE", Description = "tag 'ह नु'")]
    [TestCase("प्रोजेक्ट फ़ाइल में मिस्र का नक्शा बनाया अब राजधानी बताओ", "EG", Description = "reference 'अब राजधानी'")]
    [TestCase("क्विज़ में मंगोलिया आया है राजधानी बताओ", "MN", Description = "reference 'आया है राजधानी'")]
    [TestCase("हमारे ज़माने में रेडियो पर सुनते थे चिली की राजधानी क्या है", "CL", Description = "lead of an elder")]
    [TestCase("ईयरफ़ोन में ठीक से सुनाई नहीं दिया स्वीडन की राजधानी क्या बोली", "SE", Description = "'क्या बोली'")]
    [TestCase("मैं हिंदी सीख रहा हूँ नॉर्वे देश राजधानी क्या हो", "NO", Description = "learner's 'देश राजधानी क्या हो'")]
    [TestCase("अर पेरू की के सै", "PE", Description = "Haryanvi follow-up")]
    [TestCase("चलो अगला मिस्र", "EG", Description = "'चलो अगला' follow-up")]
    [TestCase("इटली की नक्को नक्को ग्रीस की राजधानी बोलो", "GR", Description = "Dakhini repair 'नक्को नक्को'")]
    [TestCase("नीदरलैंड दियां राजधानियां दस्सो", "NL", Description = "Punjabi 'दियां'")]
    [TestCase("जर्मनी की राजधानी कोनसा सहर हे", "DE", Description = "'कोनसा सहर हे'")]
    [TestCase("ओ छोटू एक चाय ला और तुर्की की राजधानी बता", "TR", Description = "lead 'एक चाय ला'")]
    [TestCase("दक्षिण अफ़्रीका देश में एक से ज़्यादा राजधानी हैं ना कौन कौन सी", "ZA", Description = "'देश में एक से ज़्यादा राजधानी'")]
    [TestCase("हमारे गाँव में टूरिस्ट आए स्पेन देश से उनो की राजधानी क्या है", "ES", Description = "Dakhini reference 'उनो की'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("रहे दीं भइया", "AMAZON.CancelIntent")]
    [TestCase("छड्डो यार", "AMAZON.CancelIntent")]
    [TestCase("भूल जा", "AMAZON.CancelIntent")]
    [TestCase("छोड़ो इसको सर आ गए", "AMAZON.CancelIntent")]
    [TestCase("बंद कर दे सो रहे हैं सब", "AMAZON.StopIntent")]
    [TestCase("रुक जा भाई", "AMAZON.StopIntent")]
    [TestCase("हमरा मदद चाही भइया", "AMAZON.HelpIntent")]
    [TestCase("पाजी मैनूं मदद चाहिदी", "AMAZON.HelpIntent")]
    [TestCase("ये कइसे चलाबो भइया", "AMAZON.HelpIntent")]
    [TestCase("मला कळत नाही", "AMAZON.HelpIntent")]
    [TestCase("मन्ने समझ कोनी आया", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("दुनिया की राजधानिया चलाओ")]
    [TestCase("दुनिया की राजधानियाँ खोलो पाजी")]
    public void Opening_the_skill_as_users_say_it_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("नार्निया का राजा कौन है")]
    [TestCase("हमारे मोहल्ले का पार्क कहाँ है")]
    [TestCase("मोहल्ले की राजधानी बताओ")]
    [TestCase("ओ छोटू दो चाय ला")]
    [TestCase("अब राजधानी एक्सप्रेस कब आएगी")]
    [TestCase("मैनूं पानी चाहिदा")]
    [TestCase("लाइट बंद कर दे ताऊ")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
