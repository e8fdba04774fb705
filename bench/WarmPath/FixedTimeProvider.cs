namespace WorldCapitals.Bench.WarmPath;

/// <summary>A clock stopped at the envelopes' timestamp, so timestamp verification stays on and passes.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
