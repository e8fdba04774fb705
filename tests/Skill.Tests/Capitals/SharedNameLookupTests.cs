using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Skill.Tests.Capitals;

/// <summary>Names that mean several countries ("Korea", "Congo"), and the official and everyday names of the data.</summary>
public sealed class SharedNameLookupTests
{
    private static readonly CountryLookup Lookup = new(CapitalsData.Embedded);

    [TestCase("korea", "KP+KR")]
    [TestCase("Korea", "KP+KR")]
    [TestCase("congo", "CD+CG")]
    [TestCase("the congo", "CD+CG")]
    [TestCase("kongo", "CD+CG")]
    [TestCase("Corea", "KP+KR", "es-ES")]
    [TestCase("Kongo", "CD+CG", "de-DE")]
    [TestCase("dakota", "US-ND+US-SD", "fr-FR")]
    [TestCase("as carolinas", "US-NC+US-SC", "pt-BR")]
    [TestCase("the dakotas", "US-ND+US-SD")]
    public void A_shared_name_finds_every_place(string spoken, string id, string locale = "en-US")
    {
        var result = Lookup.FindBySpokenName(spoken, locale);

        Assert.That(result.SharedName?.Id, Is.EqualTo(id));
        Assert.That(result.Country, Is.Null);
    }

    [TestCase("guinea", "GN")]
    [TestCase("south korea", "KR")]
    [TestCase("north korea", "KP")]
    [TestCase("republic of the congo", "CG")]
    [TestCase("democratic republic of the congo", "CD")]
    [TestCase("dominica", "DM")]
    [TestCase("niger", "NE")]
    [TestCase("dakota du nord", "US-ND", "fr-FR")]
    [TestCase("carolina do sul", "US-SC", "pt-BR")]
    public void An_exact_country_name_always_wins(string spoken, string id, string locale = "en-US")
    {
        var result = Lookup.FindBySpokenName(spoken, locale);

        Assert.That(result.Country?.Id, Is.EqualTo(id));
        Assert.That(result.SharedName, Is.Null);
        Assert.That(result.Match, Is.EqualTo(LookupMatch.Exact));
    }

    public static IEnumerable<TestCaseData> SharedNames() =>
        CapitalsData.Embedded.SharedNames.SelectMany(shared => shared.Names.SelectMany(pair => pair.Value.Select(name =>
            new TestCaseData(name, pair.Key, shared.Id).SetName($"Shared name '{name}' ({pair.Key}) is {shared.Id}"))));

    [TestCaseSource(nameof(SharedNames))]
    public void Every_shared_name_of_the_data_finds_its_places(string name, string language, string id)
    {
        var result = Lookup.FindBySpokenName(name, language + "-XX");

        Assert.That(result.SharedName?.Id, Is.EqualTo(id));
        Assert.That(result.Match, Is.EqualTo(LookupMatch.Exact));
    }

    [Test]
    public void Shared_names_name_known_places_and_are_found_by_their_group_id()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CapitalsData.Embedded.SharedNames.Select(shared => shared.Id), Does.Contain("KP+KR").And.Contain("CD+CG"));
            Assert.That(Lookup.FindSharedNameById("KP+KR")!.PlaceIds, Is.EqualTo(new[] { "KR", "KP" }));
            Assert.That(Lookup.FindSharedNameById("kp+kr")?.Id, Is.EqualTo("KP+KR"));
            Assert.That(Lookup.FindSharedNameById("KR+KP"), Is.Null);
            foreach (var shared in CapitalsData.Embedded.SharedNames)
                Assert.That(shared.PlaceIds.Select(id => CapitalsData.Embedded.FindById(id)), Has.None.Null, shared.Id);
        });
    }

    [Test]
    public void A_shared_name_whose_id_is_not_its_places_is_refused()
    {
        var shared = new SharedName
        {
            Id = "KR+KP",
            PlaceIds = ["KR", "KP"],
            Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["Korea"] },
        };

        Assert.That(() => new CapitalsData(CapitalsData.Embedded.Countries, [shared]), Throws.TypeOf<InvalidDataException>());
    }

    [TestCase("the people's republic of china", "CN")]
    [TestCase("the kyrgyz republic", "KG")]
    [TestCase("the united states of america", "US")]
    [TestCase("the republic of korea", "KR")]
    [TestCase("the democratic people's republic of korea", "KP")]
    [TestCase("the kingdom of saudi arabia", "SA")]
    [TestCase("the kingdom of the netherlands", "NL")]
    [TestCase("the kingdom of spain", "ES")]
    [TestCase("the kingdom of thailand", "TH")]
    [TestCase("the french republic", "FR")]
    [TestCase("the federal republic of germany", "DE")]
    [TestCase("the russian federation", "RU")]
    [TestCase("the hellenic republic", "GR")]
    [TestCase("the socialist republic of viet nam", "VN")]
    [TestCase("the united kingdom of great britain and northern ireland", "GB")]
    [TestCase("the commonwealth of australia", "AU")]
    [TestCase("the republic of the union of myanmar", "MM")]
    [TestCase("saudi", "SA")]
    [TestCase("the emirates", "AE")]
    [TestCase("the states", "US")]
    [TestCase("holland", "NL")]
    [TestCase("burma", "MM")]
    [TestCase("ivory coast", "CI")]
    public void Official_and_everyday_names_resolve(string spoken, string id)
    {
        var result = Lookup.FindBySpokenName(spoken, "en-US");

        Assert.That(result.Country?.Id, Is.EqualTo(id));
        Assert.That(result.Match, Is.EqualTo(LookupMatch.Exact));
    }

    [Test]
    public void The_claimant_state_of_western_sahara_is_not_an_alias_of_the_territory()
    {
        Assert.That(Lookup.FindBySpokenName("the sahrawi arab democratic republic", "en-US").Country, Is.Null);
    }
}
