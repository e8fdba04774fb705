using System.Text;
using WorldCapitals.Lambda.Hosting;

namespace WorldCapitals.Lambda.Tests;

/// <summary>The real host, in process, against the fake Runtime API. How it handles each event: answers, skill errors, thrown exceptions, deadlines, trace ids, log lines.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class LambdaHostInvocationTests
{
    [Test]
    public async Task Answers_several_invocations_in_a_row_with_the_skills_responses()
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();
        await using var host = RunningHost.Start(api);

        // Act
        var launch = await api.Enqueue(Samples.Envelope("launch")).WaitAsync(RunningHost.HangGuard);
        var help = await api.Enqueue(Samples.Envelope("help")).WaitAsync(RunningHost.HangGuard);
        var ended = await api.Enqueue(Samples.Envelope("session-ended")).WaitAsync(RunningHost.HangGuard);
        var exitCode = await host.StopAsync();

        // Assert
        Assert.That(new[] { launch.Kind, help.Kind, ended.Kind }, Is.All.EqualTo(PostedResult.Response));
        Assert.That(launch.ContentType, Does.StartWith("application/json"));
        Assert.That(launch.Json.GetProperty("version").GetString(), Is.EqualTo("1.0"));
        Assert.That(launch.Json.GetProperty("response").GetProperty("outputSpeech").GetProperty("ssml").GetString(), Does.StartWith("<speak>"));
        Assert.That(launch.Json.GetProperty("response").GetProperty("shouldEndSession").GetBoolean(), Is.False);
        Assert.That(help.Json.GetProperty("response").GetProperty("outputSpeech").GetProperty("ssml").GetString(), Is.Not.EqualTo(
            launch.Json.GetProperty("response").GetProperty("outputSpeech").GetProperty("ssml").GetString()));
        Assert.That(exitCode, Is.EqualTo(LambdaEntryPoint.ExitStopped));
    }

    [Test]
    public async Task Logs_one_JSON_line_per_invocation_without_user_ids_or_tokens()
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();
        await using var host = RunningHost.Start(api);
        var launch = api.Enqueue(Samples.Envelope("launch"));
        await launch.WaitAsync(RunningHost.HangGuard);
        var help = api.Enqueue(Samples.Envelope("help"));
        await help.WaitAsync(RunningHost.HangGuard);

        // Act
        await host.StopAsync();
        var lines = host.InvocationLines();

        // Assert
        Assert.That(lines, Has.Count.EqualTo(2));
        Assert.That(lines[0].GetProperty("lambdaRequestId").GetString(), Is.EqualTo(launch.Result.RequestId));
        Assert.That(lines[0].GetProperty("alexaRequestId").GetString(), Is.EqualTo("amzn1.echo-api.request.launch-1"));
        Assert.That(lines[0].GetProperty("requestType").GetString(), Is.EqualTo("LaunchRequest"));
        Assert.That(lines[0].GetProperty("locale").GetString(), Is.EqualTo("en-US"));
        Assert.That(lines[1].GetProperty("intent").GetString(), Is.EqualTo("AMAZON.HelpIntent"));
        Assert.That(lines[1].GetProperty("outcome").GetString(), Is.Not.Empty);
        Assert.That(lines[1].TryGetProperty("entityId", out _), Is.True);
        Assert.That(lines.Select(line => line.GetProperty("durationUs").GetInt64()), Is.All.GreaterThan(0));
        var log = host.LogText();
        Assert.That(Samples.Secrets.Where(log.Contains), Is.Empty, "The log must not carry user ids or tokens.");
    }

    [Test]
    public async Task Reports_a_throwing_handler_as_an_invocation_error_and_goes_on()
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();
        var calls = 0;
        await using var host = RunningHost.Start(api, createHandler: (configuration, loggers) =>
        {
            var skill = SkillFactory.CreateHandler(configuration, loggers);
            return (body, token) => Interlocked.Increment(ref calls) == 1
                ? throw new InvalidOperationException("The handler broke.")
                : skill(body, token);
        });

        // Act
        var failed = await api.Enqueue(Samples.Envelope("launch")).WaitAsync(RunningHost.HangGuard);
        var answered = await api.Enqueue(Samples.Envelope("launch")).WaitAsync(RunningHost.HangGuard);

        // Assert
        Assert.That(failed.Kind, Is.EqualTo(PostedResult.Error));
        Assert.That(failed.ErrorType, Is.EqualTo(nameof(InvalidOperationException)));
        Assert.That(failed.ErrorTypeHeader, Is.EqualTo(nameof(InvalidOperationException)));
        Assert.That(failed.ErrorMessage, Is.EqualTo("The handler broke."));
        Assert.That(answered.Kind, Is.EqualTo(PostedResult.Response));
        Assert.That(host.Exit.IsCompleted, Is.False);
    }

    [TestCase("not json at all", "Alexa.InvalidJson")]
    [TestCase("", "Alexa.EmptyBody")]
    [TestCase("{\"version\":\"1.0\"}", "Alexa.InvalidEnvelope")]
    public async Task Reports_a_malformed_event_as_an_invocation_error_and_goes_on(string body, string expectedErrorType)
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();
        await using var host = RunningHost.Start(api);

        // Act
        var failed = await api.Enqueue(Encoding.UTF8.GetBytes(body)).WaitAsync(RunningHost.HangGuard);
        var answered = await api.Enqueue(Samples.Envelope("help")).WaitAsync(RunningHost.HangGuard);

        // Assert
        Assert.That(failed.Kind, Is.EqualTo(PostedResult.Error));
        Assert.That(failed.ErrorType, Is.EqualTo(expectedErrorType));
        Assert.That(failed.ErrorTypeHeader, Is.EqualTo(expectedErrorType));
        Assert.That(failed.ErrorMessage, Is.Not.Empty);
        Assert.That(answered.Kind, Is.EqualTo(PostedResult.Response));
    }

    [Test]
    public async Task Reports_a_request_for_another_skill_as_a_skill_id_mismatch_and_logs_it()
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();
        await using var host = RunningHost.Start(api);

        // Act
        var rejected = await api.Enqueue(Samples.Envelope("launch", Samples.OtherSkillId)).WaitAsync(RunningHost.HangGuard);
        await host.StopAsync();

        // Assert
        Assert.That(rejected.Kind, Is.EqualTo(PostedResult.Error));
        Assert.That(rejected.ErrorType, Is.EqualTo("Alexa.SkillIdMismatch"), rejected.ToString());
        Assert.That(rejected.ErrorMessage, Is.Not.Empty);
        var line = host.InvocationLines().Single();
        Assert.That(line.GetProperty("errorType").GetString(), Is.EqualTo("Alexa.SkillIdMismatch"));
        Assert.That(line.GetProperty("level").GetString(), Is.EqualTo("WARN"));
    }

    [Test]
    public async Task Reports_an_invocation_past_its_deadline_without_calling_the_skill()
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();
        var calls = 0;
        await using var host = RunningHost.Start(api, createHandler: (configuration, loggers) =>
        {
            var skill = SkillFactory.CreateHandler(configuration, loggers);
            return (body, token) =>
            {
                Interlocked.Increment(ref calls);
                return skill(body, token);
            };
        });

        // Act
        var late = await api.Enqueue(Samples.Envelope("launch"), deadline: DateTimeOffset.UtcNow.AddSeconds(-1)).WaitAsync(RunningHost.HangGuard);
        var onTime = await api.Enqueue(Samples.Envelope("launch")).WaitAsync(RunningHost.HangGuard);

        // Assert
        Assert.That(late.Kind, Is.EqualTo(PostedResult.Error));
        Assert.That(late.ErrorType, Is.EqualTo(ErrorTypes.DeadlineExceeded));
        Assert.That(onTime.Kind, Is.EqualTo(PostedResult.Response));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public async Task Cancels_the_skills_work_before_the_deadline_and_reports_it()
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();
        await using var host = RunningHost.Start(api, createHandler: (_, _) => async (_, token) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("Unreachable: the delay only ends by cancellation.");
        });

        // Act
        var result = await api.Enqueue(Samples.Envelope("launch"), deadline: DateTimeOffset.UtcNow.AddSeconds(1)).WaitAsync(RunningHost.HangGuard);

        // Assert
        Assert.That(result.Kind, Is.EqualTo(PostedResult.Error));
        Assert.That(result.ErrorType, Is.EqualTo(ErrorTypes.DeadlineExceeded));
    }

    [Test]
    public async Task A_deadline_armed_for_one_invocation_does_not_cancel_the_next_one()
    {
        // Arrange: the host reuses one deadline source; the first invocation's timer (5 s less the margin, armed because
        // the handler yields) would fire while the second, which carries no deadline, is still at work
        await using var api = await FakeRuntimeApi.StartAsync();
        var calls = 0;
        await using var host = RunningHost.Start(api, createHandler: (configuration, loggers) =>
        {
            var skill = SkillFactory.CreateHandler(configuration, loggers);
            return async (body, token) =>
            {
                if (Interlocked.Increment(ref calls) == 2)
                    await Task.Delay(TimeSpan.FromSeconds(6), token);
                else
                    await Task.Yield();
                return await skill(body, token);
            };
        });

        // Act
        var first = await api.Enqueue(Samples.Envelope("launch"), deadline: DateTimeOffset.UtcNow.AddSeconds(5)).WaitAsync(RunningHost.HangGuard);
        var second = await api.EnqueueWithDeadlineHeader(Samples.Envelope("launch"), "").WaitAsync(RunningHost.HangGuard);

        // Assert
        Assert.That(first.Kind, Is.EqualTo(PostedResult.Response));
        Assert.That(second.Kind, Is.EqualTo(PostedResult.Response), second.ToString());
    }

    [Test]
    public async Task Sets_the_trace_id_of_each_invocation_before_calling_the_skill()
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();
        var seen = new List<string?>();
        RunningHost? host = null;
        host = RunningHost.Start(api, createHandler: (configuration, loggers) =>
        {
            var skill = SkillFactory.CreateHandler(configuration, loggers);
            return (body, token) =>
            {
                seen.Add(host!.Environment.Get(LambdaNames.TraceIdVariable));
                return skill(body, token);
            };
        });
        await using var running = host;

        // Act
        await api.Enqueue(Samples.Envelope("launch"), traceId: "Root=1-00000001-aaaa;Parent=1;Sampled=1").WaitAsync(RunningHost.HangGuard);
        await api.Enqueue(Samples.Envelope("help"), traceId: "Root=1-00000002-bbbb;Parent=2;Sampled=0").WaitAsync(RunningHost.HangGuard);
        await api.Enqueue(Samples.Envelope("session-ended")).WaitAsync(RunningHost.HangGuard);

        // Assert
        Assert.That(seen, Is.EqualTo(new[] { "Root=1-00000001-aaaa;Parent=1;Sampled=1", "Root=1-00000002-bbbb;Parent=2;Sampled=0", null }));
    }

    [Test]
    public async Task Logs_nothing_for_answered_invocations_at_log_level_Warning()
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();
        await using var host = RunningHost.Start(api, new Dictionary<string, string?> { [LambdaNames.LogLevelVariable] = "WARN" });
        await api.Enqueue(Samples.Envelope("launch")).WaitAsync(RunningHost.HangGuard);
        await api.Enqueue(Samples.Envelope("launch", Samples.OtherSkillId)).WaitAsync(RunningHost.HangGuard);

        // Act
        await host.StopAsync();

        // Assert
        Assert.That(host.InvocationLines().Select(line => line.GetProperty("outcome").GetString()), Is.EqualTo(new[] { "SkillIdMismatch" }));
    }
}
