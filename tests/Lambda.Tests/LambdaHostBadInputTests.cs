using System.Globalization;

namespace WorldCapitals.Lambda.Tests;

/// <summary>What Lambda hands the host is input too: odd values are clamped or reported, and never end the process.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class LambdaHostBadInputTests
{
    private static readonly long SixtyDaysAhead = DateTimeOffset.UtcNow.AddDays(60).ToUnixTimeMilliseconds();

    [TestCase("99999999999999999", TestName = "A deadline past the last representable date is answered")]
    [TestCase("9223372036854775807", TestName = "A deadline of long.MaxValue is answered")]
    [TestCase(null, TestName = "A deadline more than 49 days ahead is answered")]
    public async Task A_far_deadline_is_clamped_and_the_host_goes_on(string? deadlineHeader)
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();
        await using var host = RunningHost.Start(api);
        var header = deadlineHeader ?? SixtyDaysAhead.ToString(CultureInfo.InvariantCulture);

        // Act
        var far = await api.EnqueueWithDeadlineHeader(Samples.Envelope("launch"), header).WaitAsync(RunningHost.HangGuard);
        var next = await api.Enqueue(Samples.Envelope("help")).WaitAsync(RunningHost.HangGuard);
        var exitCode = await host.StopAsync();

        // Assert
        Assert.That(far.Kind, Is.EqualTo(PostedResult.Response));
        Assert.That(next.Kind, Is.EqualTo(PostedResult.Response));
        Assert.That(exitCode, Is.EqualTo(LambdaEntryPoint.ExitStopped));
    }

    [TestCase("127.0.0.1:9001/path")]
    [TestCase("host name:9001")]
    [TestCase("127.0.0.1:not-a-port")]
    [TestCase("[::1")]
    [TestCase("user@127.0.0.1:9001")]
    public async Task A_malformed_runtime_api_address_is_reported_in_one_line_and_exits_non_zero(string address)
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();

        // Act
        await using var host = RunningHost.Start(api, new Dictionary<string, string?> { [LambdaNames.RuntimeApiVariable] = address });
        var exitCode = await host.Exit.WaitAsync(RunningHost.HangGuard);

        // Assert
        Assert.That(exitCode, Is.EqualTo(LambdaEntryPoint.ExitInitFailed));
        var line = host.LogLines().Single();
        Assert.That(line.GetProperty("event").GetString(), Is.EqualTo("initFailed"));
        Assert.That(line.GetProperty("message").GetString(), Does.Contain(LambdaNames.RuntimeApiVariable).And.Contain("host:port"));
    }
}
