using System.Text;
using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Domain words that speech recognition or fast typing splits or misspells (interactionModel/README.md, *Split and
/// misspelt domain words (session 13)*): a lexicon's <c>joins</c> read a run of words said apart as the one word it stands
/// for ("hoofd stad" is "hoofdstad", "राज धानी" is "राजधानी"), in utterances and samples alike; misspellings are one-word
/// variants ("eigelijk", "haupstadt", "عاصمت"). A run may also stand for several words (Japanese キャピタル for 首都, which is
/// 首 and 都) or be kept as one word (宿題). Each language is tested with sentences no corpus has, and the words of a
/// run said alone, or about something else, still fall back.</summary>
public class SplitWordRuleTests
{
    private const string Lexicon = """
        { "fillers": ["um"], "functionWords": ["the", "of", "is"], "variants": { "capitol": "capital" },
          "joins": { "capi tal": "capital", "cap i tol": "capitol", "i am": "iam" } }
        """;

    private static NluLexicon Parse(string json) => NluLexicon.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static string[] Keys(NluLexicon lexicon, string text) => [.. lexicon.Tokenize(text).Select(token => token.Key)];

    [Test]
    public void A_run_said_apart_is_read_as_its_one_word_spanning_the_run()
    {
        var tokens = Parse(Lexicon).Tokenize("what is the capi-tal of France");
        var joined = tokens[3];

        Assert.Multiple(() =>
        {
            Assert.That(tokens.Select(token => token.Key), Is.EqualTo(new[] { "what", "is", "the", "capital", "of", "france" }));
            Assert.That((joined.Text, joined.Start, joined.End), Is.EqualTo(("capital", 12, 20)));
        });
    }

    [Test]
    public void The_words_of_a_run_said_alone_or_in_another_order_stay_as_they_are()
    {
        var lexicon = Parse(Lexicon);

        Assert.Multiple(() =>
        {
            Assert.That(Keys(lexicon, "capi of tal"), Is.EqualTo(new[] { "capi", "of", "tal" }));
            Assert.That(Keys(lexicon, "tal capi"), Is.EqualTo(new[] { "tal", "capi" }));
            Assert.That(Keys(lexicon, "capi"), Is.EqualTo(new[] { "capi" }));
        });
    }

    [Test]
    public void The_longest_run_is_read_first()
    {
        var lexicon = Parse("""{ "fillers": [], "functionWords": [], "variants": {}, "joins": { "a b": "ab", "a b c": "abc" } }""");

        Assert.Multiple(() =>
        {
            Assert.That(Keys(lexicon, "x a b c y"), Is.EqualTo(new[] { "x", "abc", "y" }));
            Assert.That(Keys(lexicon, "x a b y"), Is.EqualTo(new[] { "x", "ab", "y" }));
        });
    }

    [Test]
    public void A_run_may_stand_for_several_words_each_a_token_spanning_the_run()
    {
        var lexicon = Parse("""{ "fillers": [], "functionWords": ["の"], "variants": {}, "joins": { "のしゅと": "の首都", "キャピタル": "首都" } }""");
        var tokens = lexicon.Tokenize("ペルーのしゅとは");

        Assert.Multiple(() =>
        {
            Assert.That(tokens.Select(token => token.Key), Is.EqualTo(Tokenizer.Tokenize("ペルーの首都は").Select(token => token.Key)));
            Assert.That(tokens.Skip(2).Take(3).Select(token => (token.Text, token.Start, token.End)),
                Is.EqualTo(Enumerable.Repeat(("のしゅと", 3, 7), 3)));
            Assert.That(Keys(lexicon, "キャピタル"), Is.EqualTo(new[] { "首", "都" }));
        });
    }

    [Test]
    public void A_run_joined_to_its_own_text_is_kept_as_one_word()
    {
        var lexicon = Parse("""{ "fillers": [], "functionWords": [], "variants": {}, "joins": { "宿題": "宿題", "capi tal": "capi tal" } }""");
        var tokens = lexicon.Tokenize("宿題の宿");

        Assert.Multiple(() =>
        {
            Assert.That(tokens.Select(token => (token.Text, token.Key, token.Start, token.End)),
                Is.EqualTo(new[] { ("宿題", "宿題", 0, 2), ("の", Tokenizer.KeyOf("の"), 2, 3), ("宿", "宿", 3, 4) }));
            Assert.That(Keys(lexicon, "the capi tal"), Is.EqualTo(new[] { "the", "capital" }));
        });
    }

    [Test]
    public void Words_that_begin_or_end_inside_a_run_joined_to_several_words_cut_it()
    {
        var tokens = Parse("""{ "fillers": [], "functionWords": [], "variants": {}, "joins": { "cap city": "capital city" } }""")
            .Tokenize("the cap city of peru");

        Assert.Multiple(() =>
        {
            Assert.That(tokens.Select(token => token.Key), Is.EqualTo(new[] { "the", "capital", "city", "of", "peru" }));
            Assert.That(Tokenizer.CutsJoinedRun(tokens, 1, 2), Is.False);
            Assert.That(Tokenizer.CutsJoinedRun(tokens, 0, 2), Is.False);
            Assert.That(Tokenizer.CutsJoinedRun(tokens, 3, 4), Is.False);
            Assert.That(Tokenizer.CutsJoinedRun(tokens, 0, 1), Is.True);
            Assert.That(Tokenizer.CutsJoinedRun(tokens, 2, 4), Is.True);
        });
    }

    [Test]
    public void A_filler_phrase_that_contains_a_run_is_read_with_the_run_joined_as_utterances_are()
    {
        var lexicon = Parse("""
            { "fillers": ["確認したいんだけど", "well you know"], "functionWords": [], "variants": {},
              "joins": { "んだけど": "んだけど", "you know": "y'know" } }
            """);

        Assert.That(lexicon.FillerPhrases, Is.EquivalentTo(new[]
        {
            new[] { "確", "認", "し", "た", "い", "んだけど" }.Select(Tokenizer.KeyOf),
            new[] { "well", "y'know" }.Select(Tokenizer.KeyOf),
        }));
    }

    [TestCase("ペルーのしゅとはどこ", "PE", "ペルー")]
    [TestCase("カナダのキャピタルは", "CA", "カナダ")]
    [TestCase("トルコのキャピタルシティはどこ", "TR", "トルコ")]
    public void A_japanese_run_joined_to_real_words_gives_the_place_as_said(string utterance, string id, string value)
    {
        var result = LocaleNlu.Recognize("ja-JP", utterance);

        Assert.That((result.IntentName, result.Slot("country")?.FirstMatch?.Id, result.Slot("country")?.Value), Is.EqualTo(("CapitalIntent", id, value)),
            $"matched \"{result.Sample}\"");
    }

    [TestCase("""{ "capi": "capital" }""")]
    [TestCase("""{ "capi tal": "" }""")]
    [TestCase("""{ "capi tal": " - " }""")]
    public void A_join_that_is_not_a_run_for_words_is_a_mistake_in_the_lexicon(string joins)
    {
        Assert.That(() => Parse($$"""{ "fillers": [], "functionWords": [], "variants": {}, "joins": {{joins}} }"""), Throws.TypeOf<InvalidDataException>());
    }

    [TestCase("what is the capi tal of france", "FR")]
    [TestCase("capi tal of ivory coast", "CI")]
    [TestCase("what is the cap i tol of britain", "GB")]
    public void A_joined_word_is_read_with_its_variants_and_a_language_without_the_join_does_not_read_it(string utterance, string id)
    {
        var bare = new NluEngine(TinyModel.Model, Parse("""{ "fillers": ["um"], "functionWords": ["the", "of", "is"], "variants": { "capitol": "capital" } }"""));

        Assert.Multiple(() =>
        {
            Assert.That(new NluEngine(TinyModel.Model, Parse(Lexicon)).Recognize(utterance)!.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id));
            Assert.That(bare.Recognize(utterance)!.IntentName, Is.Not.EqualTo("CapitalIntent"));
        });
    }

    [Test]
    public void A_sample_is_joined_as_an_utterance_is()
    {
        // The tiny model's help sample "i am stuck" is read "iam stuck": typed together, it is the sample word for word.
        var engine = new NluEngine(TinyModel.Model, Parse(Lexicon));

        Assert.Multiple(() =>
        {
            Assert.That(engine.Recognize("iam stuck")!.IntentName, Is.EqualTo("AMAZON.HelpIntent"));
            Assert.That(engine.Recognize("i am stuck")!.IntentName, Is.EqualTo("AMAZON.HelpIntent"));
        });
    }

    [TestCase("nl-NL", "hoe heet de hoofd stad van peru", "PE")]
    [TestCase("nl-NL", "welke stad is de hoofd stad van kenia", "KE")]
    [TestCase("nl-NL", "de hoofd stad van japan", "JP")]
    [TestCase("nl-NL", "zeg eens de hoofd-stad van marokko", "MA")]
    [TestCase("nl-NL", "wat is eigelijk de hoofdstad van chili", "CL")]
    [TestCase("nl-NL", "hoe heet de hoofdstad van ghana eigelijk", "GH")]
    [TestCase("nl-NL", "hoeveel hoofd steden heeft bolivia", "BO")]
    [TestCase("nl-NL", "wat zijn de hoofd steden van zuid-afrika", "ZA")]
    [TestCase("hi-IN", "पेरू की राज धानी क्या है", "PE")]
    [TestCase("hi-IN", "केन्या की राज धानी कौन सी है", "KE")]
    [TestCase("hi-IN", "जापान की राज धानी बताइए", "JP")]
    [TestCase("hi-IN", "बोलीविया की कितनी राज धानियाँ हैं", "BO")]
    [TestCase("hi-IN", "ईरान का दारुल हुकूमत कौन सा शहर है", "IR")]
    [TestCase("hi-IN", "नेपाल की राज धानि क्या है", "NP")]
    [TestCase("de-DE", "was ist die haupt stadt von peru", "PE")]
    [TestCase("de-DE", "wie heißt die haupt-stadt von kenia", "KE")]
    [TestCase("de-DE", "was ist die haupstadt von japan", "JP")]
    [TestCase("de-DE", "was ist eigendlich die hauptstadt von chile", "CL")]
    [TestCase("ar-SA", "ما هي عاصمت المغرب", "MA")]
    [TestCase("ar-SA", "وش عاصمت اليابان", "JP")]
    [TestCase("ar-SA", "عاصمت كينيا", "KE")]
    public void A_split_or_misspelt_domain_word_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf(locale, utterance, id);

    [TestCase("nl-NL", "ik heb hoofdpijn in de stad")]
    [TestCase("nl-NL", "mijn hoofd doet pijn")]
    [TestCase("nl-NL", "welke stad is het mooiste")]
    [TestCase("nl-NL", "hoe druk is het in de stad eigelijk")]
    [TestCase("hi-IN", "राज की बात बताओ")]
    [TestCase("hi-IN", "धानी रंग कैसा होता है")]
    [TestCase("de-DE", "ich habe kopfschmerzen in der stadt")]
    [TestCase("de-DE", "wo ist der haupt bahnhof")]
    [TestCase("ar-SA", "ما هي عملة المغرب")]
    public void A_word_of_a_run_alone_or_a_neighbour_about_no_capital_falls_back(string locale, string utterance)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.IntentName, Is.EqualTo(NluEngine.FallbackIntent), $"matched \"{result.Sample}\"");
    }

    [TestCase("nl-NL", "wat is de hoofd stad van peru")]
    [TestCase("hi-IN", "पेरू की राज धानी क्या है")]
    [TestCase("de-DE", "was ist die haupt stadt von peru")]
    public void The_joins_come_from_the_language_data(string locale, string utterance)
    {
        var result = LocaleNlu.WithoutLexiconEntry(locale, "joins").Recognize(utterance)!;

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.Not.EqualTo("PE"));
    }
}
