using System.Net;
using WorldCapitals.Capitals.DynamoDb;
using WorldCapitals.DynamoDb.Tests.Support;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.DynamoDb.Tests;

/// <summary>When DynamoDB fails, the user hears the embedded answer and the log says why.</summary>
public sealed class DirectoryFallbackTests
{
    // Only a guard so a directory that ignores its timeout fails instead of hanging the run; the budget is far below it.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private CapturingLogger _log = null!;


    [TearDown]

    public void DisposeLog() => _log.Dispose();

    [SetUp]
    public void CreateLog() => _log = new CapturingLogger();

    [Test]
    public async Task A_missing_table_gives_the_embedded_answer_and_a_logged_fallback_without_a_retry()
    {
        using var client = LocalDynamoDb.Client(DynaliteFixture.Server.Endpoint);
        var skill = TestSkill.Create(Directory(client, LocalDynamoDb.NewTableName()));

        var answer = TestSkill.Ssml(await skill.AnswerAsync("DE"));

        Assert.That(answer, Does.Contain("Berlin"));
        Assert.That(_log.Messages(700).Single(), Does.Contain("fallback to embedded data").And.Contain("table not found"));
        Assert.That(_log.Messages(701), Is.Empty);
    }

    [Test]
    public async Task A_server_stopped_mid_run_gives_the_embedded_answer_and_a_logged_fallback()
    {
        using var server = await DynaliteServer.StartAsync();
        using var client = LocalDynamoDb.Client(server.Endpoint);
        var table = await LocalDynamoDb.CreateImportedTableAsync(client);
        await LocalDynamoDb.PutCapitalsAsync(client, table, "FR", new Capital { Name = "Table City" });
        var skill = TestSkill.Create(Directory(client, table));
        var before = TestSkill.Ssml(await skill.AnswerAsync("FR"));

        server.Stop();
        var after = TestSkill.Ssml(await skill.AnswerAsync("FR"));

        Assert.That(before, Does.Contain("Table City"), "the answer came from the table while the server ran");
        Assert.That(after, Does.Contain("Paris"));
        Assert.That(_log.Messages(700).Single(), Does.Contain("fallback to embedded data").And.Contain("unreachable"));
        Assert.That(_log.Messages(701).Single(), Does.Contain("retrying once"));
    }

    [Test]
    public async Task A_server_slower_than_the_timeout_gives_the_embedded_answer_after_two_timed_out_attempts()
    {
        using var server = ScriptedServer.Silent();
        using var client = LocalDynamoDb.Client(server.Endpoint);
        var directory = Directory(client, "capitals", TimeSpan.FromMilliseconds(200));

        var lookup = directory.FindCapitalsAsync(CapitalsData.Embedded.FindById("IT")!, CancellationToken.None).AsTask();
        var finished = await Task.WhenAny(lookup, Task.Delay(HangGuard));

        Assert.That(finished, Is.SameAs(lookup), "the directory did not give up on a server that never answers");
        Assert.That(await lookup, Is.SameAs(CapitalsData.Embedded.FindById("IT")!.Capitals));
        Assert.That(_log.Messages(700).Single(), Does.Contain("fallback to embedded data").And.Contain("timeout after 200 ms"));
        Assert.That(_log.Messages(701).Single(), Does.Contain("attempt 1").And.Contain("timeout"));
        Assert.That(server.Requests, Is.EqualTo(DynamoDbCapitalDirectory.MaxAttempts), "one try and one retry, no SDK retries");
    }

    [Test]
    public async Task Throttling_is_retried_once_then_answered_from_the_embedded_data()
    {
        using var server = ScriptedServer.Error(HttpStatusCode.BadRequest, "ProvisionedThroughputExceededException");
        using var client = LocalDynamoDb.Client(server.Endpoint);
        var skill = TestSkill.Create(Directory(client, "capitals"));

        var answer = TestSkill.Ssml(await skill.AnswerAsync("ES"));

        Assert.That(answer, Does.Contain("Madrid"));
        Assert.That(_log.Messages(700).Single(), Does.Contain("fallback to embedded data").And.Contain("throttled"));
        Assert.That(server.Requests, Is.EqualTo(2));
    }

    [TestCase(HttpStatusCode.InternalServerError, "InternalServerError", "service error", 2, TestName = "A server error is retried once, then answered from the embedded data")]
    [TestCase(HttpStatusCode.BadRequest, "AccessDeniedException", "AccessDeniedException", 1, TestName = "A refused request is not retried")]
    public async Task A_failed_request_falls_back_to_the_embedded_data(HttpStatusCode status, string errorType, string logged, int requests)
    {
        using var server = ScriptedServer.Error(status, errorType);
        using var client = LocalDynamoDb.Client(server.Endpoint);

        var capitals = await Directory(client, "capitals").FindCapitalsAsync(CapitalsData.Embedded.FindById("PT")!, CancellationToken.None);

        Assert.That(capitals, Is.SameAs(CapitalsData.Embedded.FindById("PT")!.Capitals));
        Assert.That(_log.Messages(700).Single(), Does.Contain("fallback to embedded data").And.Contain(logged));
        Assert.That(server.Requests, Is.EqualTo(requests));
    }

    private DynamoDbCapitalDirectory Directory(Amazon.DynamoDBv2.IAmazonDynamoDB client, string table, TimeSpan? timeout = null) =>
        new(client, table, new EmbeddedCapitalDirectory(), _log, timeout);
}
