using System.Text;
using WorldCapitals.Lambda.Hosting;

namespace WorldCapitals.Lambda.Tests;

/// <summary>
/// The real host, in process, against the fake Runtime API. How it reads each event's body: into one buffer it keeps
/// (grown for a larger event, reused for the next), with or without Content-Length.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class LambdaHostEventBodyTests
{
    [TestCase(BodyFraming.ContentLength)]
    [TestCase(BodyFraming.Chunked)]
    public async Task Hands_the_skill_each_events_own_bytes_when_a_small_event_follows_a_large_one(BodyFraming framing)
    {
        // Arrange: 60 KB of whitespace after the JSON (still one valid envelope) outgrows the host's first buffer
        await using var api = await FakeRuntimeApi.StartAsync();
        var seen = new List<byte[]>();
        await using var host = RunningHost.Start(api, createHandler: (configuration, loggers) =>
        {
            var skill = SkillFactory.CreateHandler(configuration, loggers);
            return (body, token) =>
            {
                seen.Add(body.ToArray());
                return skill(body, token);
            };
        });
        var small = Samples.Envelope("help");
        var large = Samples.Envelope("launch").Concat(Encoding.ASCII.GetBytes(new string(' ', 60 * 1024))).ToArray();

        // Act
        var first = await api.Enqueue(small, framing: framing).WaitAsync(RunningHost.HangGuard);
        var second = await api.Enqueue(large, framing: framing).WaitAsync(RunningHost.HangGuard);
        var third = await api.Enqueue(small, framing: framing).WaitAsync(RunningHost.HangGuard);

        // Assert
        Assert.That(seen, Has.Count.EqualTo(3));
        Assert.That(seen[0], Is.EqualTo(small));
        Assert.That(seen[1], Is.EqualTo(large));
        Assert.That(seen[2], Is.EqualTo(small));
        Assert.That(new[] { first.Kind, second.Kind, third.Kind }, Is.All.EqualTo(PostedResult.Response));
    }
}
