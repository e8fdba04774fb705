using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Alexa.Ssml;

namespace WorldCapitals.Skill.Tests.Alexa;

public sealed class PipelineTests
{
    private List<string> _calls = [];

    [SetUp]
    public void ClearCalls() => _calls = [];

    [Test]
    public async Task First_handler_that_can_handle_wins()
    {
        // Arrange
        var pipeline = new SkillPipeline(
            [new RecordingHandler("no", _calls, canHandle: false), new RecordingHandler("first", _calls), new RecordingHandler("second", _calls)],
            [],
            new CapturingLogger());
        var skill = new SkillEntryPoint(pipeline, [], new CapturingLogger());

        // Act
        var result = await skill.InvokeAsync(Envelopes.Launch().Bytes());

        // Assert
        Assert.That(_calls, Is.EqualTo(new[] { "can:no", "can:first", "handle:first" }));
        Assert.That(result.Response!.Response.OutputSpeech, Is.InstanceOf<SsmlOutputSpeech>());
        Assert.That(result.Summary.Handler, Is.EqualTo(nameof(RecordingHandler)));
    }

    [Test]
    public async Task Exception_in_a_handler_becomes_the_error_handlers_response_and_is_logged_with_the_request_id()
    {
        var logger = new CapturingLogger();
        var pipeline = new SkillPipeline([new ThrowingHandler()], [new ApologyErrorHandler()], logger);
        var skill = new SkillEntryPoint(pipeline, [], logger);

        var result = await skill.InvokeAsync(Envelopes.Launch().Bytes());

        Assert.That(((SsmlOutputSpeech)result.Response!.Response.OutputSpeech!).Ssml, Is.EqualTo("<speak>sorry</speak>"));
        Assert.That(result.Summary.Outcome, Is.EqualTo("error"));
        var entry = logger.Entries.Single();
        Assert.That(entry.Message, Does.Contain("amzn1.echo-api.request.test-LaunchRequest"));
        Assert.That(entry.Exception, Is.InstanceOf<InvalidOperationException>());
    }

    [Test]
    public async Task Request_no_handler_can_handle_goes_to_the_error_handler()
    {
        var pipeline = new SkillPipeline([new RecordingHandler("no", _calls, canHandle: false)], [new ApologyErrorHandler()], new CapturingLogger());
        var skill = new SkillEntryPoint(pipeline, [], new CapturingLogger());

        var result = await skill.InvokeAsync(Envelopes.Launch().Bytes());

        Assert.That(result.Error, Is.Null);
        Assert.That(((SsmlOutputSpeech)result.Response!.Response.OutputSpeech!).Ssml, Is.EqualTo("<speak>sorry</speak>"));
    }

    [Test]
    public async Task Failing_error_handlers_give_a_typed_error_not_an_exception()
    {
        var logger = new CapturingLogger();
        var pipeline = new SkillPipeline([new ThrowingHandler()], [], logger);
        var skill = new SkillEntryPoint(pipeline, [], logger);

        var result = await skill.InvokeAsync(Envelopes.Launch().Bytes());

        Assert.That(result.Error!.Kind, Is.EqualTo(SkillErrorKind.HandlerFailed));
        Assert.That(result.Error.IsRejection, Is.False);
        Assert.That(logger.Entries.Select(e => e.EventId), Is.EqualTo(new[] { 102, 103 }));
    }

    [Test]
    public async Task Verifiers_run_before_the_handlers_and_a_rejection_stops_the_request()
    {
        var pipeline = new SkillPipeline([new RecordingHandler("h", _calls)], [], new CapturingLogger());
        var skill = new SkillEntryPoint(pipeline, [new RejectingVerifier()], new CapturingLogger());

        var result = await skill.InvokeAsync(Envelopes.Launch().Bytes());

        Assert.That(result.Error!.Kind, Is.EqualTo(SkillErrorKind.SkillIdMismatch));
        Assert.That(_calls, Is.Empty);
    }

    [Test]
    public async Task Cancelled_request_still_gets_the_spoken_apology()
    {
        var pipeline = new SkillPipeline([new CancellationObservingHandler()], [new ApologyErrorHandler()], new CapturingLogger());
        var skill = new SkillEntryPoint(pipeline, [], new CapturingLogger());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var result = await skill.InvokeAsync(Envelopes.Launch().Bytes(), cancelled.Token);

        Assert.That(((SsmlOutputSpeech)result.Response!.Response.OutputSpeech!).Ssml, Is.EqualTo("<speak>sorry</speak>"));
    }

    private sealed class RecordingHandler(string name, List<string> calls, bool canHandle = true) : IRequestHandler
    {
        public bool CanHandle(HandlerInput input)
        {
            calls.Add("can:" + name);
            return canHandle;
        }

        public ValueTask<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
        {
            calls.Add("handle:" + name);
            return ValueTask.FromResult(input.ResponseBuilder.Speak(SsmlBuilder.FromText(name)).Build());
        }
    }

    private sealed class ThrowingHandler : IRequestHandler
    {
        public bool CanHandle(HandlerInput input) => true;

        public ValueTask<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom");
    }

    private sealed class CancellationObservingHandler : IRequestHandler
    {
        public bool CanHandle(HandlerInput input) => true;

        public async ValueTask<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return ResponseBuilder.Empty();
        }
    }

    private sealed class ApologyErrorHandler : IErrorHandler
    {
        public bool CanHandle(HandlerInput input, Exception exception) => true;

        public ValueTask<SkillResponse> HandleAsync(HandlerInput input, Exception exception, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new ResponseBuilder().Speak(SsmlBuilder.FromText("sorry")).Build());
    }

    private sealed class RejectingVerifier : IRequestVerifier
    {
        public SkillError? Verify(Skill.Alexa.Requests.SkillRequest envelope) =>
            new(SkillErrorKind.SkillIdMismatch, "not ours");
    }
}
