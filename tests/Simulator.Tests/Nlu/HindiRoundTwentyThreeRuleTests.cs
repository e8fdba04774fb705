using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 23 tuning (interactionModel/README.md, *Round 23 tuning for Hindi (session 23)*),
/// each tried on sentences of our own rather than the corpus lines: regional words of address said to the speaker
/// ("गुरु", "चेट्टा", "अंडी", "मगा", "बाबू", "दाज्यू") and particles (Garhwali/Kumaoni "बल", Assamese "ओइ" and "हय",
/// Banarasi "का बे", Urdu "बराए मेहरबानी") as fillers; the Kumaoni copula "हुई" ("क्या हुई", "कौन हुई"); the hedge
/// "जो है ना"; an apology for one's Hindi; an argument in the family group and the "असली" capital; "वो छोड़ो" as a
/// repair; "उनके देश का" pointing back at a place; "राजधानी का शहर"; informal stop ("बंद कर", "बस कर"), cancel ("कुछ
/// और पूछूँगा") and help ("तरीका समझाओ") wordings; "पे चलो" as a launch; the alias स्विस and the singular वर्जिन
/// आइलैंड; and continents, empires and dynasties, unrecognised states, fiction and
/// "capital of diamonds" nouns as not-places; with out-of-domain neighbours that must still fall back.</summary>
public class HindiRoundTwentyThreeRuleTests
{
    private const string Locale = "hi-IN";

    private static Interpretation Recognize(string text) => LocaleNlu.Recognize(Locale, text);

    private static UtteranceKind KindOf(string utterance) => LocalSkill.NluFor(Locale).ParseForm(utterance).Kind;

    [TestCase("गुरु मिस्र की राजधानी बताओ", "EG", Description = "the address word 'गुरु'")]
    [TestCase("चेट्टा केन्या का राजधानी क्या है", "KE", Description = "Malayali 'चेट्टा'")]
    [TestCase("पेरू की राजधानी बोलो अंडी", "PE", Description = "Hyderabadi 'अंडी'")]
    [TestCase("मगा ईरान की राजधानी कौन सी है", "IR", Description = "Kannada 'मगा'")]
    [TestCase("बाबू चिली की राजधानी बताना", "CL", Description = "'बाबू'")]
    [TestCase("दाज्यू इराक की राजधानी क्या हुई", "IQ", Description = "Kumaoni 'दाज्यू' and the copula 'क्या हुई'")]
    [TestCase("क्यूबा की राजधानी कौन हुई बल", "CU", Description = "'कौन हुई' and the particle 'बल'")]
    [TestCase("ओइ घाना का राजधानी क्या है हय", "GH", Description = "Assamese 'ओइ' and 'हय'")]
    [TestCase("का बे नेपाल की राजधानी बता", "NP", Description = "Banarasi 'का बे'")]
    [TestCase("बराए मेहरबानी सीरिया की राजधानी बताइए", "SY", Description = "Urdu 'बराए मेहरबानी'")]
    [TestCase("वो वो पोलैंड की राजधानी जो है ना", "PL", Description = "the hedge 'जो है ना'")]
    [TestCase("माफ़ करना मेरी हिंदी अच्छी नहीं है ग्रीस की राजधानी क्या है", "GR", Description = "an apology for one's Hindi")]
    [TestCase("घर में बहस हो रही है ब्राज़ील की असली राजधानी कौन सी है", "BR", Description = "an argument and 'असली'")]
    [TestCase("पेरू की राजधानी नहीं वो छोड़ो बोलीविया की बताओ", "BO", Description = "the repair 'वो छोड़ो'")]
    [TestCase("हमारे ऑफ़िस में स्पेन के लोग आए हैं उनके देश का कैपिटल क्या है", "ES", Description = "'उनके देश का'")]
    [TestCase("नॉर्वे की राजधानी का शहर कौन सा है", "NO", Description = "'राजधानी का शहर'")]
    [TestCase("स्विस लोगों की राजधानी बताओ", "CH", Description = "the adjective 'स्विस' for Switzerland")]
    [TestCase("स्विस की राजधानी का नाम क्या है", "CH", Description = "'स्विस'")]
    [TestCase("वर्जिन आइलैंड की राजधानी बताओ", "VG+VI", Description = "the singular 'वर्जिन आइलैंड', both islands answered")]
    [TestCase("दक्षिण अफ़्रीका की राजधानी बताओ", "ZA", Description = "'अफ़्रीका' as a not-place does not begin South Africa")]
    public void A_round_twenty_three_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("अब बंद कर गुरु", "AMAZON.StopIntent")]
    [TestCase("बस कर अब बाबू", "AMAZON.StopIntent")]
    [TestCase("बंद कर बल बहुत हुआ", "AMAZON.StopIntent")]
    [TestCase("कैंसल कर दो चेट्टा", "AMAZON.CancelIntent")]
    [TestCase("रहने दो मैं कुछ और पूछूँगी", "AMAZON.CancelIntent")]
    [TestCase("छोड़ो मगा कोई बात नहीं", "AMAZON.CancelIntent")]
    [TestCase("बराए मेहरबानी इसका तरीका समझाओ", "AMAZON.HelpIntent")]
    [TestCase("ये कैसे चलता है गुरु", "AMAZON.HelpIntent")]
    [TestCase("खेल के नियम बताओ", "AMAZON.HelpIntent")]
    public void A_round_twenty_three_built_in_wording_is_its_intent(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("दुनिया की राजधानियाँ पे चलो")]
    [TestCase("दुनिया की राजधानियाँ खोलो बल")]
    public void A_round_twenty_three_launch_is_a_launch(string utterance) =>
        Assert.That(KindOf(utterance), Is.EqualTo(UtteranceKind.Launch));

    [TestCase("गुरु गाना चलाओ")]
    [TestCase("बल आज मौसम कैसा है")]
    [TestCase("लाइट बंद कर")]
    [TestCase("पंखा बंद कर गुरु")]
    [TestCase("घर में बहस हो रही है")]
    [TestCase("असली घी कहाँ मिलेगा")]
    [TestCase("यूरोप की राजधानी कौन सी है")]
    [TestCase("एशिया की राजधानी बताओ")]
    [TestCase("मुगल साम्राज्य की राजधानी क्या थी")]
    [TestCase("चोल राजाओं की राजधानी कहाँ थी")]
    [TestCase("कुर्दिस्तान की राजधानी बताओ")]
    [TestCase("स्वर्ग की राजधानी कौन सी है")]
    [TestCase("मसालों की राजधानी किसे कहते हैं")]
    [TestCase("झीलों की राजधानी कौन सा शहर है")]
    [TestCase("मार्केट कैपिटल क्या होता है")]
    public void A_round_twenty_three_out_of_domain_neighbour_still_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
