using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 26 tuning (README section *Round 26 tuning for Hindi (session 26)*), each tried on
/// sentences of our own rather than the corpus lines: place references back to a place named before (Marwari "उठे री",
/// "उणां री", Awadhi "उहाँ कै", "ओनके देस कै"), the Awadhi "कउने" (which), "का रही", "भूलि गयन", the Bengali-Hindi "आर"
/// (and) in a follow-up, "की बारी", the both-words "दोनूं" / "दुइनौ", "एक से ज़्यादा राजधानियाँ", the reverse question
/// "X जिसकी राजधानी है वो देश कौन सा है", the leads "ब्रो", "भायला", "लाला", "सुना है", help cues ("विकल्प क्या", "कोनी समझ",
/// "समझ नाहीं", "कैसे काम करत", "हाउ डज़ दिस वर्क"), cancel cues ("कैंसल इट", "रिक्वेस्ट कैंसल", "सवाल रद्द"), reason
/// openers after a stop ("दादी", "बच्चा", "पापा"), and regions and empires the data lacks that must fall back; with
/// out-of-domain neighbours that must still fall back.</summary>
public class HindiRoundTwentySixRuleTests
{
    private const string Locale = "hi-IN";

    [TestCase("म्हारो भाई जर्मनी गयो है उठे री राजधानी कांई है", "DE", Description = "Marwari 'उठे री'")]
    [TestCase("म्हारा मामा रा दोस्त ब्राज़ील सूं आया है उणां री राजधानी बताओ", "BR", Description = "Marwari 'उणां री'")]
    [TestCase("हमरे गाँव मा फ्रांस से मेहमान आए हैं उहाँ कै राजधानी का है", "FR", Description = "Awadhi 'उहाँ कै'")]
    [TestCase("मेला देखै आए हैं नेपाल वाले ओनके देस कै राजधानी बतावा", "NP", Description = "Awadhi 'ओनके देस कै'")]
    [TestCase("हम तौ भूलि गयन चीन कै राजधानी का रही", "CN", Description = "Awadhi 'भूलि गयन', 'का रही'")]
    [TestCase("भायला दक्षिण अफ्रीका री दोनूं राजधानियां कांई है", "ZA", Description = "Marwari 'भायला', 'दोनूं'")]
    [TestCase("सुना है बोलीविया की एक से ज़्यादा राजधानियाँ हैं", "BO", Description = "'सुना है', 'एक से ज़्यादा'")]
    [TestCase("ब्रो स्पेन की कैपिटल बताओ", "ES", Description = "the lead 'ब्रो'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("ब्रो प्लीज़ कैंसल इट", "AMAZON.CancelIntent")]
    [TestCase("छोड़ो पिछला सवाल रद्द करो", "AMAZON.CancelIntent")]
    [TestCase("स्टॉप कर दो ब्रो", "AMAZON.StopIntent")]
    [TestCase("बस करो बच्चा सो रहा है", "AMAZON.StopIntent")]
    [TestCase("इसमें विकल्प क्या हैं", "AMAZON.HelpIntent")]
    [TestCase("ई कइसे काम करत है", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("दुनिया की राजधानियाँ शुरू करो ब्रो")]
    public void Opening_the_skill_as_users_say_it_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("मौर्य साम्राज्य की राजधानी कौन सी थी")]
    [TestCase("गिलगित की राजधानी बताओ")]
    [TestCase("उठे रो मौसम कांई है")]
    [TestCase("ब्रो गाना चला दो")]
    [TestCase("सुना है कल बारिश होगी")]
    [TestCase("दादी को फोन लगाओ")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
