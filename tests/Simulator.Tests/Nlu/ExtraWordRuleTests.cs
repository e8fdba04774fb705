using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The extra-word rule of <see cref="NluEngine"/>: a capital question that fits a sample exactly but for one word
/// the model knows of no other request (an adverb, a particle) reads the place, and each case is checked against the same
/// model and lexicon with the rule off, where it does not; words that name something else stay out.</summary>
public class ExtraWordRuleTests
{
    private static readonly Dictionary<string, NluEngine> WithoutRule = [];

    private static NluEngine EngineWithoutRule(string locale)
    {
        if (!WithoutRule.TryGetValue(locale, out var engine))
        {
            WithoutRule[locale] = engine = new NluEngine(LocalSkill.LoadModel(locale), NluLexicon.For(locale), readsExtraWords: false,
                readsClauseAroundQuestion: false, readsNounAndPlace: false);
        }
        return engine;
    }

    [TestCase("en-US", "capital of peru exactly", "PE")]
    [TestCase("nl-NL", "hoofdstad van kenia trouwens", "KE")]
    [TestCase("nl-NL", "de hoofdstad van chili momenteel", "CL")]
    [TestCase("hi-IN", "केन्या की राजधानी आजकल बताओ", "KE")]
    [TestCase("hi-IN", "पेरू की राजधानी दरअसल बताओ", "PE")]
    [TestCase("ar-SA", "عاصمة كينيا هاليومين", "KE")]
    [TestCase("ar-SA", "وش عاصمة بيرو هالأيام", "PE")]
    [TestCase("de-DE", "hauptstadt von kenia derzeit", "KE")]
    [TestCase("de-DE", "hauptstadt von peru momentan", "PE")]
    // "capitale du kenya aujourd'hui" (KE): "aujourd'hui" is a French filler since session 37, so no extra word is read past.
    [TestCase("es-ES", "capital de perú hoy", "PE")]
    public void One_extra_word_outside_the_place_is_read_past(string locale, string utterance, string id)
    {
        var result = LocaleNlu.Recognize(locale, utterance);
        var withoutRule = EngineWithoutRule(locale).Recognize(utterance)!;

        Assert.Multiple(() =>
        {
            Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
            Assert.That(withoutRule.Slot("country")?.FirstMatch?.Id, Is.Not.EqualTo(id), $"without the rule: \"{withoutRule.Sample}\"");
        });
    }

    [TestCase("en-US", "population capital of france")]
    [TestCase("en-US", "france capital population")]
    [TestCase("en-US", "president of france currently")]
    [TestCase("en-US", "capital letter currently")]
    [TestCase("en-US", "what capital currently has the most people")]
    [TestCase("nl-NL", "inwoners hoofdstad van frankrijk")]
    [TestCase("nl-NL", "taal van frankrijk momenteel")]
    [TestCase("nl-NL", "welke hoofdstad heeft momenteel de meeste inwoners")]
    [TestCase("hi-IN", "फ्रांस की राजधानी जनसंख्या")]
    [TestCase("hi-IN", "फ्रांस की मुद्रा आजकल क्या है")]
    [TestCase("ar-SA", "سكان عاصمة فرنسا")]
    [TestCase("ar-SA", "عملة فرنسا حاليا")]
    [TestCase("de-DE", "einwohner hauptstadt von frankreich")]
    public void A_word_that_names_another_thing_still_falls_back(string locale, string utterance)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.IntentName, Is.EqualTo(NluEngine.FallbackIntent), $"matched \"{result.Sample}\"");
    }

    [TestCase("en-US", "capital of mars currently")]
    [TestCase("nl-NL", "hoofdstad van de maan momenteel")]
    [TestCase("en-US", "capital of france help")]
    [TestCase("nl-NL", "hoofdstad van frankrijk niet")]
    [TestCase("de-DE", "hauptstadt von frankreich nicht")]
    [TestCase("ar-SA", "عاصمة ولاية زرنوقة الهندية")]
    public void An_extra_word_never_makes_a_place_of_what_is_none_nor_reads_past_another_intent_or_a_negation(string locale, string utterance)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch, Is.Null, $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("de-DE", "was ist die hauptstadt der demokratischen republik kongo", "republik kongo")]
    [TestCase("nl-NL", "hoofdstad van de democratische republiek kongo", "republiek kongo")]
    public void A_word_before_the_place_stays_in_the_value_as_part_of_its_name(string locale, string utterance, string shorterName)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.Value, Is.Not.EqualTo(shorterName), $"matched \"{result.Sample}\" in {result.IntentName}");
    }
}
