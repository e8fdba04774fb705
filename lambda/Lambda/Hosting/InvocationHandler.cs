using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Lambda.Hosting;

/// <summary>What the loop calls for each event: the skill's bytes-in entry point, or a test's stand-in.</summary>
internal delegate ValueTask<InvocationResult> InvocationHandler(ReadOnlyMemory<byte> body, CancellationToken cancellationToken);
