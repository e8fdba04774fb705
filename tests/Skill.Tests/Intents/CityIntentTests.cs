using System.Text.Json.Nodes;
using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Speech;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Intents;

/// <summary>The reverse question: "what is Nairobi the capital of?".</summary>
public sealed class CityIntentTests
{
    // Every capital name of the data with the ids of the places that have a capital said the same way (Basseterre,
    // Basse-Terre), found here from the data itself rather than from the skill's grouping.
    public static IEnumerable<TestCaseData> EveryCapital()
    {
        var places = CapitalsData.Embedded.Countries
            .SelectMany(place => place.Capitals.Select(capital => (Key: SaidTheSame(capital.Name), place.Id)))
            .ToLookup(entry => entry.Key, entry => entry.Id, StringComparer.Ordinal);
        return CapitalsData.Embedded.Countries
            .SelectMany(place => place.Capitals.Select(capital => capital.Name))
            .Distinct(StringComparer.Ordinal)
            .Select(name => new TestCaseData(name, string.Join('+', places[SaidTheSame(name)].Distinct().Order(StringComparer.Ordinal)))
                .SetName("Every capital: " + name));
    }

    // The spoken forms of every capital said the same way as this one; the answer starts with one of them.
    private static string[] SpokenFormsSaidTheSameAs(string city) =>
        [.. CapitalsData.Embedded.Countries.SelectMany(place => place.Capitals)
            .Where(capital => SaidTheSame(capital.Name) == SaidTheSame(city))
            .Select(capital => capital.SpokenName)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    private static string SaidTheSame(string name)
    {
        var folded = new System.Text.StringBuilder();
        foreach (var c in name.ToLowerInvariant())
            LatinFolding.Append(folded, c);
        return string.Concat(folded.ToString().Where(char.IsAsciiLetterOrDigit));
    }

    [TestCaseSource(nameof(EveryCapital))]
    public async Task Every_capital_by_resolved_id_and_by_name_names_every_place_it_is_the_capital_of(string city, string placeIds)
    {
        var skill = TestSkill.Create();
        var id = new CityLookup(CapitalsData.Embedded).FindBySpokenName(city, "en-US")?.Id;
        Assert.That(id, Is.Not.Null, $"{city} is not found by its own name.");

        var byId = await skill.InvokeAsync(Envelopes.City(city.ToLowerInvariant(), id).Bytes());
        var byName = await skill.InvokeAsync(Envelopes.City(city.ToLowerInvariant()).Bytes());

        var answer = JsonNode.Parse(byId.Body.Span)!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(byId.Summary.EntityId, Is.EqualTo(placeIds));
            Assert.That(byName.Summary.EntityId, Is.EqualTo(placeIds));
            Assert.That(byId.Summary.Outcome, Is.EqualTo("answered"));
            Assert.That(byName.Body.ToArray(), Is.EqualTo(byId.Body.ToArray()));
            Assert.That(answer.Ssml(), Does.StartWith("<speak>" + Ssml(SpokenFormsSaidTheSameAs(city)[0])).Or.StartWith("<speak>" + Ssml(SpokenFormsSaidTheSameAs(city)[^1])));
            Assert.That(answer.Ssml(), Does.Not.Contain("{").And.Not.Contain("know which place"));
            foreach (var placeId in placeIds.Split('+'))
            {
                var place = CapitalsData.Embedded.FindById(placeId)!;
                Assert.That(answer.Ssml(), Does.Contain(Ssml(place.SentenceNameFor("en-US"))));
            }
            Assert.That(answer.ShouldEndSession(), Is.True);
        });
    }

    [TestCase("nairobi", "Nairobi is the capital of Kenya.")]
    [TestCase("Sacramento", "Sacramento is the capital of California, a state of the United States.")]
    [TestCase("victoria", "Victoria is the capital of the Seychelles, and of British Columbia, a province of Canada.")]
    [TestCase("canberra", "Canberra is the capital of Australia, and of the Australian Capital Territory, a territory of Australia.")]
    [TestCase("la paz", "La Paz is the seat of government of Bolivia, and the capital of Baja California Sur, a state of Mexico.")]
    [TestCase("chandigarh", "Chandigarh is the capital of Haryana and Punjab, two states of India, and is itself a union territory of India.")]
    [TestCase("berlin", "Berlin is the capital of Germany, and is itself a city-state of Germany.")]
    [TestCase("new delhi", "New Delhi is the capital of India, and of Delhi, a union territory of India.")]
    [TestCase("pretoria", "Pretoria is the executive capital of South Africa.")]
    [TestCase("cape town", "Cape Town is the legislative capital of South Africa.")]
    [TestCase("the hague", "The Hague is the seat of government of the Netherlands.")]
    [TestCase("nuuk", "Nuuk is the capital of Greenland, an autonomous territory of the Kingdom of Denmark.")]
    [TestCase("BRASILIA", "Brasília is the capital of Brazil, and of the Federal District.")]
    [TestCase("saint john's", "Saint John&apos;s is the capital of Antigua and Barbuda, and of Newfoundland and Labrador, a province of Canada.")]
    [TestCase("jerusalem", "Jerusalem is the capital of Israel. Israel designates Jerusalem as its capital, and its government sits there. Jerusalem&apos;s status is disputed internationally, and many countries keep their embassies in Tel Aviv.")]
    [TestCase("basseterre", "Basseterre is the capital of Saint Kitts and Nevis, and of Guadeloupe, an overseas region of France.")]
    [TestCase("washington dc", "Washington D.C. is the capital of the United States.")]
    public async Task The_answer_names_the_places_with_roles_and_kinds(string spoken, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.City(spoken));

        Assert.That(response.Ssml(), Is.EqualTo($"<speak>{expected}</speak>"));
    }

    [Test]
    public async Task The_card_has_the_written_names_and_an_open_session_stays_open()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.City("brasilia", newSession: false));

        Assert.Multiple(() =>
        {
            Assert.That((string?)response["response"]!["card"]!["title"], Is.EqualTo("What Brasília is the capital of"));
            Assert.That((string?)response["response"]!["card"]!["content"], Does.StartWith("Brasília is the capital of Brazil"));
            Assert.That(response.Ssml(), Does.Contain("Which other country would you like?"));
            Assert.That(response.ShouldEndSession(), Is.False);
        });
    }

    [TestCase("gotham", "Gotham")]
    [TestCase("paris texas", "Paris Texas")]
    public async Task An_unknown_city_gets_a_clear_answer_and_a_prompt(string spoken, string echoed)
    {
        var result = await TestSkill.Create().InvokeAsync(Envelopes.City(spoken).Bytes());
        var response = JsonNode.Parse(result.Body.Span)!.AsObject();

        Assert.Multiple(() =>
        {
            Assert.That(response.Ssml(), Does.StartWith($"<speak>I don&apos;t know which place has {echoed} as its capital."));
            Assert.That(response.RepromptSsml(), Is.Not.Null);
            Assert.That(response.ShouldEndSession(), Is.False);
            Assert.That(result.Summary.EntityId, Is.Null);
            Assert.That(result.Summary.Outcome, Is.EqualTo("not-found"));
        });
    }

    [Test]
    public async Task An_empty_slot_asks_for_the_city()
    {
        var result = await TestSkill.Create().InvokeAsync(Envelopes.City(null).Bytes());
        var response = JsonNode.Parse(result.Body.Span)!.AsObject();

        Assert.Multiple(() =>
        {
            Assert.That(response.Ssml(), Is.EqualTo("<speak>Which capital city would you like to know about?</speak>"));
            Assert.That(response.ShouldEndSession(), Is.False);
            Assert.That(result.Summary.Outcome, Is.EqualTo("asked-city"));
        });
    }

    [TestCase("nairobi", "YES")]
    [TestCase("gotham", "NO")]
    public async Task Can_fulfill_probe_says_yes_for_a_known_capital_and_no_for_an_unknown_one(string spoken, string expected)
    {
        var envelope = Envelopes.City(spoken);
        envelope["request"]!["type"] = "CanFulfillIntentRequest";

        var response = await TestSkill.Create().AnswerAsync(envelope);

        var probe = response["response"]!["canFulfillIntent"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)probe["canFulfill"], Is.EqualTo(expected));
            Assert.That((string?)probe["slots"]!["city"]!["canUnderstand"], Is.EqualTo(expected));
            Assert.That((string?)probe["slots"]!["city"]!["canFulfill"], Is.EqualTo(expected));
        });
    }

    [Test]
    public void Every_role_of_the_data_is_worded_for_the_reverse_question_in_every_speech_locale()
    {
        var catalog = SpeechCatalog.LoadEmbedded();
        var roles = CapitalsData.Embedded.Countries.SelectMany(place => place.Capitals).Select(capital => capital.Role).OfType<string>().Distinct().ToList();

        Assert.Multiple(() =>
        {
            foreach (var locale in catalog.Locales)
            {
                foreach (var role in roles)
                    Assert.That(catalog.For(locale).CityRoles[role], Does.Contain("{place"), $"{locale}: {role}");
            }
        });
    }

    [Test]
    public void City_ids_are_unique_lower_case_ascii_words()
    {
        var cities = CapitalCity.AllOf(CapitalsData.Embedded);

        Assert.Multiple(() =>
        {
            Assert.That(cities.Select(city => city.Id), Is.Unique);
            foreach (var city in cities)
                Assert.That(city.Id, Does.Match("^[a-z0-9]+(-[a-z0-9]+)*$"), city.Name);
        });
    }

    private static string Ssml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("'", "&apos;", StringComparison.Ordinal);
}
