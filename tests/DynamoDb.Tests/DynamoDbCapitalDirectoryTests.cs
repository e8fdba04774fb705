using Amazon.DynamoDBv2;
using WorldCapitals.Capitals.DynamoDb;
using WorldCapitals.DynamoDb.Tests.Support;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.DynamoDb.Tests;

/// <summary>The skill answering from the table on a running dynalite.</summary>
public sealed class DynamoDbCapitalDirectoryTests
{
    private AmazonDynamoDBClient _client = null!;
    private CapturingLogger _log = null!;

    [TearDown]
    public void DisposeLog() => _log.Dispose();

    [SetUp]
    public void CreateClient()
    {
        _client = LocalDynamoDb.Client(DynaliteFixture.Server.Endpoint);
        _log = new CapturingLogger();
    }

    [TearDown]
    public void DisposeClient() => _client.Dispose();

    [Test]
    public async Task After_an_import_every_countrys_answer_is_byte_equal_to_the_embedded_answer()
    {
        var table = await LocalDynamoDb.CreateImportedTableAsync(_client);
        var embeddedSkill = TestSkill.Create();
        var dynamoSkill = TestSkill.Create(Directory(table));

        foreach (var country in CapitalsData.Embedded.Countries)
        {
            var expected = await embeddedSkill.AnswerAsync(country.Id);

            var actual = await dynamoSkill.AnswerAsync(country.Id);

            Assert.That(actual, Is.EqualTo(expected), country.Id);
        }
        Assert.That(_log.Entries, Is.Empty, "no fallback may have happened");
    }

    [TestCase("fr-FR", "GB")]
    [TestCase("ja-JP", "AT")]
    [TestCase("ar-SA", "ZA")]
    public async Task In_another_language_an_unchanged_capital_is_said_with_that_languages_name(string locale, string id)
    {
        var table = await LocalDynamoDb.CreateImportedTableAsync(_client);
        var embeddedSkill = TestSkill.Create();
        var dynamoSkill = TestSkill.Create(Directory(table));

        var actual = await dynamoSkill.AnswerAsync(id, locale);

        Assert.That(actual, Is.EqualTo(await embeddedSkill.AnswerAsync(id, locale)));
        Assert.That(actual, Does.Contain(CapitalsData.Embedded.FindById(id)!.Capitals[0].NameFor(locale)));
    }

    [Test]
    public async Task An_edited_capital_in_the_table_is_what_the_skill_says()
    {
        var table = await LocalDynamoDb.CreateImportedTableAsync(_client);
        await LocalDynamoDb.PutCapitalsAsync(_client, table, "FR", new Capital { Name = "Lyon-sur-Test", Speech = "Lyon on Test" });
        var skill = TestSkill.Create(Directory(table));

        var answer = TestSkill.Ssml(await skill.AnswerAsync("FR"));

        Assert.That(answer, Does.Contain("Lyon on Test"));
        Assert.That(answer, Does.Not.Contain("Paris"));
        Assert.That(_log.Entries, Is.Empty);
    }

    [Test]
    public async Task Roles_and_order_come_from_the_table()
    {
        var table = await LocalDynamoDb.CreateTableAsync(_client);
        await LocalDynamoDb.PutCapitalsAsync(_client, table, "NL",
            new Capital { Name = "The Hague", Role = "seat-of-government" },
            new Capital { Name = "Amsterdam", Role = "constitutional" });

        var capitals = await Directory(table).FindCapitalsAsync(CapitalsData.Embedded.FindById("NL")!, CancellationToken.None);

        Assert.That(capitals!.Select(capital => (capital.Name, capital.Role)),
            Is.EqualTo(new[] { ("The Hague", (string?)"seat-of-government"), ("Amsterdam", "constitutional") }));
    }

    [Test]
    public async Task A_country_missing_from_the_table_is_answered_from_the_embedded_data_and_logged()
    {
        var table = await LocalDynamoDb.CreateTableAsync(_client);

        var capitals = await Directory(table).FindCapitalsAsync(CapitalsData.Embedded.FindById("FR")!, CancellationToken.None);

        Assert.That(capitals, Is.SameAs(CapitalsData.Embedded.FindById("FR")!.Capitals));
        Assert.That(_log.Messages(700).Single(), Does.Contain("fallback to embedded data").And.Contain("no item"));
    }

    [Test]
    public async Task A_malformed_item_is_answered_from_the_embedded_data_and_logged()
    {
        var table = await LocalDynamoDb.CreateTableAsync(_client);
        await LocalDynamoDb.PutRawAsync(_client, table, new()
        {
            ["id"] = new() { S = "FR" },
            ["capitals"] = new() { L = [new() { M = new() { ["speech"] = new() { S = "nameless" } } }] },
        });
        var skill = TestSkill.Create(Directory(table));

        var answer = TestSkill.Ssml(await skill.AnswerAsync("FR"));

        Assert.That(answer, Does.Contain("Paris"));
        Assert.That(_log.Messages(700).Single(), Does.Contain("fallback to embedded data").And.Contain("malformed item"));
    }

    [Test]
    public async Task An_item_with_an_over_long_name_is_answered_from_the_embedded_data_and_logged()
    {
        var table = await LocalDynamoDb.CreateTableAsync(_client);
        await LocalDynamoDb.PutRawAsync(_client, table, new()
        {
            ["id"] = new() { S = "FR" },
            ["capitals"] = new() { L = [new() { M = new() { ["name"] = new() { S = string.Concat(Enumerable.Repeat("Paris ", 2_000)) } } }] },
        });
        var skill = TestSkill.Create(Directory(table));

        var answer = TestSkill.Ssml(await skill.AnswerAsync("FR"));

        Assert.That(answer, Is.EqualTo("<speak>The capital of France is Paris.</speak>"));
        Assert.That(_log.Messages(700).Single(), Does.Contain("fallback to embedded data").And.Contain("longer than"));
    }

    [Test]
    public async Task A_call_the_caller_already_cancelled_returns_the_embedded_capitals_without_throwing()
    {
        var table = await LocalDynamoDb.CreateImportedTableAsync(_client);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var capitals = await Directory(table).FindCapitalsAsync(CapitalsData.Embedded.FindById("JP")!, cancelled.Token);

        Assert.That(capitals, Is.SameAs(CapitalsData.Embedded.FindById("JP")!.Capitals));
        Assert.That(_log.Messages(700).Single(), Does.Contain("cancelled by the caller"));
    }

    private DynamoDbCapitalDirectory Directory(string table) => new(_client, table, new EmbeddedCapitalDirectory(), _log);
}
