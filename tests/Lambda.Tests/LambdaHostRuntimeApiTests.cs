using WorldCapitals.Lambda.Hosting;

namespace WorldCapitals.Lambda.Tests;

/// <summary>The real host, in process, against the fake Runtime API. How it copes with the Runtime API failing: retries, refusals, and its going away.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class LambdaHostRuntimeApiTests
{
    [Test]
    public async Task Retries_when_the_Runtime_API_answers_500_and_then_recovers()
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();
        api.FailNextCalls(2, 500);
        var answer = api.Enqueue(Samples.Envelope("launch"));

        // Act
        await using var host = RunningHost.Start(api);
        var answered = await answer.WaitAsync(RunningHost.HangGuard);

        // Assert
        Assert.That(answered.Kind, Is.EqualTo(PostedResult.Response));
        Assert.That(api.NextCalls, Is.GreaterThanOrEqualTo(3));
        Assert.That(host.Exit.IsCompleted, Is.False);
    }

    [Test]
    public async Task Posts_the_response_to_the_path_of_a_request_id_that_needs_escaping()
    {
        // Arrange: the host builds the path from the escaped id and sends it without canonicalizing it again
        await using var api = await FakeRuntimeApi.StartAsync();
        const string requestId = "req 1..%41+?#&=";
        var deadline = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var host = RunningHost.Start(api);

        // Act
        var answered = await api.EnqueueWithDeadlineHeader(Samples.Envelope("launch"), deadline, requestId: requestId).WaitAsync(RunningHost.HangGuard);

        // Assert
        Assert.That(answered.Kind, Is.EqualTo(PostedResult.Response));
        Assert.That(answered.RequestId, Is.EqualTo(requestId));
    }

    [Test]
    public async Task Retries_a_response_post_the_Runtime_API_answered_with_500()
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();
        api.FailPostCalls(2, 500);
        await using var host = RunningHost.Start(api);

        // Act
        var answered = await api.Enqueue(Samples.Envelope("launch")).WaitAsync(RunningHost.HangGuard);

        // Assert
        Assert.That(answered.Kind, Is.EqualTo(PostedResult.Response));
    }

    [Test]
    public async Task Logs_the_invocation_even_when_its_response_cannot_be_posted()
    {
        // Arrange: the line is written after the post; a post that fails for good (the Runtime API goes away while the
        // skill works) must not take the line with it
        var api = await FakeRuntimeApi.StartAsync();
        await using var host = RunningHost.Start(api, createHandler: (configuration, loggers) =>
        {
            var skill = SkillFactory.CreateHandler(configuration, loggers);
            return async (body, token) =>
            {
                var result = await skill(body, token);
                await api.DisposeAsync();
                return result;
            };
        });
        _ = api.Enqueue(Samples.Envelope("launch"));

        // Act
        var exitCode = await host.Exit.WaitAsync(RunningHost.HangGuard);

        // Assert
        Assert.That(exitCode, Is.EqualTo(LambdaEntryPoint.ExitRuntimeApiGone));
        var events = host.LogLines().Select(line => line.GetProperty("event").GetString()).ToList();
        Assert.That(events.Count(name => name == "invocation"), Is.EqualTo(1), string.Join(", ", events));
        Assert.That(events.IndexOf("invocation"), Is.LessThan(events.IndexOf("runtimeApiGone")), string.Join(", ", events));
        Assert.That(host.InvocationLines().Single().GetProperty("requestType").GetString(), Is.EqualTo("LaunchRequest"));
    }

    [Test]
    public async Task Goes_on_when_the_Runtime_API_refuses_a_response_with_a_4xx()
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();
        api.FailPostCalls(1, 413);
        await using var host = RunningHost.Start(api);
        _ = api.Enqueue(Samples.Envelope("launch"));

        // Act
        var next = await api.Enqueue(Samples.Envelope("help")).WaitAsync(RunningHost.HangGuard);
        await host.StopAsync();

        // Assert
        Assert.That(next.Kind, Is.EqualTo(PostedResult.Response));
        Assert.That(host.LogLines().Count(line => line.GetProperty("event").GetString() == "runtimeApi"
            && line.GetProperty("message").GetString()!.Contains("413", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public async Task Exits_non_zero_when_the_Runtime_API_is_gone_for_good()
    {
        // Arrange
        var api = await FakeRuntimeApi.StartAsync();
        await using var host = RunningHost.Start(api);
        await api.Enqueue(Samples.Envelope("launch")).WaitAsync(RunningHost.HangGuard);

        // Act
        await api.DisposeAsync();
        var exitCode = await host.Exit.WaitAsync(RunningHost.HangGuard);

        // Assert
        Assert.That(exitCode, Is.EqualTo(LambdaEntryPoint.ExitRuntimeApiGone));
        Assert.That(host.LogLines()[^1].GetProperty("event").GetString(), Is.EqualTo("runtimeApiGone"));
    }
}
