namespace WorldCapitals.Model.Tests;

public class ExamplePhrasesTests
{
    private static readonly string[] Samples = ["what's the capital of {country}", "capital of {country}"];

    [TestCase("Alexa, ask world capitals what's the capital of France", "what's the capital of {country}", "france")]
    [TestCase("Alexa, ask world capitals what's the capital of New Zealand?", "what's the capital of {country}", "new zealand")]
    [TestCase("what's the capital of Peru", "what's the capital of {country}", "peru")]
    [TestCase("Alexa, tell world capitals capital of Chad.", "capital of {country}", "chad")]
    public void A_phrase_made_of_a_sample_matches_it_and_captures_the_slot(string phrase, string sample, string slotText)
    {
        var match = ExamplePhrases.Match(phrase, "world capitals", Samples);

        Assert.Multiple(() =>
        {
            Assert.That(match?.Sample, Is.EqualTo(sample));
            Assert.That(match?.SlotTexts, Is.EqualTo(new[] { slotText }));
        });
    }

    [TestCase("Alexa, open world capitals")]
    [TestCase("Alexa, launch world capitals")]
    public void A_launch_phrase_needs_no_sample(string phrase) =>
        Assert.That(ExamplePhrases.Match(phrase, "world capitals", Samples)?.Sample, Is.EqualTo(ExamplePhrases.Launch));

    [TestCase("Alexa, ask world capitals which city is the capital of France", Description = "not a sample")]
    [TestCase("Alexa, ask capitals what's the capital of France", Description = "wrong invocation name")]
    [TestCase("Alexa, open world capitals what's the capital of", Description = "empty slot")]
    [TestCase("Alexa, open world capitals please", Description = "launch phrase with extra words")]
    public void A_phrase_that_is_not_a_sample_does_not_match(string phrase) =>
        Assert.That(ExamplePhrases.Match(phrase, "world capitals", Samples), Is.Null);

    [Test]
    public void The_sample_with_the_most_words_wins_over_a_bare_slot_listed_before_it()
    {
        var match = ExamplePhrases.Match("Alexa, ask world capitals for the capital of Nepal", "world capitals", ["{country}", "for the capital of {country}"]);

        Assert.Multiple(() =>
        {
            Assert.That(match?.Sample, Is.EqualTo("for the capital of {country}"));
            Assert.That(match?.SlotTexts, Is.EqualTo(new[] { "nepal" }));
        });
    }
}
