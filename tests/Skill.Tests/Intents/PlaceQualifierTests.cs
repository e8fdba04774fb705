using System.Text.Json.Nodes;
using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Intents;

/// <summary>
/// A qualifier said with a place narrows it (issue 14): the <c>kind</c> slot ("the state of Georgia", "Georgia the
/// country"), the <c>parent</c> slot ("Georgia in the US"), or a country said inside the place's slot value ("punjab in
/// india"). A qualifier that fits no place of a shared name leaves every place; one that does not fit a single place
/// has the place answered with what it is, so the user hears which place it is.
/// </summary>
public sealed class PlaceQualifierTests
{
    private static readonly CapitalsData Data = CapitalsData.Embedded;

    // Every place of every shared name, with each qualifier that says what the place is: its country (a parent), and
    // its kind ("country" for a country). The answer is the places the qualifier fits: one, several ("the Guianas, the
    // country": Guyana and Suriname, not French Guiana) or all of them (the shared name's own id).
    public static IEnumerable<TestCaseData> SharedNameQualifiers()
    {
        foreach (var shared in Data.SharedNames)
        {
            var places = shared.PlaceIds.Select(id => Data.FindById(id)!).ToList();
            foreach (var place in places)
            {
                if (place.Parent is { } parent)
                {
                    var expected = AnswerFor(shared, places.Where(other => other.Parent == parent).ToList());
                    yield return new TestCaseData(shared.Id, null, parent, expected).SetName($"{shared.Id} in {parent} answers {expected}");
                }
                var kind = KindOf(place);
                var fitting = AnswerFor(shared, places.Where(other => KindOf(other) == kind).ToList());
                yield return new TestCaseData(shared.Id, kind, null, fitting).SetName($"{shared.Id} the {kind} answers {fitting}");
            }
        }
    }

    private static string KindOf(Country place) => place.Parent is null ? "country" : place.Kind.Split('-')[^1];

    private static string AnswerFor(SharedName shared, List<Country> fitting) => fitting.Count switch
    {
        1 => fitting[0].Id,
        _ when fitting.Count == shared.PlaceIds.Count => shared.Id,
        _ => SharedName.IdOf(fitting.Select(place => place.Id)),
    };

    [TestCaseSource(nameof(SharedNameQualifiers))]
    public async Task A_qualifier_picks_the_places_of_a_shared_name_it_fits(string sharedId, string? kind, string? parent, string expectedId)
    {
        var shared = Data.FindSharedNameById(sharedId)!;

        var result = await TestSkill.Create().InvokeAsync(Qualified(shared.Names["en"][0], sharedId, kind, parent).Bytes());

        Assert.That(result.Summary.EntityId, Is.EqualTo(expectedId));
    }

    // A shared name whose places all have one country and one kind ("Dakota": North and South Dakota) cannot be split by
    // a qualifier; each of its places is picked by its own name instead (the next test).
    [Test]
    public void Every_place_of_a_shared_name_that_belongs_to_a_country_can_be_picked()
    {
        var picked = SharedNameQualifiers().Select(test => (string)test.Arguments[3]!).ToHashSet();
        var reachable = Data.SharedNames.Where(shared => !QualifiersCannotSplit(shared))
            .SelectMany(shared => shared.PlaceIds)
            .Where(id => Data.FindById(id)!.Parent is not null)
            .ToList();

        Assert.That(reachable, Is.Not.Empty);
        Assert.That(picked, Is.SupersetOf(reachable));
    }

    [Test]
    public void The_places_of_a_shared_name_no_qualifier_splits_are_each_found_by_their_own_name()
    {
        var lookup = new CountryLookup(Data);
        var unsplit = Data.SharedNames.Where(QualifiersCannotSplit).SelectMany(shared => shared.PlaceIds).ToList();

        Assert.That(unsplit, Is.Not.Empty);
        Assert.That(unsplit, Has.All.Matches<string>(id => lookup.FindBySpokenName(Data.FindById(id)!.Names["en"], "en-US").Country?.Id == id));
    }

    private static bool QualifiersCannotSplit(SharedName shared)
    {
        var places = shared.PlaceIds.Select(id => Data.FindById(id)!).ToList();
        return places.All(place => place.Parent is not null && place.Parent == places[0].Parent && place.Kind == places[0].Kind);
    }

