using System.Text;
using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The rules the English lexicon's data drives (self-corrections, articles, request verbs), the dropped
/// possessive and the filler-only utterance: on the generated en-US model, and on the tiny model with a lexicon of
/// its own so that each rule is seen to depend on its data.</summary>
public class SpeechRepairTests
{
    private static Interpretation Recognize(string text) => LocalSkill.Nlu.Recognize(text)!;

    private static void AssertCapitalQuestion(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id));
        });
    }

    [TestCase("what's the capital city i mean the capital of nigeria", "NG")]
    [TestCase("what's the capital no wait what's the capital of israel", "IL")]
    [TestCase("the capital of sorry the capital of belgium", "BE")]
    [TestCase("what is the cap the capital of saudi arabia", "SA")]
    public void The_words_a_speaker_abandons_before_starting_again_carry_no_meaning(string utterance, string id)
        => AssertCapitalQuestion(utterance, id);

    [TestCase("what is the capital of spain i mean portugal", "PT")]
    [TestCase("capital of chile no sorry peru", "PE")]
    [TestCase("what's the capital of austria um no australia", "AU")]
    [TestCase("which city is the capital of niger uh nigeria", "NG")]
    [TestCase("what's the capital of korea or rather north korea", "KP")]
    [TestCase("what's the capital of kansas nah nebraska", "US-NE")]
    public void A_place_replaced_after_a_repair_phrase_leaves_the_slot_the_second(string utterance, string id)
        => AssertCapitalQuestion(utterance, id);

    [TestCase("what is the capital of spain and portugal", "spain and portugal")]
    [TestCase("what is the capital of spain please portugal", "spain please portugal")]
    public void Two_places_without_a_repair_phrase_between_them_stay_in_the_slot_and_resolve_neither(string utterance, string value)
    {
        var slot = Recognize(utterance).Slot("country");

        Assert.Multiple(() =>
        {
            Assert.That(slot?.Value, Is.EqualTo(value));
            Assert.That(slot?.FirstMatch, Is.Null);
        });
    }

    [TestCase("no stop", "AMAZON.StopIntent")]
    [TestCase("nah cancel", "AMAZON.CancelIntent")]
    [TestCase("no wait what's the capital of peru", "CapitalIntent")]
    public void A_repair_phrase_said_first_corrects_the_assistant_not_the_request(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [Test]
    public void A_repair_phrase_said_alone_stays_a_word()
    {
        // As a filler, "no" would be an utterance of fillers only, which never matches; as a word it ends the skill as
        // "no thanks" does.
        Assert.That(Recognize("no").IntentName, Is.EqualTo("AMAZON.StopIntent"));
    }

    [TestCase("whats nicaragua capital", "NI")]
    [TestCase("where's the czech republic capital", "CZ")]
    [TestCase("what's mali capital called", "ML")]
    public void A_possessive_speech_recognition_left_out_is_a_near_miss(string utterance, string id)
    {
        Assert.That(Recognize(utterance).Slot("country")!.FirstMatch?.Id, Is.EqualTo(id));
    }

    [TestCase("norways capital", "NO")]
    [TestCase("whats frances capital", "FR")]
    [TestCase("what is the bahamas capital", "BS")]
    public void A_possessive_typed_without_its_apostrophe_is_read_where_the_name_without_the_s_resolves(string utterance, string id)
    {
        Assert.That(Recognize(utterance).Slot("country")!.FirstMatch?.Id, Is.EqualTo(id));
    }

    [TestCase("venture capital")]
    [TestCase("narnia capital")]
    public void One_literal_word_after_the_slot_does_not_carry_a_value_that_does_not_resolve(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }

    [Test]
    public void One_literal_word_before_the_slot_still_carries_a_value_that_does_not_resolve()
    {
        var slot = Recognize("and narnia").Slot("country");

        Assert.Multiple(() =>
        {
            Assert.That(slot?.Value, Is.EqualTo("narnia"));
            Assert.That(slot?.FirstMatch, Is.Null);
        });
    }

    [Test]
    public void A_possessive_left_out_does_not_carry_a_place_that_does_not_resolve()
    {
        Assert.That(Recognize("whats narnia capital").IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }

    [TestCase("i've got an exam on friday what's the capital of peru", "PE")]
    [TestCase("for the geography round which city is the capital of kenya", "KE")]
    [TestCase("my grandson and i were arguing what is norway's capital", "NO")]
    [TestCase("for my geography homework can you tell me the capital of chile", "CL")]
    [TestCase("this one is hard tell me japan's capital", "JP")]
    public void A_context_clause_before_a_complete_question_carries_no_meaning(string utterance, string id)
        => AssertCapitalQuestion(utterance, id);

    [TestCase("i have a quiz tomorrow what's the weather like")]
    [TestCase("my teacher wants to know what's the capital of narnia")]
    [TestCase("so is sydney bigger than canberra")]
    public void A_context_clause_needs_a_complete_question_about_a_known_place(string utterance)
    {
        var result = Recognize(utterance);

        Assert.That(result.IntentName, Is.EqualTo(NluEngine.FallbackIntent), $"matched \"{result.Sample}\"");
    }

    // The clause-around-question rule (session 14) reads a clause of up to NluEngine.MaxAroundClauseWords words; the
    // lexicon's context-clause repair alone reaches NluEngine.MaxContextClauseWords words, and no further.
    [Test]
    public void The_context_clause_repair_alone_reaches_a_few_words_only()
    {
        var engine = new NluEngine(LocalSkill.LoadModel("en-US"), NluLexicon.For("en-US"), readsClauseAroundQuestion: false, readsNounAndPlace: false);

        var result = engine.Recognize("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen what's the capital of peru")!;

        Assert.That(result.IntentName, Is.EqualTo(NluEngine.FallbackIntent), $"matched \"{result.Sample}\"");
    }

    [TestCase("what's the capital of the vatican", "VA")]
    [TestCase("which city is capital in the vatican", "VA")]
    [TestCase("the ivory coast's capital", "CI")]
    public void An_article_before_a_place_name_does_not_change_it(string utterance, string id)
    {
        Assert.That(Recognize(utterance).Slot("country")!.FirstMatch?.Id, Is.EqualTo(id));
    }

    [TestCase("spell capital")]
    [TestCase("define capital")]
    [TestCase("pronounce capital")]
    [TestCase("capital gains")]
    [TestCase("capital one")]
    [TestCase("thank you")]
    public void A_request_verb_or_an_utterance_of_fillers_only_is_not_a_capital_question(string utterance)
    {
        var result = Recognize(utterance);

        Assert.That(result.IntentName, Is.EqualTo(NluEngine.FallbackIntent), $"matched \"{result.Sample}\"");
    }

    private static NluEngine TinyWith(string lexicon) =>
        new(TinyModel.Model, NluLexicon.Parse(new MemoryStream(Encoding.UTF8.GetBytes(lexicon))));

    private const string Bare = """{ "fillers": ["um"], "functionWords": ["the", "of", "is"], "variants": {} }""";

    private const string WithRules = """
        { "fillers": ["um"], "functionWords": ["the", "of", "is"], "variants": { "dont": "do not" },
          "articles": ["the"], "repairs": ["i mean"], "requestVerbs": ["spell"], "questionWords": ["what"] }
        """;

    [TestCase("what is the capital i mean the capital of france", "FR")]
    [TestCase("what is the capital of the france", "FR")]
    [TestCase("what is the capital of britain i mean france", "FR")]
    [TestCase("for my geography exam what is the capital of france", "FR")]
    public void Repairs_and_articles_come_from_the_language_data(string utterance, string id)
    {
        Assert.Multiple(() =>
        {
            Assert.That(TinyWith(WithRules).Recognize(utterance)!.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id));
            Assert.That(TinyWith(Bare).Recognize(utterance)!.Slot("country")?.FirstMatch?.Id, Is.Not.EqualTo(id));
        });
    }

    [Test]
    public void Request_verbs_come_from_the_language_data()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TinyWith(WithRules).Recognize("spell capital please")!.IntentName, Is.EqualTo(NluEngine.FallbackIntent));
            Assert.That(TinyWith(Bare).Recognize("spell capital please")!.IntentName, Is.EqualTo("CapitalIntent"));
        });
    }
}
