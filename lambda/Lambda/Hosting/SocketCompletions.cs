namespace WorldCapitals.Lambda.Hosting;

/// <summary>Has the runtime run socket completions on its socket thread instead of handing each to a thread-pool thread.</summary>
/// <remarks>
/// The host does one thing at a time over one connection, and nothing it runs blocks a thread (the skill answers from
/// memory or awaits DynamoDB), so a handoff buys nothing and costs a thread wake-up, two per invocation (the event, the
/// answer to the post), with the pool's idle workers spinning while they wait: a warm invocation makes 73-98 system
/// calls with handoffs and 12 without, and executes a sixth fewer instructions (bench/README.md). The runtime reads
/// the switch only from the process environment, when the first socket is used, so it is set at the very start; a
/// value the function's configuration gives (0 to hand off again) is left as it is.
/// </remarks>
internal static class SocketCompletions
{
    public static void RunInline()
    {
        if (Environment.GetEnvironmentVariable(LambdaNames.InlineSocketCompletionsVariable) is null)
            Environment.SetEnvironmentVariable(LambdaNames.InlineSocketCompletionsVariable, "1");
    }
}
