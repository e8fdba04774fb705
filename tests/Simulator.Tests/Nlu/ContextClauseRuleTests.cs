using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The place-first context clause of <see cref="NluEngine"/>: a clause before a complete capital question that
/// begins with its place is left out, and a place that ends a value that does not resolve is read; each case is checked
/// against the same model and lexicon with the rule off, where it does not reach the place. A bare place, a place in an
/// out-of-domain sentence, a clause that names another place or a planet stay out.</summary>
public class ContextClauseRuleTests
{
    private static readonly Dictionary<string, NluEngine> WithoutRule = [];

    private static NluEngine EngineWithoutRule(string locale)
    {
        if (!WithoutRule.TryGetValue(locale, out var engine))
        {
            WithoutRule[locale] = engine = new NluEngine(LocalSkill.LoadModel(locale), WithoutPlaceReferences(locale), readsPlaceAfterClause: false,
                readsClauseAroundQuestion: false, readsNounAndPlace: false);
        }
        return engine;
    }

    [TestCase("hi-IN", "मेरी बेटी भूगोल पढ़ रही है केन्या की राजधानी बताओ", "KE")]
    [TestCase("hi-IN", "बच्चों का होमवर्क चल रहा है पेरू की राजधानी क्या है", "PE")]
    [TestCase("hi-IN", "आज क्विज़ की तैयारी कर रही हूँ नेपाल की राजधानी बताओ", "NP")]
    [TestCase("hi-IN", "दोस्तों से शर्त लगी है चिली की राजधानी क्या है", "CL")]
    [TestCase("ja-JP", "宿題でケニアの首都はどこ", "KE")]
    [TestCase("ja-JP", "明日試験だからペルーの首都はどこ", "PE")]
    [TestCase("ja-JP", "クイズでチリの首都はどこですか", "CL")]
    [TestCase("ar-SA", "ولدي عنده امتحان جغرافيا بكرة كينيا وش عاصمتها", "KE")]
    [TestCase("ar-SA", "بنتي تحل واجب الجغرافيا بيرو ما عاصمتها", "PE")]
    [TestCase("ar-SA", "ولدي يذاكر للامتحان نيبال عاصمتها ايش", "NP")]
    [TestCase("nl-NL", "ik heb morgen een overhoring kenia wat is de hoofdstad", "KE")]
    [TestCase("nl-NL", "onze juf had het er vandaag over peru hoe heet de hoofdstad", "PE")]
    [TestCase("nl-NL", "ik zit te leren voor topografie nepal wat is de hoofdstad", "NP")]
    [TestCase("en-US", "my son has geography homework tonight kenya capital is what", "KE")]
    [TestCase("en-US", "settle a bet between me and my brother peru capital is what", "PE")]
    [TestCase("en-US", "quick one before the pub quiz starts nepal capital is which", "NP")]
    public void A_clause_before_a_question_that_begins_with_its_place_is_left_out(string locale, string utterance, string id) =>
        AssertReadsPlaceOnlyWithRule(locale, utterance, id);

    [TestCase("hi-IN", "दादी वाली पहेली केन्या की राजधानी का नाम क्या है", "KE")]
    [TestCase("hi-IN", "चाचा जी की पहेली पेरू की राजधानी क्या है", "PE")]
    [TestCase("hi-IN", "कल के टेस्ट वाला नेपाल की राजधानी क्या है", "NP")]
    [TestCase("ja-JP", "質問ですがケニアの首都はどこ", "KE")]
    [TestCase("nl-NL", "wat is de hoofdstad van het mooie peru", "PE")]
    [TestCase("en-US", "what is the capital of beautiful peru", "PE")]
    public void A_place_that_ends_an_unknown_value_is_read(string locale, string utterance, string id) =>
        AssertReadsPlaceOnlyWithRule(locale, utterance, id);

    [TestCase("hi-IN", "मैं फ्रांस गया था")]
    [TestCase("hi-IN", "मेरा भाई फ्रांस में रहता है वहाँ का मौसम कैसा है")]
    [TestCase("hi-IN", "कल मेरा टेस्ट है फ्रांस में मौसम कैसा है")]
    [TestCase("hi-IN", "कल मेरा टेस्ट है मंगल ग्रह की राजधानी बताओ")]
    [TestCase("ja-JP", "フランスに行きたい")]
    [TestCase("ja-JP", "宿題で火星の首都はどこ")]
    [TestCase("ar-SA", "وش شكل علم كندا")]
    [TestCase("ar-SA", "وش افضل وقت لزيارة تركيا")]
    [TestCase("nl-NL", "welke landen grenzen aan oostenrijk")]
    [TestCase("nl-NL", "ik heb morgen een overhoring frankrijk wat is de munteenheid")]
    [TestCase("en-US", "i went to france last summer")]
    [TestCase("de-DE", "seit wann ist berlin die hauptstadt")]
    [TestCase("en-US", "my son has homework tonight mars capital is what")]
    public void An_out_of_domain_sentence_with_a_place_still_falls_back(string locale, string utterance)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch, Is.Null, $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("ar-SA", "جورجيا اللي جنب روسيا عاصمتها ايش", "RU")]
    [TestCase("de-DE", "was ist die hauptstadt der demokratischen republik kongo", "CG")]
    [TestCase("hi-IN", "फ्रांस और जर्मनी की राजधानी क्या है", "DE")]
    [TestCase("hi-IN", "कल मेरा टेस्ट है फ्रांस नहीं जर्मनी की राजधानी बताओ", "FR")]
    public void A_clause_that_names_another_place_negates_this_one_or_begins_its_name_is_not_left_out(string locale, string utterance, string notId)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.Not.EqualTo(notId), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    // The place-reference rule also reads a place said right before "عاصمتها": left out, so the comparison shows this rule.
    private static NluLexicon WithoutPlaceReferences(string locale)
    {
        using var stream = typeof(NluEngine).Assembly.GetManifestResourceStream($"WorldCapitals.Simulator.Nlu.NluLexicon.{locale[..2]}.json")!;
        var lexicon = System.Text.Json.Nodes.JsonNode.Parse(stream)!.AsObject();
        lexicon.Remove("placeReferences");
        return NluLexicon.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(lexicon.ToJsonString())));
    }

    private static void AssertReadsPlaceOnlyWithRule(string locale, string utterance, string id)
    {
        var result = LocaleNlu.Recognize(locale, utterance);
        var withoutRule = EngineWithoutRule(locale).Recognize(utterance)!;

        Assert.Multiple(() =>
        {
            Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
            Assert.That(withoutRule.Slot("country")?.FirstMatch?.Id, Is.Not.EqualTo(id), $"without the rule: \"{withoutRule.Sample}\"");
        });
    }
}
