using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The rules round 5 added for Hindi and Dutch, on the generated models: a modifier before the capital word that
/// turns it into another sense (the lexicon's `senseModifiers`), Hindi request verbs that never begin a place, the
/// English forms of Hindi names the data generator adds, and the built-in phrasings of the families round 5 widened.</summary>
public class HindiDutchRoundFiveRuleTests
{
    private static NluEngine Engine(string locale) => LocaleNlu.Engine(locale);

    private static Interpretation Recognize(string locale, string text) => LocaleNlu.Recognize(locale, text);

    [TestCase("nl-NL", "welke stad is de economische hoofdstad van italië")]
    [TestCase("nl-NL", "wat is de financiële hoofdstad van de vs")]
    [TestCase("hi-IN", "भारत की आर्थिक राजधानी कौन सी है")]
    [TestCase("hi-IN", "फ्रांस की फैशन राजधानी क्या है")]
    [TestCase("hi-IN", "कैपिटल गेन टैक्स क्या है")]
    [TestCase("hi-IN", "भारत की राजधानी में मौसम कैसा है")]
    [TestCase("hi-IN", "भारत की राजधानी की जनसंख्या कितनी है")]
    public void A_modified_or_other_sense_of_capital_is_not_a_capital_question(string locale, string utterance)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.IntentName, Is.EqualTo(NluEngine.FallbackIntent), $"matched \"{result.Sample}\"");
    }

    [TestCase("nl-NL", "welke stad is de economische hoofdstad van italië", "senseModifiers", "CapitalIntent")]
    [TestCase("hi-IN", "भारत की आर्थिक राजधानी कौन सी है", "senseModifiers", "CapitalIntent")]
    [TestCase("hi-IN", "अब चलाओ", "requestVerbs", "CapitalIntent")]
    public void The_senses_and_request_verbs_come_from_the_language_data(string locale, string utterance, string list, string intentWithout)
    {
        var without = LocaleNlu.WithoutLexiconEntry(locale, list);

        Assert.That(without.Recognize(utterance)!.IntentName, Is.EqualTo(intentWithout));
    }

    [TestCase("अब चलाओ")]
    [TestCase("फिर सुनाओ")]
    [TestCase("अब खोलो")]
    public void A_request_verb_never_begins_a_hindi_place(string utterance)
    {
        var result = Recognize("hi-IN", utterance);

        Assert.That(result.IntentName, Is.Not.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
    }

    [TestCase("साउथ सूडान की राजधानी बताओ", "SS")]
    [TestCase("ईस्ट तिमोर की राजधानी क्या है", "TL")]
    [TestCase("वेस्ट बंगाल की राजधानी क्या है", "IN-WB")]
    [TestCase("सेंट किट्स एंड नेविस की राजधानी बता", "KN")]
    [TestCase("दादरा नगर हवेली और दमन दीव की राजधानी का क्या नाम है", "IN-DH")]
    [TestCase("फ़्रान्स की राजधानी कौन सी है", "FR")]
    [TestCase("व्हाट इज़ नेपाल कैपिटल", "NP")]
    [TestCase("नेपाल की राजधानी का नाम", "NP")]
    [TestCase("हैदराबाद किस स्टेट की राजधानी है", null)]
    [TestCase("बैंगलोर किस राज्य की राजधानी है", null)]
    public void Hindi_names_and_frames_of_round_five_are_understood(string utterance, string? id)
    {
        var result = Recognize("hi-IN", utterance);

        if (id is null)
            Assert.That(result.Slot("city")?.FirstMatch, Is.Not.Null, $"matched \"{result.Sample}\" in {result.IntentName}");
        else
            Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
    }

    [Test]
    public void A_hindi_compound_keeps_its_compass_word()
    {
        var result = Recognize("hi-IN", "नॉर्थ प्रदेश की राजधानी क्या है");

        Assert.That(result.Slot("country")?.FirstMatch, Is.Null, "उत्तर प्रदेश is not said with an English compass word");
    }

    [TestCase("hi-IN", "इस स्किल में क्या पूछ सकते हैं", "AMAZON.HelpIntent")]
    [TestCase("hi-IN", "मुझे कुछ उदाहरण दो", "AMAZON.HelpIntent")]
    [TestCase("hi-IN", "बस बहुत हो गया बंद करो", "AMAZON.StopIntent")]
    [TestCase("hi-IN", "पेरू की राजधानी क्या है रुको चिली की", "CapitalIntent")]
    [TestCase("nl-NL", "annuleer de vraag", "AMAZON.CancelIntent")]
    [TestCase("nl-NL", "doe maar niet", "AMAZON.CancelIntent")]
    [TestCase("nl-NL", "hoe moet ik een vraag stellen", "AMAZON.HelpIntent")]
    [TestCase("nl-NL", "wat doet deze skill", "AMAZON.HelpIntent")]
    [TestCase("nl-NL", "kappen", "AMAZON.StopIntent")]
    [TestCase("nl-NL", "niet doen", "AMAZON.CancelIntent")]
    [TestCase("nl-NL", "genoeg voor vandaag", "AMAZON.StopIntent")]
    [TestCase("hi-IN", "अब जाओ", "AMAZON.StopIntent")]
    [TestCase("hi-IN", "मुझे नहीं चाहिए", "AMAZON.CancelIntent")]
    [TestCase("hi-IN", "थोड़ा समझाओ कैसे पूछना है", "AMAZON.HelpIntent")]
    public void Built_in_and_repair_phrasings_of_round_five_are_understood(string locale, string utterance, string intent)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("wat is de hoofdstad van colombia o nee cambodja", "KH")]
    [TestCase("graag de hoofdstad van sint kitts", "KN")]
    [TestCase("noem alle hoofdsteden van zuid-afrika eens", "ZA")]
    public void Dutch_names_repairs_and_plurals_of_round_five_are_understood(string utterance, string id)
    {
        Assert.That(Recognize("nl-NL", utterance).Slot("country")?.FirstMatch?.Id, Is.EqualTo(id));
    }

    [TestCase("hoofdstad van beide korea's graag", "KP+KR")]
    [TestCase("wat is de hoofdstad van georgia", "GE+US-GA")]
    public void A_dutch_name_of_two_places_names_both(string utterance, string id)
    {
        Assert.That(Recognize("nl-NL", utterance).Slot("country")?.FirstMatch?.Id, Is.EqualTo(id));
    }

    [TestCase("hi-IN", "स्विट्जरलैंड की राजधानी ज्यूरिख है या बर्न", "CH")]
    [TestCase("hi-IN", "क्या ऑस्ट्रेलिया की राजधानी सिडनी है या कैनबरा", "AU")]
    [TestCase("nl-NL", "is den haag nou de hoofdstad van nederland of amsterdam", "NL")]
    [TestCase("nl-NL", "is zürich de hoofdstad van zwitserland of is het bern", "CH")]
    public void A_choice_with_the_second_city_last_asks_for_the_capital(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("otherGuess")?.Value, Is.Not.Null);
        });
    }

    [TestCase("hi-IN", "दुनिया की राजधानियाँ वाला गेम शुरू करो")]
    [TestCase("hi-IN", "दुनिया की राजधानियाँ क्विज़ खोलो")]
    [TestCase("nl-NL", "start het spel hoofdsteden van de wereld")]
    [TestCase("nl-NL", "laten we hoofdsteden van de wereld spelen")]
    public void A_launch_phrase_naming_the_skill_a_game_launches(string locale, string utterance)
    {
        Assert.That(Engine(locale).ParseForm(utterance).Kind, Is.EqualTo(UtteranceKind.Launch));
    }
}
