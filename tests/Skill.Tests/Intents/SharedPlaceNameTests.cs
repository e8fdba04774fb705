using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Intents;

/// <summary>
/// Names that several places have ("Georgia": the country and the US state) and names of places that are also
/// names of cities ("New York", "Washington", "Victoria"): each has a written rule in the data, tested here.
/// </summary>
public sealed class SharedPlaceNameTests
{
    private const string GeorgiaAnswer = "Tbilisi is the capital of the country Georgia, and Atlanta is the capital of Georgia, a state of the United States.";

    private static readonly string[] Languages = ["en", "de", "fr", "es", "it", "ja", "pt", "hi"];

    public static IEnumerable<TestCaseData> QualifiedNames() =>
        CapitalsData.Embedded.Countries
            .Where(place => place.QualifiedNames is not null)
            .SelectMany(place => place.QualifiedNames!["en"].Select(name =>
                new TestCaseData(name, place.Id).SetName($"Qualified '{name}' picks {place.Id}")));

    public static IEnumerable<TestCaseData> SharedNames() =>
        CapitalsData.Embedded.SharedNames.Select(shared => new TestCaseData(shared.Id).SetName("Shared name " + shared.Id));

    // Every name, alias, sentence name or qualified name of a place, by language and lookup key.
    private static IEnumerable<(string Language, string Key, string Text, string Id)> AllNames()
    {
        foreach (var place in CapitalsData.Embedded.Countries)
        {
            foreach (var language in Languages)
            {
                var texts = place.Names.Where(name => Country.Language(name.Key) == language).Select(name => name.Value)
                    .Concat(place.Aliases.GetValueOrDefault(language) ?? [])
                    .Concat(place.QualifiedNames?.GetValueOrDefault(language) ?? []);
                if (place.SentenceNames?.GetValueOrDefault(language) is { } sentenceName)
                    texts = texts.Append(sentenceName);
                foreach (var text in texts)
                    yield return (language, Normalised(text), text, place.Id);
            }
        }
    }

    // Lower case, Latin accents, punctuation and spaces dropped; Devanagari and Japanese marks kept, as the skill does.
    private static string Normalised(string text) =>
        new([.. text.Normalize(System.Text.NormalizationForm.FormD).ToLowerInvariant().Where(c =>
            char.IsLetterOrDigit(c) || (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark && c is < '\u0300' or > '\u036f'))]);

    [Test]
    public void Every_name_two_places_have_is_a_shared_name_that_lists_both()
    {
        var collisions = AllNames()
            .GroupBy(name => (name.Language, name.Key))
            .Where(group => group.Select(name => name.Id).Distinct().Count() > 1)
            .ToList();

        Assert.That(collisions, Is.Not.Empty, "the data has names that several places have (Georgia)");
        foreach (var collision in collisions)
        {
            var ids = collision.Select(name => name.Id).Distinct().ToList();
            var rule = CapitalsData.Embedded.SharedNames.FirstOrDefault(shared =>
                shared.Names.TryGetValue(collision.Key.Language, out var names) && names.Any(name => Normalised(name) == collision.Key.Key));
            Assert.That(rule, Is.Not.Null, $"'{collision.First().Text}' ({collision.Key.Language}) names {string.Join(", ", ids)} and has no rule");
            Assert.That(rule!.PlaceIds, Is.SupersetOf(ids), collision.First().Text);
        }
    }

    [TestCaseSource(nameof(SharedNames))]
    public async Task Every_shared_name_answers_every_place_it_lists(string id)
    {
        var shared = CapitalsData.Embedded.FindSharedNameById(id)!;

        var result = await TestSkill.Create().InvokeAsync(Envelopes.Capital(shared.Names["en"][0]).Bytes());

        Assert.That(result.Summary.EntityId, Is.EqualTo(id));
        Assert.That(result.Summary.Outcome, Is.EqualTo("ambiguous"));
        var body = System.Text.Encoding.UTF8.GetString(result.Body.Span);
        foreach (var place in shared.PlaceIds.Select(placeId => CapitalsData.Embedded.FindById(placeId)!))
            Assert.That(body, Does.Contain(place.Capitals[0].SpokenName.Replace("'", "&apos;", StringComparison.Ordinal)), place.Id);
    }

    [TestCase("georgia", null)]
    [TestCase("georgia", "GE+US-GA")]
    [TestCase("um georgia please", null)]
    public async Task Georgia_is_the_country_and_the_us_state_in_one_sentence(string spoken, string? resolvedId)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(spoken, resolvedId));

        Assert.That(response.Ssml(), Is.EqualTo($"<speak>{GeorgiaAnswer}</speak>"));
        Assert.That((string?)response["response"]!["card"]!["title"], Is.EqualTo("Capitals for Georgia"));
    }

    [TestCaseSource(nameof(QualifiedNames))]
    public void A_qualified_name_picks_one_place(string spoken, string id)
    {
        var result = new CountryLookup(CapitalsData.Embedded).FindBySpokenName(spoken, "en-US");

        Assert.That(result.Country?.Id, Is.EqualTo(id));
    }

    [TestCase("the state of georgia", "The capital of Georgia is Atlanta.")]
    [TestCase("georgia the country", "The capital of Georgia is Tbilisi.")]
    [TestCase("georgia in the us", "The capital of Georgia is Atlanta.")]
    [TestCase("um the state of georgia please", "The capital of Georgia is Atlanta.")]
    public async Task A_qualifier_in_the_slot_value_picks_one(string spoken, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(spoken));

        Assert.That(response.Ssml(), Is.EqualTo($"<speak>{expected}</speak>"));
    }

    // A place's name means the place, never a city of the same name: cities are not places of the data.
    [TestCase("new york", "US-NY", "The capital of New York is Albany.")]
    [TestCase("new york state", "US-NY", "The capital of New York is Albany.")]
    [TestCase("washington", "US-WA", "The capital of Washington is Olympia.")]
    [TestCase("washington state", "US-WA", "The capital of Washington is Olympia.")]
    [TestCase("washington dc", "US-DC", "Washington, D.C. is itself the capital of the United States, so it has no capital of its own.")]
    [TestCase("victoria", "AU-VIC", "The capital of Victoria is Melbourne.")]
    [TestCase("punjab", "IN-PB", "The capital of Punjab is Chandigarh.")]
    [TestCase("mexico", "MX", "The capital of Mexico is Mexico City.")]
    [TestCase("state of mexico", "MX-MEX", "The capital of the State of Mexico is Toluca.")]
    public async Task A_place_name_that_is_also_a_city_means_the_place(string spoken, string id, string expected)
    {
        var result = await TestSkill.Create().InvokeAsync(Envelopes.Capital(spoken).Bytes());

        Assert.That(result.Summary.EntityId, Is.EqualTo(id));
        Assert.That(System.Text.Encoding.UTF8.GetString(result.Body.Span), Does.Contain($"<speak>{expected}</speak>"));
    }
}
