namespace WorldCapitals.Web.Tests.Support;

/// <summary>A clock the test moves by hand; the host, the skill and the certificate checks all read it.</summary>
internal sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
