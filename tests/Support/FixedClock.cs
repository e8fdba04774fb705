namespace WorldCapitals.Tests.Support;

/// <summary>A clock that always says the same time.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public FixedClock()
        : this(DefaultNow)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}
