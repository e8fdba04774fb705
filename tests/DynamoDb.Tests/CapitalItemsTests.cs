using Amazon.DynamoDBv2.Model;
using WorldCapitals.Capitals.DynamoDb;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.DynamoDb.Tests;

public sealed class CapitalItemsTests
{
    [Test]
    public void Every_country_reads_back_as_the_capitals_it_was_written_with()
    {
        foreach (var country in CapitalsData.Embedded.Countries)
        {
            var item = CapitalItems.ToItem(country, DateTimeOffset.UnixEpoch);

            var read = CapitalItems.TryReadCapitals(item, out var capitals, out var problem, allowEmpty: country.NoCapital is not null);

            Assert.That(read, Is.True, () => $"{country.Id}: {problem}");
            Assert.That(capitals!.Select(c => (c.Name, c.Speech, c.Role)), Is.EqualTo(country.Capitals.Select(c => (c.Name, c.Speech, c.Role))), country.Id);
        }
    }

    [Test]
    public void An_item_has_the_id_the_capitals_and_an_iso_updatedAt()
    {
        var country = CapitalsData.Embedded.FindById("BO")!;

        var item = CapitalItems.ToItem(country, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)));

        Assert.That(item.Keys, Is.EquivalentTo(new[] { "id", "capitals", "updatedAt" }));
        Assert.That(item["id"].S, Is.EqualTo("BO"));
        Assert.That(item["updatedAt"].S, Is.EqualTo("2026-01-02T01:04:05Z"));
        Assert.That(item["capitals"].L, Has.Count.EqualTo(country.Capitals.Count));
        Assert.That(item["capitals"].L[0].M["name"].S, Is.EqualTo(country.Capitals[0].Name));
    }

    [TestCaseSource(nameof(MalformedItems))]
    public void A_malformed_item_is_refused_with_the_reason(Dictionary<string, AttributeValue> item, string reason)
    {
        var read = CapitalItems.TryReadCapitals(item, out var capitals, out var problem);

        Assert.That(read, Is.False);
        Assert.That(capitals, Is.Null);
        Assert.That(problem, Does.Contain(reason));
    }

    private static IEnumerable<TestCaseData> MalformedItems()
    {
        static Dictionary<string, AttributeValue> With(AttributeValue capitals) => new() { ["id"] = new AttributeValue { S = "FR" }, ["capitals"] = capitals };
        static AttributeValue Map(params (string Name, AttributeValue Value)[] members) =>
            new() { M = members.ToDictionary(member => member.Name, member => member.Value) };

        yield return new TestCaseData(new Dictionary<string, AttributeValue> { ["id"] = new AttributeValue { S = "FR" } }, "missing or not a list").SetName("no capitals attribute");
        yield return new TestCaseData(With(new AttributeValue { S = "Paris" }), "missing or not a list").SetName("capitals is a string");
        yield return new TestCaseData(With(new AttributeValue { L = [] }), "is empty").SetName("capitals is empty");
        yield return new TestCaseData(With(new AttributeValue { L = [new AttributeValue { S = "Paris" }] }), "capital 1 is not a map").SetName("a capital is a string");
        yield return new TestCaseData(With(new AttributeValue { L = [Map(("role", new AttributeValue { S = "executive" }))] }), "capital 1 has no 'name'").SetName("a capital has no name");
        yield return new TestCaseData(With(new AttributeValue { L = [Map(("name", new AttributeValue { S = "  " }))] }), "capital 1 has no 'name'").SetName("a capital has a blank name");
        yield return new TestCaseData(With(new AttributeValue { L = [Map(("name", new AttributeValue { S = "Paris" })), Map(("name", new AttributeValue { N = "3" }))] }), "capital 2 has no 'name'").SetName("a capital's name is a number");
        yield return new TestCaseData(With(new AttributeValue { L = [Map(("name", new AttributeValue { S = "Paris" }), ("speech", new AttributeValue { BOOL = true }))] }), "'speech' or 'role'").SetName("a speech that is not a string");
        yield return new TestCaseData(With(new AttributeValue { L = [.. Enumerable.Range(1, CapitalItems.MaxCapitals + 1).Select(i => Map(("name", new AttributeValue { S = "City " + i })))] }),
            $"has {CapitalItems.MaxCapitals + 1} entries").SetName("more capitals than any country has");
        yield return new TestCaseData(With(new AttributeValue { L = [Map(("name", new AttributeValue { S = new string('a', CapitalItems.MaxTextLength + 1) }))] }),
            "longer than").SetName("a name longer than the cap");
        yield return new TestCaseData(With(new AttributeValue { L = [Map(("name", new AttributeValue { S = "Paris" }), ("speech", new AttributeValue { S = new string('a', CapitalItems.MaxTextLength + 1) }))] }),
            "longer than").SetName("a speech longer than the cap");
        yield return new TestCaseData(With(new AttributeValue { L = [Map(("name", new AttributeValue { S = "Paris" }), ("role", new AttributeValue { S = new string('a', CapitalItems.MaxTextLength + 1) }))] }),
            "longer than").SetName("a role longer than the cap");
    }
}
