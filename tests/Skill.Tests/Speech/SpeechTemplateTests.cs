using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Tests.Speech;

/// <summary>
/// How a template is filled: values and a place's forms, the capital letter at the start of a sentence, the full stop
/// after an abbreviation; and that the buffer a sentence is built in (the stack, or a pooled array for a long one)
/// never carries one sentence's text into the next.
/// </summary>
public sealed class SpeechTemplateTests
{
    [Test]
    public void Fills_each_placeholder_with_its_value()
    {
        Assert.That(
            SpeechTemplate.Render("The capital of {country} is {capital}.", ("country", "France"), ("capital", "Paris")),
            Is.EqualTo("The capital of France is Paris."));
    }

    [Test]
    public void Fills_a_place_placeholder_with_its_forms()
    {
        var japan = SpeechValue.Place("country", new PlaceName("Japon", "du Japon", "le Japon"));

        Assert.That(
            SpeechTemplate.Render("La capitale {countryOf} est Tokyo ; {countrySubject} est une île. {country}.", japan),
            Is.EqualTo("La capitale du Japon est Tokyo ; le Japon est une île. Japon."));
    }

    [TestCase("{country} a pour capitale Paris.", "la France", "La France a pour capitale Paris.")]
    [TestCase("¿{country}?", "el Perú", "¿El Perú?")]
    [TestCase("«{country}»", "la France", "«La France»")]
    [TestCase("{country}", "3 pays", "3 pays")]
    [TestCase("… {country}", "éire", "… Éire")]
    public void A_sentence_starts_with_a_capital_letter_after_any_opening_punctuation(string template, string value, string expected)
    {
        Assert.That(SpeechTemplate.Render(template, ("country", value)), Is.EqualTo(expected));
    }

    [Test]
    public void A_part_of_a_sentence_keeps_its_first_letter()
    {
        Assert.That(SpeechTemplate.RenderPart("{country} a pour capitale Paris", ("country", "la France")), Is.EqualTo("la France a pour capitale Paris"));
    }

    [Test]
    public void A_value_ending_in_a_full_stop_takes_no_second_one()
    {
        Assert.That(
            SpeechTemplate.Render("The capital is {capital}.", ("capital", "Washington, D.C.")),
            Is.EqualTo("The capital is Washington, D.C."));
    }

    [Test]
    public void A_placeholder_without_a_value_is_an_error_naming_it()
    {
        Assert.That(
            () => SpeechTemplate.Render("The capital of {country} is {capital}.", ("country", "France")),
            Throws.TypeOf<FormatException>().With.Message.Contains("{capital}"));
    }

    [Test]
    public void A_sentence_longer_than_the_stack_buffer_is_rendered_whole()
    {
        var longName = string.Concat(Enumerable.Repeat("Llanfairpwllgwyngyll ", 40)).TrimEnd();

        Assert.That(
            SpeechTemplate.Render("{capital} is the capital of {country}.", ("capital", longName), ("country", "nowhere")),
            Is.EqualTo(longName + " is the capital of nowhere."));
    }

    [Test]
    public void A_sentence_never_carries_text_of_the_one_rendered_before_it()
    {
        // Long sentences are built in arrays from the shared pool, which hands out the same array again with the
        // previous text still in it: every sentence must be exactly its own text, whatever came before it.
        var longValue = string.Concat(Enumerable.Repeat("Previous request's answer. ", 30));
        for (var round = 0; round < 5; round++)
        {
            var longSentence = SpeechTemplate.Render("{text}", ("text", longValue));
            var shortSentence = SpeechTemplate.Render("{country} is {capital}", ("country", "peru"), ("capital", "Lima"));
            var partAfterLong = SpeechTemplate.RenderPart("{capital}", ("capital", "Lima"));

            Assert.That(longSentence, Is.EqualTo(longValue));
            Assert.That(shortSentence, Is.EqualTo("Peru is Lima"));
            Assert.That(partAfterLong, Is.EqualTo("Lima"));
        }
    }
}
