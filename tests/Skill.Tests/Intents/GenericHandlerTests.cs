using System.Text.Json.Nodes;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Intents;

/// <summary>The handlers every skill needs, in en-US. The spoken string is the product, so it is asserted exactly.</summary>
public sealed class GenericHandlerTests
{
    [Test]
    public async Task Launch_welcomes_gives_an_example_and_keeps_the_session_open()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Launch());

        Assert.That(response.Ssml(), Is.EqualTo("<speak>Welcome to World Capitals. I know the capital of every country. For example, ask me: what&apos;s the capital of Peru? Or ask which country a city is the capital of.</speak>"));
        Assert.That(response.RepromptSsml(), Is.EqualTo("<speak>Which country would you like the capital of?</speak>"));
        Assert.That(response.ShouldEndSession(), Is.False);
        Assert.That((string?)response["response"]!["card"]!["title"], Is.EqualTo("World Capitals"));
    }

    [Test]
    public async Task Help_says_what_the_skill_does_and_keeps_listening()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Intent("AMAZON.HelpIntent"));

        Assert.That(response.Ssml(), Is.EqualTo("<speak>You can ask me for the capital of any country in the world, for example: what is the capital of Japan? Or ask which country a city is the capital of, for example: what is Nairobi the capital of? Which country would you like?</speak>"));
        Assert.That(response.RepromptSsml(), Is.EqualTo("<speak>Which country would you like the capital of?</speak>"));
        Assert.That(response.ShouldEndSession(), Is.False);
    }

    [TestCase("AMAZON.StopIntent")]
    [TestCase("AMAZON.CancelIntent")]
    [TestCase("AMAZON.NavigateHomeIntent")]
    public async Task Stop_cancel_and_home_say_goodbye_and_end_the_session(string intent)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Intent(intent, newSession: false));

        Assert.That(response.Ssml(), Is.EqualTo("<speak>Goodbye!</speak>"));
        Assert.That(response.ShouldEndSession(), Is.True);
        Assert.That(response["response"]!["reprompt"], Is.Null);
    }

    [Test]
    public async Task Fallback_says_what_the_skill_can_do_and_reprompts()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Intent("AMAZON.FallbackIntent"));

        Assert.That(response.Ssml(), Is.EqualTo("<speak>Sorry, I can&apos;t help with that. I can tell you the capital of any country. For example, ask: what&apos;s the capital of Kenya?</speak>"));
        Assert.That(response.RepromptSsml(), Is.EqualTo("<speak>Which country would you like the capital of?</speak>"));
        Assert.That(response.ShouldEndSession(), Is.False);
    }

    [Test]
    public async Task Intent_without_a_handler_is_answered_as_fallback_and_logged()
    {
        var logger = new CapturingLogger();

        var response = await TestSkill.Create(logger).AnswerAsync(Envelopes.Intent("SomeRetiredIntent"));

        Assert.That(response.Ssml(), Does.StartWith("<speak>Sorry, I can&apos;t help with that."));
        Assert.That(logger.Entries.Single().Message, Does.Contain("SomeRetiredIntent"));
    }

    [Test]
    public async Task Session_ended_gets_an_empty_response()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.SessionEnded("ERROR"));

        Assert.That(response.ToJsonString(), Is.EqualTo("""{"version":"1.0","response":{}}"""));
    }

    [TestCase("AudioPlayer.PlaybackStopped")]
    [TestCase("Alexa.Presentation.APL.UserEvent")]
    [TestCase("Some.Future.RequestType")]
    public async Task Request_type_the_skill_does_not_use_gets_an_empty_response_and_is_logged(string type)
    {
        var logger = new CapturingLogger();

        var response = await TestSkill.Create(logger).AnswerAsync(Envelopes.Of(type));

        Assert.That(response.ToJsonString(), Is.EqualTo("""{"version":"1.0","response":{}}"""));
        Assert.That(logger.Entries.Single().Message, Does.Contain(type));
    }

    [Test]
    public async Task Exception_encountered_is_logged_and_answered_empty()
    {
        var logger = new CapturingLogger();
        var envelope = Envelopes.Of("System.ExceptionEncountered",
            ("error", new JsonObject { ["type"] = "INVALID_RESPONSE", ["message"] = "bad card" }),
            ("cause", new JsonObject { ["requestId"] = "amzn1.echo-api.request.earlier" }));

        var response = await TestSkill.Create(logger).AnswerAsync(envelope);

        Assert.That(response.ToJsonString(), Is.EqualTo("""{"version":"1.0","response":{}}"""));
        Assert.That(logger.Entries.Single().Message, Does.Contain("amzn1.echo-api.request.earlier").And.Contain("bad card"));
    }

    [Test]
    public async Task Unknown_locale_falls_back_to_en_us_speech()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Launch("xx-YY"));

        Assert.That(response.Ssml(), Does.StartWith("<speak>Welcome to World Capitals."));
    }
}
