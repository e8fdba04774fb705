using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 34 tuning (interactionModel/README.md, *Round 34 tuning for Hindi (session 36)*),
/// each tried on sentences of our own rather than the corpus lines: Bambaiya "क्या रे ... किधर है मालूम क्या", the
/// endings "मुझे नहीं आया", Dakhini "नहीं मालूम मेरे को" and Haryanvi "बेरा सै के", Dakhini "बोल रहूँ" and "के पास से",
/// "हौ" and Haryanvi "इब" before a follow-up, Haryanvi "पूछण लाग रया" and "राजधानी के होवै सै", "टाइम पास", Nepali "को
/// राजधानी क्या हो" and "बताइदिनु", "उस स्टेट की", a form to fill in, exam revision, "गाना बंद कर के सुनो", "दो राजधानी
/// होती हैं ना कौन सी", "नाम सहित", "पापा कह रहे थे" after a check, Gujarati "छे के नहीं", the repair
/// "गलत है", the nationality words (चेक गणराज्य, जापानी, इथियोपियाई, कज़ाख़), help in Dakhini, Bambaiya, Bhojpuri,
/// Bundeli, Marathi and Gujarati, stop with "थम जाओ", "बहुत सुन लिया", Marathi "पुरे झाले" and a reason "नींद आ रही है",
/// cancel in Gujarati and Chhattisgarhi and "सवाल वापस लेती हूँ", the launch "अपुन को", and not-places (a region, a
/// Russian republic, a mountain range, the Middle East); with out-of-domain neighbours that must still fall back.</summary>
public class HindiRoundThirtyFourRuleTests
{
    // Dropped after the first run: "पाजी लीमा किदे देश दी राजधानी है" (Punjabi "किदे") is a reverse question, which the
    // place helper cannot check, and "एक पेरूवियाई दोस्त है उसके देश की राजधानी क्या है", which `capitals eval` reads as PE
    // but the unit helper matches as "{country} देश की राजधानी क्या है" without resolving the slot.
    [TestCase("क्या रे पेरू का राजधानी किधर है मालूम क्या", "PE", Description = "Bambaiya 'किधर है मालूम क्या'")]
    [TestCase("मेरी दोस्त ने पूछा था घाना की राजधानी मुझे नहीं आया", "GH", Description = "ending 'मुझे नहीं आया'")]
    [TestCase("गोलकोंडा के पास से बोल रहूँ चिली का राजधानी नहीं मालूम मेरे को", "CL", Description = "Dakhini 'बोल रहूँ', 'नहीं मालूम मेरे को'")]
    [TestCase("हौ और ओडिशा का", "IN-OD", Description = "Dakhini 'हौ' before a follow-up")]
    [TestCase("भाई इब पंजाब की", "IN-PB", Description = "Haryanvi 'इब'")]
    [TestCase("चाचा पूछण लाग रया नॉर्वे की राजधानी के होवै सै", "NO", Description = "Haryanvi 'पूछण लाग रया', 'के होवै सै'")]
    [TestCase("छोरी का पेपर सै काल फ़िनलैंड की राजधानी के सै बेरा सै के", "FI", Description = "Haryanvi 'बेरा सै के'")]
    [TestCase("लाइन में खड़े हैं केन्या की राजधानी बता दो टाइम पास", "KE", Description = "'टाइम पास'")]
    [TestCase("दाइ जापान को राजधानी क्या हो बताइदिनु", "JP", Description = "Nepali 'को राजधानी क्या हो', 'बताइदिनु'")]
    [TestCase("मेरा भाई ओहायो में रहता है उस स्टेट की राजधानी कौन सी है", "US-OH", Description = "'उस स्टेट की'")]
    [TestCase("दफ़्तर के फॉर्म में लिखना है राजस्थान की राजधानी", "IN-RJ", Description = "a form to fill in")]
    [TestCase("मेंस के लिए रिवाइज़ करवा दो ग्रीस की राजधानी", "GR", Description = "exam revision")]
    [TestCase("गाना बंद कर के सुनो ओमान की राजधानी क्या है", "OM", Description = "'गाना बंद कर के सुनो'")]
    [TestCase("बोलीविया में दो राजधानी होती हैं ना कौन सी", "BO", Description = "'होती हैं ना कौन सी'")]
    [TestCase("पेरू में कितनी राजधानी है नाम सहित बताओ", "PE", Description = "'नाम सहित'")]
    [TestCase("लीमा पेरू की राजधानी है ना पापा कह रहे थे", "PE", Description = "'पापा कह रहे थे' after a check")]
    [TestCase("मस्कट ओमान नी राजधानी छे के नहीं", "OM", Description = "Gujarati 'छे के नहीं'")]
    [TestCase("इटली की राजधानी बताओ ज़ाम्बिया गलत है", "IT", Description = "'गलत है'")]
    [TestCase("चेक गणराज्य की राजधानी", "CZ", Description = "the name 'चेक गणराज्य' still reads while 'चेक' alone is left out")]
    [TestCase("जापानी लोगों की राजधानी कौन सी है", "JP", Description = "nationality 'जापानी'")]
    [TestCase("इथियोपियाई राजधानी कौन सी है", "ET", Description = "nationality 'इथियोपियाई'")]
    [TestCase("कज़ाख़ राजधानी का नाम बताओ", "KZ", Description = "nationality 'कज़ाख़'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("मियाँ ये स्किल कैसा चलाना", "AMAZON.HelpIntent")]
    [TestCase("भिडू इसमें क्या क्या बोलने का", "AMAZON.HelpIntent")]
    [TestCase("हम्मे तनी समझाओ", "AMAZON.HelpIntent")]
    [TestCase("कुछ समझ ना आया मदद करो", "AMAZON.HelpIntent")]
    [TestCase("कछु समझ नईं आ रओ", "AMAZON.HelpIntent")]
    [TestCase("आ केवी रीते चाले छे", "AMAZON.HelpIntent")]
    [TestCase("दादी को बताओ इसमें बोलना क्या है", "AMAZON.HelpIntent")]
    [TestCase("राजधानी वाले गेम में मदद चाहिए", "AMAZON.HelpIntent")]
    [TestCase("भाई थम जाओ", "AMAZON.StopIntent")]
    [TestCase("बहुत सुन लिया अब बंद करो", "AMAZON.StopIntent")]
    [TestCase("पुरे झाले बंद कर", "AMAZON.StopIntent")]
    [TestCase("बंद करो भैया नींद आ रही है", "AMAZON.StopIntent")]
    [TestCase("कंई नथी जोईतुं", "AMAZON.CancelIntent")]
    [TestCase("वो सवाल वापस लेती हूँ", "AMAZON.CancelIntent")]
    [TestCase("रहने दो गा नइ चाही", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("अपुन को दुनिया की राजधानियाँ खोलना है")]
    public void A_launch_with_who_plays_is_a_launch(string utterance) =>
        LocaleNlu.AssertLaunches("hi-IN", utterance);

    [TestCase("स्कैंडिनेविया की राजधानी बताओ")]
    [TestCase("चेचन्या की राजधानी कौन सी है")]
    [TestCase("हिमालय की राजधानी बताओ")]
    [TestCase("मध्य पूर्व की राजधानी कौन सी है")]
    [TestCase("मुझे नींद आ रही है")]
    [TestCase("चीनी का भाव क्या है")]
    [TestCase("जापानी में नमस्ते कैसे बोलते हैं")]
    [TestCase("गाना बंद कर दो")]
    [TestCase("समझाओ फोटोसिंथेसिस क्या होता है")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
