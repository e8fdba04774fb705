using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Nlu;

public class TokenizerTests
{
    [Test]
    public void Punctuation_case_and_spacing_are_ignored_in_keys()
    {
        var tokens = Tokenizer.Tokenize("  What's   the CAPITAL, of... Peru?! ");

        Assert.That(tokens.Select(t => t.Key), Is.EqualTo(new[] { "whats", "the", "capital", "of", "peru" }));
    }

    [Test]
    public void Apostrophes_stay_inside_words_as_written_and_keys_drop_them()
    {
        var tokens = Tokenizer.Tokenize("'quoted' what’s d'ivoire");

        Assert.Multiple(() =>
        {
            Assert.That(tokens.Select(t => t.Text), Is.EqualTo(new[] { "quoted", "what’s", "d'ivoire" }));
            Assert.That(tokens.Select(t => t.Key), Is.EqualTo(new[] { "quoted", "whats", "divoire" }));
            Assert.That(Tokenizer.SpellingOf("What’s"), Is.EqualTo("what's"));
        });
    }

    [Test]
    public void Accents_are_folded_in_keys_and_kept_in_the_text()
    {
        var token = Tokenizer.Tokenize("Türkiye").Single();

        Assert.Multiple(() =>
        {
            Assert.That(token.Key, Is.EqualTo("turkiye"));
            Assert.That(token.Text, Is.EqualTo("Türkiye"));
        });
    }

    [Test]
    public void A_long_vowel_mark_belongs_to_the_kana_before_it_and_is_folded_away()
    {
        var tokens = Tokenizer.Tokenize("ーケーララ");

        Assert.Multiple(() =>
        {
            Assert.That(tokens.Select(t => t.Text), Is.EqualTo(new[] { "ケー", "ラ", "ラ" }));
            Assert.That(tokens.Select(t => t.Key), Is.EqualTo(Tokenizer.Tokenize("ケララ").Select(t => t.Key)));
        });
    }

    [Test]
    public void Hyphens_separate_words()
    {
        Assert.That(Tokenizer.PhraseKey("Guinea-Bissau"), Is.EqualTo("guinea bissau"));
    }

    [Test]
    public void Token_offsets_point_into_the_original_text()
    {
        const string text = "ask about São Tomé!";
        var tokens = Tokenizer.Tokenize(text);

        Assert.That(text[tokens[2].Start..tokens[3].End], Is.EqualTo("São Tomé"));
    }

    [TestCase("طيب وآيسلندا", "طيب|و|ايسلندا", Description = "and + a known name: two words")]
    [TestCase("والمملكة المتحدة", "و|المملكه|المتحده")]
    [TestCase("وزير", "وزير", Description = "a known word is never split")]
    [TestCase("وكالة", "وكاله", Description = "the rest is no known word: kept whole")]
    [TestCase("و", "و", Description = "the prefix alone")]
    public void A_joined_prefix_before_a_known_word_is_a_word_of_its_own(string text, string expected)
    {
        var known = new HashSet<string>(["ايسلندا", "المملكه", "المتحده", "وزير", "زير", "طيب"], StringComparer.Ordinal);

        var tokens = Tokenizer.SplitPrefixes(Tokenizer.Tokenize(text), [Tokenizer.SpellingOf("و")], known.Contains);

        Assert.Multiple(() =>
        {
            Assert.That(string.Join('|', tokens.Select(token => token.Key)), Is.EqualTo(expected));
            Assert.That(tokens.Select(token => text[token.Start..token.End]), Is.EqualTo(tokens.Select(token => token.Text)));
        });
    }

    [Test]
    public void Without_prefixes_nothing_is_split() =>
        Assert.That(Tokenizer.SplitPrefixes(Tokenizer.Tokenize("وآيسلندا"), [], _ => true).Select(token => token.Key), Is.EqualTo(new[] { "وايسلندا" }));

    [Test]
    public void A_run_written_with_hiragana_is_not_joined_inside_a_katakana_word()
    {
        var run = Tokenizer.Tokenize("えたい").Select(token => token.Key).ToArray();
        WordJoin[] joins = [new(run, [string.Concat(run)], WrittenWithHiragana: true)];

        Assert.Multiple(() =>
        {
            // Keys fold katakana to hiragana, so the えた of 間違えた and the イ of イラク have the run's keys.
            Assert.That(Tokenizer.JoinRuns(Tokenizer.Tokenize("間違えたイラク"), joins).Select(token => token.Text),
                Is.EqualTo(new[] { "間", "違", "え", "た", "イ", "ラ", "ク" }));
            Assert.That(Tokenizer.JoinRuns(Tokenizer.Tokenize("覚えたいんだ"), joins).Select(token => token.Text),
                Is.EqualTo(new[] { "覚", "えたい", "ん", "だ" }));
            // A run written in katakana is joined where a katakana word goes on after it.
            Assert.That(Tokenizer.JoinRuns(Tokenizer.Tokenize("間違えたイラク"), [joins[0] with { WrittenWithHiragana = false }]).Select(token => token.Text),
                Is.EqualTo(new[] { "間", "違", "えたイ", "ラ", "ク" }));
        });
    }

    [Test]
    public void A_run_that_drops_a_lead_in_keeps_the_words_after_it_as_they_were()
    {
        WordJoin leadIn = new(["tell", "me", "the", "capital"], ["the", "capital"]);
        WordJoin tail = new(["which", "country", "in", "asia"], ["which", "country"]);
        var tokens = Tokenizer.JoinRuns(Tokenizer.Tokenize("tell me the capital of peru"), [leadIn]);
        var joined = Tokenizer.JoinRuns(Tokenizer.Tokenize("the capital of which country in asia"), [tail]);

        Assert.Multiple(() =>
        {
            Assert.That(leadIn.LeadInWords, Is.EqualTo(2));
            Assert.That((leadIn with { Words = ["me", "the", "capital"] }).LeadInWords, Is.EqualTo(1));
            Assert.That(tokens.Select(token => (token.Text, token.Key, token.Start)),
                Is.EqualTo(new[] { ("the", "the", 8), ("capital", "capital", 12), ("of", "of", 20), ("peru", "peru", 23) }));
            // Each kept word is a word of its own, so a value may begin or end at it.
            Assert.That(Tokenizer.CutsJoinedRun(tokens, 1, 1), Is.False);
            // A run that drops words after the ones it keeps stands whole for what it says: a value takes all or none.
            Assert.That(tail.LeadInWords, Is.Null);
            Assert.That(joined.Skip(3).Select(token => token.Text), Is.EqualTo(new[] { "whichcountryinasia", "whichcountryinasia" }));
            Assert.That(Tokenizer.CutsJoinedRun(joined, 4, 4), Is.True);
            // A run that stands for other words is joined as before, and so is one of characters written without spaces.
            Assert.That(new WordJoin(["hoofd", "stad"], ["hoofdstad"]).LeadInWords, Is.Null);
            Assert.That(new WordJoin(["北", "ま", "け", "と", "に", "あ"], ["ま", "け", "と", "に", "あ"]).LeadInWords, Is.Null);
            // A run that comes down to one word stands whole for it: "this country" is no country called "country".
            Assert.That(new WordJoin(["this", "country"], ["country"]).LeadInWords, Is.Null);
        });
    }
}
