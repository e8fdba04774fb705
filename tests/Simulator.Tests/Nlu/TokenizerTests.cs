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
}
