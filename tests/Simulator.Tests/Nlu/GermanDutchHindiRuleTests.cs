using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The rules round 3 added for German, Dutch and Hindi, on the generated models: the German genitive ending, a
/// guessed city in a yes/no check (a slot of a built-in type; Arabic and Japanese too since round 4), a self-correction that restarts at another preposition,
/// and Hindi postpositions and vowel lengths read alike.</summary>
public class GermanDutchHindiRuleTests
{
    private static Interpretation Recognize(string locale, string text) => LocaleNlu.Recognize(locale, text);

    [TestCase("palaus hauptstadt", "PW")]
    [TestCase("kennst du samoas hauptstadt", "WS")]
    [TestCase("was ist die hauptstadt des irans", "IR")]
    public void A_german_name_with_its_genitive_ending_resolves_to_the_name(string utterance, string id) =>
        AssertCapitalQuestionAbout("de-DE", utterance, id);

    [TestCase("de-DE", "ist sydney die hauptstadt von australien", "AU", "sydney")]
    [TestCase("de-DE", "stimmt es dass rio de janeiro die hauptstadt von brasilien ist", "BR", "rio de janeiro")]
    [TestCase("nl-NL", "is antwerpen de hoofdstad van belgië", "BE", "antwerpen")]
    [TestCase("nl-NL", "klopt het dat new york de hoofdstad van amerika is", "US", "new york")]
    [TestCase("hi-IN", "क्या कराची पाकिस्तान की राजधानी है", "PK", "कराची")]
    [TestCase("hi-IN", "टोरंटो कनाडा की राजधानी है ना", "CA", "टोरंटो")]
    [TestCase("hi-IN", "क्या बर्लिन अब भी जर्मनी की राजधानी है", "DE", "बर्लिन")]
    [TestCase("hi-IN", "स्विट्जरलैंड की राजधानी ज्यूरिख है क्या", "CH", "ज्यूरिख")]
    [TestCase("nl-NL", "is de hoofdstad van turkije istanbul", "TR", "istanbul")]
    [TestCase("ar-SA", "هل الاسكندرية هي عاصمة مصر", "EG", "الاسكندرية")]
    [TestCase("ar-SA", "صحيح ان زيورخ عاصمة سويسرا", "CH", "زيورخ")]
    [TestCase("ar-SA", "بومباي عاصمة الهند ولا لا", "IN", "بومباي")]
    [TestCase("ja-JP", "大阪は日本の首都ですか", "JP", "大阪")]
    [TestCase("ja-JP", "チューリッヒがスイスの首都だっけ", "CH", "チューリッヒ")]
    public void A_yes_no_check_names_the_place_and_keeps_the_guess_in_its_own_slot(string locale, string utterance, string id, string guess)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id));
            Assert.That(result.Slot("guess")?.Value, Is.EqualTo(guess));
        });
    }

    [TestCase("de-DE", "ist berlin die hauptstadt der mode")]
    [TestCase("nl-NL", "is parijs de hoofdstad van de liefde")]
    [TestCase("ar-SA", "هل باريس هي عاصمة الموضة")]
    [TestCase("ja-JP", "パリはファッションの首都ですか")]
    public void A_yes_no_check_about_no_known_place_is_not_a_capital_question(string locale, string utterance)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }

    [TestCase("de-DE", "was ist die hauptstadt der slowakei oder nein von slowenien", "SI")]
    [TestCase("de-DE", "die hauptstadt von schweden quatsch von norwegen", "NO")]
    [TestCase("nl-NL", "wat is de hoofdstad van spanje nee van portugal", "PT")]
    [TestCase("nl-NL", "hoe heet de hoofdstad van oostenrijk eh ik bedoel van zwitserland", "CH")]
    public void A_self_correction_restarting_at_a_preposition_keeps_the_second_place(string locale, string utterance, string id)
    {
        Assert.That(Recognize(locale, utterance).Slot("country")!.FirstMatch?.Id, Is.EqualTo(id));
    }

    [TestCase("जापान का राजधानी क्या है", "JP")]
    [TestCase("बोलिविया के कैपिटल्स कौन कौन से हैं", "BO")]
    [TestCase("केन्या की राजधानी मालूम है क्या", "KE")]
    [TestCase("ईराक की राजधानी क्या है", "IQ")]
    [TestCase("फ़िलीपींस की राजधानी क्या है", "PH")]
    [TestCase("सोलोमन आइलैंड्स की राजधानी क्या है", "SB")]
    public void Hindi_postpositions_vowel_lengths_and_island_loanwords_are_read_alike(string utterance, string id) =>
        AssertCapitalQuestionAbout("hi-IN", utterance, id);

    private static void AssertCapitalQuestionAbout(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id));
        });
    }
}
