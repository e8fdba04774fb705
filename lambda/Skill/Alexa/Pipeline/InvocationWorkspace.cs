using System.Buffers;
using Microsoft.Extensions.Logging;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>
/// What a host that answers one request at a time keeps from one invocation to the next: the buffer each response is
/// written into, and the objects every invocation needs (handler input, response builder, response, summary), reset
/// instead of made anew. The result of an invocation with a workspace (its body, response and summary) is valid until
/// the next invocation with the same workspace begins. Not thread-safe: one invocation at a time.
/// </summary>
public sealed class InvocationWorkspace(int initialBufferSize = 4096)
{
    private HandlerInput? _input;
    private ILogger? _inputLogger;

    /// <summary>Where the response of the invocation under way is written (emptied as it begins).</summary>
    internal ArrayBufferWriter<byte> Output { get; } = new(initialBufferSize);

    /// <summary>The input of the next invocation: the kept one, reset for <paramref name="request"/>.</summary>
    internal HandlerInput InputFor(SkillRequest envelope, Request request, ILogger logger)
    {
        // An entry point with another logger (another skill on the same workspace) gets an input of its own.
        if (_input is { } input && ReferenceEquals(_inputLogger, logger))
        {
            input.Reuse(envelope, request);
            return input;
        }
        _inputLogger = logger;
        return _input = new HandlerInput(envelope, request, logger);
    }
}
