using WorldCapitals.Cli.DynamoDb;
using WorldCapitals.DynamoDb.Tests.Support;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.DynamoDb.Tests;

public sealed class CapitalsImporterTests
{
    private static IReadOnlyList<Country> Countries => CapitalsData.Embedded.Countries;

    [Test]
    public async Task An_import_writes_every_country_in_batches_of_25_and_reports_progress()
    {
        using var client = new UnprocessingClient(DynaliteFixture.Server.Endpoint, throttledCalls: 0, unprocessedPerCall: 0);
        var table = await LocalDynamoDb.CreateTableAsync(client);
        var progress = new List<ImportProgress>();

        var result = await new CapitalsImporter(client).ImportAsync(table, Countries, progress.Add, CancellationToken.None);

        var batches = (Countries.Count + 24) / 25;
        Assert.That(result, Is.EqualTo(new ImportResult(Countries.Count, batches, 0)));
        Assert.That(client.BatchSizes.Take(batches - 1), Is.All.EqualTo(25));
        Assert.That(client.BatchSizes.Sum(), Is.EqualTo(Countries.Count));
        Assert.That(progress.Select(p => p.Written), Is.Ordered.Ascending);
        Assert.That(progress[^1], Is.EqualTo(new ImportProgress(Countries.Count, Countries.Count, batches)));
        Assert.That(await CapitalsTableDiff.CompareAsync(client, table, CapitalsData.Embedded, CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task Unprocessed_items_are_sent_again_until_the_table_is_complete()
    {
        using var client = new UnprocessingClient(DynaliteFixture.Server.Endpoint, throttledCalls: 3, unprocessedPerCall: 5);
        var table = await LocalDynamoDb.CreateTableAsync(client);

        var result = await new CapitalsImporter(client) { FirstBackoff = TimeSpan.FromMilliseconds(1) }
            .ImportAsync(table, Countries, null, CancellationToken.None);

        Assert.That(result.Resends, Is.EqualTo(3));
        Assert.That(client.BatchSizes.Take(4), Is.EqualTo(new[] { 25, 5, 5, 5 }), "the resends carry only the unprocessed items");
        Assert.That(await CapitalsTableDiff.CompareAsync(client, table, CapitalsData.Embedded, CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task Items_still_unprocessed_after_the_last_attempt_fail_the_import_with_a_clear_error()
    {
        using var client = new UnprocessingClient(DynaliteFixture.Server.Endpoint, throttledCalls: int.MaxValue, unprocessedPerCall: 2);
        var table = await LocalDynamoDb.CreateTableAsync(client);
        var importer = new CapitalsImporter(client) { FirstBackoff = TimeSpan.FromMilliseconds(1) };

        var error = Assert.ThrowsAsync<ImportException>(() => importer.ImportAsync(table, Countries, null, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("2 items were still unprocessed after 8 attempts"));
        Assert.That(client.BatchCalls, Is.EqualTo(CapitalsImporter.MaxAttemptsPerBatch));
    }

    [Test]
    public async Task An_interrupted_import_run_again_ends_with_a_complete_correct_table()
    {
        using var client = LocalDynamoDb.Client(DynaliteFixture.Server.Endpoint);
        var table = await LocalDynamoDb.CreateTableAsync(client);
        var importer = new CapitalsImporter(client);
        using var interrupt = new CancellationTokenSource();

        Assert.CatchAsync<OperationCanceledException>(() => importer.ImportAsync(table, Countries, progress =>
        {
            if (progress.Batches == 2)
                interrupt.Cancel();
        }, interrupt.Token));
        var afterInterrupt = await LocalDynamoDb.CountAsync(client, table);
        var result = await importer.ImportAsync(table, Countries, null, CancellationToken.None);

        Assert.That(afterInterrupt, Is.EqualTo(50), "the interrupted import stopped after two batches");
        Assert.That(result.Written, Is.EqualTo(Countries.Count));
        Assert.That(await LocalDynamoDb.CountAsync(client, table), Is.EqualTo(Countries.Count));
        Assert.That(await CapitalsTableDiff.CompareAsync(client, table, CapitalsData.Embedded, CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task A_second_import_overwrites_an_edited_item_and_adds_nothing()
    {
        using var client = LocalDynamoDb.Client(DynaliteFixture.Server.Endpoint);
        var table = await LocalDynamoDb.CreateImportedTableAsync(client);
        await LocalDynamoDb.PutCapitalsAsync(client, table, "FR", new Capital { Name = "Lyon" });

        await new CapitalsImporter(client).ImportAsync(table, Countries, null, CancellationToken.None);

        Assert.That(await LocalDynamoDb.CountAsync(client, table), Is.EqualTo(Countries.Count));
        Assert.That(await CapitalsTableDiff.CompareAsync(client, table, CapitalsData.Embedded, CancellationToken.None), Is.Empty);
    }
}