    [TestCase("georgia", "GE+US-GA", "country", null, "The capital of Georgia is Tbilisi.")]
    [TestCase("georgia", "GE+US-GA", "state", null, "The capital of Georgia is Atlanta.")]
    [TestCase("georgia", "GE+US-GA", null, "US", "The capital of Georgia is Atlanta.")]
    [TestCase("georgia", "GE+US-GA", "state", "US", "The capital of Georgia is Atlanta.")]
    [TestCase("virgin islands", "VG+VI", null, "GB", "Road Town is the capital of the British Virgin Islands, a territory of the United Kingdom.")]
    [TestCase("washington", "US-WA", "state", null, "The capital of Washington is Olympia.")]
    [TestCase("victoria", "AU-VIC", null, "AU", "The capital of Victoria is Melbourne.")]
    [TestCase("punjab", "IN-PB", null, "IN", "The capital of Punjab is Chandigarh.")]
    [TestCase("new york", "US-NY", "state", null, "The capital of New York is Albany.")]
    [TestCase("mexico", "MX", "state", null, "The capital of the State of Mexico is Toluca.")]
    [TestCase("england", "GB-ENG", "country", null, "The capital of England is London.")]
    [TestCase("delhi", "IN-DL", "territory", null, "The capital of Delhi is New Delhi.")]
    public async Task A_qualifier_that_fits_the_place_answers_it(string spoken, string id, string? kind, string? parent, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Qualified(spoken, id, kind, parent));

        Assert.That(response.Ssml(), Is.EqualTo($"<speak>{expected}</speak>"));
    }

    // "Punjab in Pakistan": the data knows only India's Punjab. It is answered, saying which Punjab it is; never as if
    // it were Pakistan's.
    [TestCase("punjab", "IN-PB", null, "PK", "Chandigarh is the capital of Punjab, a state of India.")]
    [TestCase("victoria", "AU-VIC", null, "CA", "Melbourne is the capital of Victoria, a state of Australia.")]
    [TestCase("california", "US-CA", "province", null, "Sacramento is the capital of California, a state of the United States.")]
    [TestCase("france", "FR", "state", null, "The capital of France is Paris.")]
    public async Task A_qualifier_that_fits_no_place_answers_the_place_with_what_it_is(string spoken, string id, string? kind, string? parent, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Qualified(spoken, id, kind, parent));

        Assert.That(response.Ssml(), Is.EqualTo($"<speak>{expected}</speak>"));
    }

    [TestCase("georgia", "GE+US-GA", null, "FR")]
    [TestCase("georgia", "GE+US-GA", "province", null)]
    [TestCase("korea", "KP+KR", "country", null)]
    [TestCase("congo", "CD+CG", null, "US")]
    public async Task A_qualifier_that_fits_no_place_of_a_shared_name_answers_every_place(string spoken, string id, string? kind, string? parent)
    {
        var result = await TestSkill.Create().InvokeAsync(Qualified(spoken, id, kind, parent).Bytes());

        Assert.Multiple(() =>
        {
            Assert.That(result.Summary.EntityId, Is.EqualTo(id));
            Assert.That(result.Summary.Outcome, Is.EqualTo("ambiguous"));
        });
    }

    [TestCase("punjab in india", "The capital of Punjab is Chandigarh.")]
    [TestCase("punjab in pakistan", "Chandigarh is the capital of Punjab, a state of India.")]
    [TestCase("victoria in australia", "The capital of Victoria is Melbourne.")]
    [TestCase("the virgin islands in the united kingdom", "Road Town is the capital of the British Virgin Islands, a territory of the United Kingdom.")]
    [TestCase("georgia in france", "Tbilisi is the capital of the country Georgia, and Atlanta is the capital of Georgia, a state of the United States.")]
    public async Task A_country_said_inside_the_slot_value_qualifies_the_place(string spoken, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(spoken));

        Assert.That(response.Ssml(), Is.EqualTo($"<speak>{expected}</speak>"));
    }

    // A CapitalIntent with the place resolved, and the kind and parent slots as Alexa fills them.
    private static JsonObject Qualified(string spoken, string id, string? kind, string? parent)
    {
        var envelope = Envelopes.Capital(spoken, id);
        var slots = (JsonObject)envelope["request"]!["intent"]!["slots"]!;
        if (kind is not null)
            slots["kind"] = Resolved("kind", "PLACE_KIND", kind, kind);
        if (parent is not null)
            slots["parent"] = Resolved("parent", "COUNTRY", Data.FindById(parent)!.NameFor("en-US"), parent);
        return envelope;
    }

    private static JsonObject Resolved(string name, string type, string spoken, string id) => new()
    {
        ["name"] = name,
        ["value"] = spoken,
        ["confirmationStatus"] = "NONE",
        ["resolutions"] = new JsonObject
        {
            ["resolutionsPerAuthority"] = new JsonArray(new JsonObject
            {
                ["authority"] = "amzn1.er-authority.echo-sdk." + Envelopes.SkillId + "." + type,
                ["status"] = new JsonObject { ["code"] = "ER_SUCCESS_MATCH" },
                ["values"] = new JsonArray(new JsonObject { ["value"] = new JsonObject { ["name"] = spoken, ["id"] = id } }),
            }),
        },
    };
}
