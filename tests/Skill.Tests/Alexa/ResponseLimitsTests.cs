using System.Xml.Linq;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Alexa.Ssml;

namespace WorldCapitals.Skill.Tests.Alexa;

/// <summary>Alexa refuses a whole response whose speech or card is too long: the builder shortens them and says so.</summary>
public sealed class ResponseLimitsTests
{
    private static readonly string LongText = string.Join(' ', Enumerable.Repeat("Ouagadougou & N'Djamena", 800)); // about 19,000 characters

    [Test]
    public void Over_long_ssml_is_cut_to_the_limit_and_stays_well_formed()
    {
        var logger = new CapturingLogger();
        var ssml = new SsmlBuilder().Text(LongText).Lang("fr-FR", "Yamoussoukro").Text(LongText).Build();

        var speech = (SsmlOutputSpeech)new ResponseBuilder(logger).Speak(ssml).Build().Response.OutputSpeech!;

        Assert.That(speech.Ssml.Length, Is.LessThanOrEqualTo(ResponseLimits.MaxSpeechCharacters));
        Assert.That(speech.Ssml, Does.StartWith("<speak>Ouagadougou &amp; N&apos;Djamena").And.EndWith("</speak>"));
        Assert.That(() => XElement.Parse(speech.Ssml), Throws.Nothing);
        Assert.That(logger.Messages(104).Single(), Does.Contain("outputSpeech").And.Contain(ssml.Document.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Ssml_is_never_cut_inside_an_element()
    {
        // The limit falls inside the <lang> element: the cut comes before it.
        var ssml = new SsmlBuilder().Text(new string('a', 7_950)).Lang("fr-FR", "un deux trois quatre cinq six sept huit neuf dix onze").Build();

        var speech = (SsmlOutputSpeech)new ResponseBuilder().Speak(ssml).Build().Response.OutputSpeech!;

        Assert.That(speech.Ssml, Is.EqualTo("<speak>" + new string('a', 7_950) + "</speak>"));
    }

    [Test]
    public void Over_long_plain_text_and_reprompt_are_cut_too()
    {
        var logger = new CapturingLogger();

        var response = new ResponseBuilder(logger).SpeakPlainText(LongText).Reprompt(SsmlBuilder.FromText(LongText)).Build().Response;

        Assert.That(((PlainTextOutputSpeech)response.OutputSpeech!).Text.Length, Is.LessThanOrEqualTo(ResponseLimits.MaxSpeechCharacters));
        Assert.That(((SsmlOutputSpeech)response.Reprompt!.OutputSpeech!).Ssml.Length, Is.LessThanOrEqualTo(ResponseLimits.MaxSpeechCharacters));
        Assert.That(logger.Messages(104).Count(), Is.EqualTo(2));
    }

    [Test]
    public void An_over_long_card_keeps_its_title_and_as_much_content_as_fits()
    {
        var logger = new CapturingLogger();

        var card = (SimpleCard)new ResponseBuilder(logger).WithSimpleCard("World Capitals", LongText).Build().Response.Card!;

        Assert.That(card.Title, Is.EqualTo("World Capitals"));
        Assert.That(card.Title!.Length + card.Content!.Length, Is.LessThanOrEqualTo(ResponseLimits.MaxCardCharacters));
        Assert.That(LongText, Does.StartWith(card.Content));
        Assert.That(logger.Messages(104).Single(), Does.Contain("card"));
    }

    [Test]
    public void Answers_within_the_limits_are_untouched_and_nothing_is_logged()
    {
        var logger = new CapturingLogger();
        var ssml = SsmlBuilder.FromText("The capital of France is Paris.");

        var response = new ResponseBuilder(logger).Speak(ssml).WithSimpleCard("Capital of France", "Paris").Build().Response;

        Assert.That(((SsmlOutputSpeech)response.OutputSpeech!).Ssml, Is.EqualTo(ssml.Document));
        Assert.That(((SimpleCard)response.Card!).Content, Is.EqualTo("Paris"));
        Assert.That(logger.Entries, Is.Empty);
    }
}
