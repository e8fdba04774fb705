using WorldCapitals.Simulator.Model;
using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The rule of <see cref="NluEngine"/> for a built-in request said with words around it (session 13): a listed
/// phrasing or a cue of the language (BuiltInCues.&lt;language&gt;.json) inside a longer utterance whose other words are
/// about the skill is that request; each case is checked against the same model and lexicon with the rule off, where it
/// falls back. Other topics, another skill's command, a place question and a negated request still fall back.</summary>
public class BuiltInRequestRuleTests
{
    private static readonly Dictionary<string, NluEngine> WithoutRule = [];

    private static NluEngine EngineWithoutRule(string locale)
    {
        if (!WithoutRule.TryGetValue(locale, out var engine))
            WithoutRule[locale] = engine = new NluEngine(LocalSkill.LoadModel(locale), NluLexicon.For(locale), readsBuiltInWithWordsAround: false, readsNounAndPlace: false);
        return engine;
    }

    [TestCase("en-US", "okay i am done with the capitals for today", "AMAZON.StopIntent")]
    [TestCase("en-US", "enough capitals for today", "AMAZON.StopIntent")]
    [TestCase("en-US", "i do not understand what i should ask you", "AMAZON.HelpIntent")]
    [TestCase("nl-NL", "we zijn er klaar mee alexa", "AMAZON.StopIntent")]
    [TestCase("nl-NL", "hoe werkt dat met die hoofdsteden", "AMAZON.HelpIntent")]
    [TestCase("ar-SA", "ابي تعليمات", "AMAZON.HelpIntent")]
    [TestCase("ar-SA", "ابي اعرف تعليمات اللعبة", "AMAZON.HelpIntent")]
    [TestCase("ar-SA", "انا جديد وش اسوي", "AMAZON.HelpIntent")]
    [TestCase("hi-IN", "सो जाओ अब", "AMAZON.StopIntent")]
    [TestCase("hi-IN", "मुझे निर्देश चाहिए", "AMAZON.HelpIntent")]
    [TestCase("de-DE", "vergiss es ich weiß es schon", "AMAZON.CancelIntent")]
    [TestCase("de-DE", "ich verstehe nicht was ich fragen soll", "AMAZON.HelpIntent")]
    [TestCase("de-DE", "wie funktioniert das mit den hauptstädten", "AMAZON.HelpIntent")]
    public void A_built_in_request_with_words_about_the_skill_around_it_is_that_request(string locale, string utterance, string intent)
    {
        var result = LocaleNlu.Recognize(locale, utterance);
        var withoutRule = EngineWithoutRule(locale).Recognize(utterance)!;

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo(intent), $"matched \"{result.Sample}\"");
            Assert.That(withoutRule.IntentName, Is.EqualTo(NluEngine.FallbackIntent), $"without the rule: \"{withoutRule.Sample}\"");
        });
    }

    // Other topics (device things), another skill's command, a place question, a question about something else, the
    // skill's noun in another sense, a request whose object the model does not know, and negated requests.
    [TestCase("en-US", "stop the music")]
    [TestCase("en-US", "cancel my alarm")]
    [TestCase("en-US", "turn off the bedroom light")]
    [TestCase("en-US", "explain photosynthesis")]
    [TestCase("en-US", "help me fix my car")]
    [TestCase("en-US", "explain working capital")]
    [TestCase("en-US", "never mind the capital of peru")]
    [TestCase("en-US", "what time is it now")]
    [TestCase("en-US", "do not stop")]
    [TestCase("en-US", "please never stop the capitals")]
    [TestCase("nl-NL", "zet de radio uit")]
    [TestCase("nl-NL", "stop de muziek")]
    [TestCase("nl-NL", "annuleer mijn wekker")]
    [TestCase("nl-NL", "leg fotosynthese uit")]
    [TestCase("nl-NL", "laat maar de hoofdstad van peru")]
    [TestCase("nl-NL", "hoe laat gaat de winkel dicht")]
    [TestCase("nl-NL", "welke dag is het")]
    [TestCase("nl-NL", "stop niet met de hoofdsteden")]
    [TestCase("nl-NL", "ik wil geen hulp bij de hoofdsteden")]
    [TestCase("ar-SA", "طفي النور")]
    [TestCase("ar-SA", "الغي المنبه")]
    [TestCase("ar-SA", "الغي عاصمة فرنسا")]
    [TestCase("ar-SA", "اشرحي لي الفيزياء")]
    [TestCase("hi-IN", "पंखा बंद कर दो")]
    [TestCase("hi-IN", "गाना बंद करो")]
    [TestCase("hi-IN", "टीवी बंद कर दो")]
    [TestCase("hi-IN", "बेडरूम की लाइट बंद करो")]
    [TestCase("hi-IN", "फ्रांस की राजधानी रहने दो")]
    [TestCase("de-DE", "mach das licht aus")]
    [TestCase("de-DE", "stopp die musik")]
    [TestCase("de-DE", "erkläre mir die relativitätstheorie")]
    [TestCase("de-DE", "ich will keine hilfe mit den hauptstädten")]
    public void Another_topic_a_place_or_a_negation_around_a_built_in_wording_still_falls_back(string locale, string utterance)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.IntentName, Is.EqualTo(NluEngine.FallbackIntent), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("en-US", "enough capitals for today")]
    [TestCase("nl-NL", "hoe werkt dat met die hoofdsteden")]
    [TestCase("hi-IN", "मुझे निर्देश चाहिए")]
    public void The_rule_is_off_with_fallback_sensitivity_high(string locale, string utterance)
    {
        var model = LocalSkill.LoadModel(locale) with { FallbackSensitivity = FallbackSensitivity.High };
        var result = new NluEngine(model, NluLexicon.For(locale)).Recognize(utterance)!;

        Assert.That(result.IntentName, Is.EqualTo(NluEngine.FallbackIntent), $"matched \"{result.Sample}\"");
    }

    [Test]
    public void A_cue_file_reads_each_intents_phrases_as_the_lexicons_keys()
    {
        var lexicon = NluLexicon.For("en-US");
        using var stream = new MemoryStream("""{"cues": {"AMAZON.CancelIntent": ["Never mind", "don't bother"]}, "negations": ["Never"], "otherTopics": ["Music"]}"""u8.ToArray());

        var cues = BuiltInCues.Parse(stream, lexicon);

        Assert.Multiple(() =>
        {
            Assert.That(cues.Cues["AMAZON.CancelIntent"].Select(cue => string.Join(' ', cue.Keys)), Is.EqualTo(new[] { "never mind", "do not bother" }));
            Assert.That(cues.Says("AMAZON.CancelIntent", "bother"), Is.True);
            Assert.That(cues.Says("AMAZON.HelpIntent", "bother"), Is.False);
            Assert.That(cues.Negations, Does.Contain("never"));
            Assert.That(cues.OtherTopics, Does.Contain("music"));
        });
    }
}
