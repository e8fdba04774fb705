namespace WorldCapitals.Lambda.RuntimeApi;

/// <summary>How often, and after which pauses, a failed call to the Runtime API is tried again.</summary>
internal sealed record RetryPolicy(IReadOnlyList<TimeSpan> Delays)
{
    /// <summary>About 1.5 s in all: enough for a hiccup, short enough that a dead sandbox is left quickly.</summary>
    public static RetryPolicy Default { get; } = new(
    [
        TimeSpan.FromMilliseconds(50),
        TimeSpan.FromMilliseconds(100),
        TimeSpan.FromMilliseconds(200),
        TimeSpan.FromMilliseconds(400),
        TimeSpan.FromMilliseconds(800),
    ]);
}
