using Microsoft.Extensions.Logging;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Serialization;

namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>
/// The one way into a skill, for every host: bytes (or a parsed envelope) in, bytes out.
/// Nothing is thrown past it: every failure is an <see cref="InvocationResult"/> carrying a <see cref="SkillError"/>.
/// </summary>
public sealed class SkillEntryPoint(SkillPipeline pipeline, IReadOnlyList<IRequestVerifier> verifiers, ILogger logger)
{
    /// <summary>Larger bodies are refused before parsing; real envelopes are a few kilobytes.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public async ValueTask<InvocationResult> InvokeAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        var (envelope, error) = EnvelopeReader.Read(body.Span);
        if (error is not null)
        {
            Log.EnvelopeRefused(logger, error.Kind, error.Message);
            return InvocationResult.Failed(error, InvocationSummary.Unparsed(error.Kind.ToString()));
        }

        return await InvokeAsync(envelope!, cancellationToken);
    }

    public async ValueTask<InvocationResult> InvokeAsync(SkillRequest envelope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (EnvelopeReader.Validate(envelope) is { } invalid)
            return InvocationResult.Failed(invalid, InvocationSummary.Unparsed(invalid.Kind.ToString()));

        var request = envelope.Request!;
        var input = new HandlerInput(envelope, request, logger);
        foreach (var verifier in verifiers)
        {
            if (verifier.Verify(envelope) is { } rejection)
            {
                Log.RequestRejected(logger, request.RequestId, rejection.Kind, rejection.Message);
                return InvocationResult.Failed(rejection, Summarize(input, rejection.Kind.ToString()));
            }
        }

        try
        {
            var response = await pipeline.DispatchAsync(input, cancellationToken);
            return InvocationResult.Answered(response, ResponseWriter.ToUtf8Bytes(response), Summarize(input, input.Trace.Outcome ?? "answered"));
        }
#pragma warning disable CA1031 // The last line of defence: the error handlers themselves failed.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.ErrorHandlerFailed(logger, request.RequestId, exception);
            var error = new SkillError(SkillErrorKind.HandlerFailed, $"The skill failed to answer: {exception.GetType().Name}.");
            return InvocationResult.Failed(error, Summarize(input, error.Kind.ToString()));
        }
    }

    private static InvocationSummary Summarize(HandlerInput input, string outcome) => new(
        input.Request.RequestId,
        input.Request.Locale,
        input.Request.Type,
        input.IntentName,
        input.Trace.Handler,
        input.Trace.EntityId,
        outcome);
}
