using System.Buffers;
using Microsoft.Extensions.Logging;
using WorldCapitals.Skill.Alexa.Parsing;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Alexa.Serialization;

namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>
/// The one way into a skill, for every host: bytes (or an envelope from <see cref="EnvelopeReader"/>) in, bytes out.
/// Nothing is thrown past it: every failure is an <see cref="InvocationResult"/> carrying a <see cref="SkillError"/>.
/// Thread-safe: hosts may invoke it for several requests at once.
/// </summary>
/// <param name="knownStrings">The skill's intent and slot names, read from a body as these instances (<see cref="KnownStrings.Alexa"/> when null).</param>
public sealed class SkillEntryPoint(SkillPipeline pipeline, IReadOnlyList<IRequestVerifier> verifiers, ILogger logger, KnownStrings? knownStrings = null)
{
    /// <summary>Larger bodies are refused before parsing; real envelopes are a few kilobytes.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    // The response writer kept from one response to the next. A call takes it (leaving null), or writes with a new one
    // when a concurrent call holds it, and puts it back when done: never two calls on one writer.
    private ResponseBuffer? _idleResponseBuffer = new();

    public ValueTask<InvocationResult> InvokeAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default) =>
        InvokeAsync(body, workspace: null, cancellationToken);

    /// <param name="workspace">
    /// A host's <see cref="InvocationWorkspace"/>, when it answers one request at a time: the response is written into
    /// its buffer and the invocation's objects are its kept ones, so that they are not made anew for every request
    /// (the result is then valid until the next invocation with it). Null: a new array and new objects.
    /// </param>
    public ValueTask<InvocationResult> InvokeAsync(ReadOnlyMemory<byte> body, InvocationWorkspace? workspace, CancellationToken cancellationToken = default)
    {
        var (envelope, error) = EnvelopeReader.Read(body, knownStrings);
        if (error is not null)
        {
            Log.EnvelopeRefused(logger, error.Kind, error.Message);
            workspace?.Output.ResetWrittenCount();
            return ValueTask.FromResult(InvocationResult.Failed(error, InvocationSummary.Unparsed(error.Kind)));
        }
        return InvokeAsync(envelope!, workspace, cancellationToken);
    }

    public ValueTask<InvocationResult> InvokeAsync(SkillRequest envelope, CancellationToken cancellationToken = default) =>
        InvokeAsync(envelope, workspace: null, cancellationToken);

    /// <param name="workspace">As for <see cref="InvokeAsync(ReadOnlyMemory{byte}, InvocationWorkspace?, CancellationToken)"/>.</param>
    public async ValueTask<InvocationResult> InvokeAsync(SkillRequest envelope, InvocationWorkspace? workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        workspace?.Output.ResetWrittenCount();
        if (MissingRequest(envelope) is { } invalid)
            return InvocationResult.Failed(invalid, InvocationSummary.Unparsed(invalid.Kind));

        var input = workspace is null ? new HandlerInput(envelope, envelope.Request!, logger) : workspace.InputFor(envelope, envelope.Request!, logger);
        for (var i = 0; i < verifiers.Count; i++)
        {
            if (verifiers[i].Verify(envelope) is { } rejection)
            {
                Log.RequestRejected(logger, input.Request.RequestId, rejection.Kind, rejection.Message);
                return Failed(input, rejection);
            }
        }

        try
        {
            var response = await pipeline.DispatchAsync(input, cancellationToken);
            return InvocationResult.Answered(response, Write(response, workspace?.Output), input.Summary);
        }
#pragma warning disable CA1031 // The last line of defence: the error handlers themselves failed.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.ErrorHandlerFailed(logger, input.Request.RequestId, exception);
            return Failed(input, new SkillError(SkillErrorKind.HandlerFailed, $"The skill failed to answer: {exception.GetType().Name}."));
        }
    }

    private ReadOnlyMemory<byte> Write(SkillResponse response, ArrayBufferWriter<byte>? output)
    {
        var buffer = Interlocked.Exchange(ref _idleResponseBuffer, null) ?? new ResponseBuffer();
        var bytes = output is null ? ResponseWriter.ToUtf8Bytes(response, buffer) : ResponseWriter.Write(response, buffer, output);
        Volatile.Write(ref _idleResponseBuffer, buffer);
        return bytes;
    }

    private static SkillError? MissingRequest(SkillRequest envelope)
    {
        if (envelope.Request is null)
            return new SkillError(SkillErrorKind.InvalidEnvelope, "The envelope has no 'request' object.");
        if (string.IsNullOrEmpty(envelope.Request.Type))
            return new SkillError(SkillErrorKind.InvalidEnvelope, "The envelope's 'request' has no 'type'.");
        return null;
    }

    private static InvocationResult Failed(HandlerInput input, SkillError error)
    {
        input.Summary.Outcome = error.Kind.ToString();
        return InvocationResult.Failed(error, input.Summary);
    }
}
