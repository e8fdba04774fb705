using WorldCapitals.Lambda.Hosting;

namespace WorldCapitals.Lambda.Tests;

/// <summary>The real host, in process, against the fake Runtime API. Its start: configuration errors become init errors; disabled verification is loud.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class LambdaHostStartupTests
{
    [Test]
    public async Task Reports_a_missing_skill_id_as_an_init_error_and_exits_non_zero()
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();

        // Act
        await using var host = RunningHost.Start(api, new Dictionary<string, string?> { [LambdaNames.SkillIdVariable] = null });
        var initError = await api.InitError.WaitAsync(RunningHost.HangGuard);
        var exitCode = await host.Exit.WaitAsync(RunningHost.HangGuard);

        // Assert
        Assert.That(initError.ErrorType, Is.EqualTo(ErrorTypes.ConfigurationError));
        Assert.That(initError.ErrorTypeHeader, Is.EqualTo(ErrorTypes.ConfigurationError));
        Assert.That(initError.ErrorMessage, Does.Contain(LambdaNames.SkillIdVariable));
        Assert.That(exitCode, Is.EqualTo(LambdaEntryPoint.ExitInitFailed));
        Assert.That(api.NextCalls, Is.Zero);
    }

    [Test]
    public async Task Reports_a_skill_that_cannot_be_built_as_an_init_error()
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();

        // Act
        await using var host = RunningHost.Start(api, createHandler: (_, _) => throw new FileNotFoundException("capitals.json is missing"));
        var initError = await api.InitError.WaitAsync(RunningHost.HangGuard);
        var exitCode = await host.Exit.WaitAsync(RunningHost.HangGuard);

        // Assert
        Assert.That(initError.ErrorType, Is.EqualTo(ErrorTypes.InitFailed));
        Assert.That(initError.ErrorMessage, Does.Contain("capitals.json is missing"));
        Assert.That(exitCode, Is.EqualTo(LambdaEntryPoint.ExitInitFailed));
    }

    [Test]
    public async Task Answers_any_skill_when_verification_is_disabled_and_says_so_loudly()
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();
        await using var host = RunningHost.Start(api, new Dictionary<string, string?>
        {
            [LambdaNames.SkillIdVariable] = null,
            [LambdaNames.SkillIdVerificationVariable] = LambdaNames.VerificationDisabled,
        });

        // Act
        var answered = await api.Enqueue(Samples.Envelope("launch", Samples.OtherSkillId)).WaitAsync(RunningHost.HangGuard);
        await host.StopAsync();

        // Assert
        Assert.That(answered.Kind, Is.EqualTo(PostedResult.Response));
        var warning = host.LogLines().Single(line => line.GetProperty("event").GetString() == "skillIdVerificationDisabled");
        Assert.That(warning.GetProperty("level").GetString(), Is.EqualTo("FATAL"));
    }
}
