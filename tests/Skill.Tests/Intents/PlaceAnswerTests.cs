using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Intents;
using WorldCapitals.Skill.Speech;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Intents;

/// <summary>Answers for territories and subdivisions: what the place is, where that helps, and areas without a capital.</summary>
public sealed class PlaceAnswerTests
{
    public static IEnumerable<TestCaseData> PlacesWithoutCapital() =>
        CapitalsData.Embedded.Countries.Where(place => place.NoCapital is not null)
            .Select(place => new TestCaseData(place.Id).SetName("No capital: " + place.Id));

    [TestCase("GL", "Nuuk is the capital of Greenland, an autonomous territory of the Kingdom of Denmark.")]
    [TestCase("FO", "Tórshavn is the capital of the Faroe Islands, an autonomous territory of the Kingdom of Denmark.")]
    [TestCase("PR", "San Juan is the capital of Puerto Rico, a territory of the United States.")]
    [TestCase("IM", "Douglas is the capital of the Isle of Man, a British Crown Dependency.")]
    [TestCase("CW", "Willemstad is the capital of Curaçao, a constituent country of the Kingdom of the Netherlands.")]
    [TestCase("NC", "Nouméa is the capital of New Caledonia, a special collectivity of France.")]
    [TestCase("US-CA", "The capital of California is Sacramento.")]
    [TestCase("GB-ENG", "The capital of England is London.")]
    [TestCase("CA-NL", "The capital of Newfoundland and Labrador is Saint John&apos;s.")]
    [TestCase("AU-ACT", "The capital of the Australian Capital Territory is Canberra.")]
    [TestCase("IN-JK", "Jammu and Kashmir has two capitals: Srinagar, the summer capital; and Jammu, the winter capital.")]
    [TestCase("MS", "Montserrat has two capitals: Plymouth, the official capital; and Brades, the seat of government.")]
    [TestCase("HK", "Hong Kong, a special administrative region of China, is a city territory and has no separate capital.")]
    [TestCase("AQ", "Antarctica has no capital: no country governs it, and it is managed under the Antarctic Treaty.")]
    [TestCase("US-DC", "Washington, D.C. is itself the capital of the United States, so it has no capital of its own.")]
    [TestCase("HM", "No one lives permanently on the Heard and McDonald Islands, a territory of Australia, so there is no capital.")]
    public async Task Answer_says_what_the_place_is_where_that_helps(string id, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(null, id));

        Assert.That(response.Ssml(), Is.EqualTo($"<speak>{expected}</speak>"));
    }

    [Test]
    public async Task Card_says_the_same_with_the_written_names()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital("greenland", "GL"));

        Assert.That((string?)response["response"]!["card"]!["title"], Is.EqualTo("Capital of Greenland"));
        Assert.That((string?)response["response"]!["card"]!["content"], Is.EqualTo("Nuuk is the capital of Greenland, an autonomous territory of the Kingdom of Denmark."));
    }

    [TestCaseSource(nameof(PlacesWithoutCapital))]
    public async Task Area_without_a_capital_gets_a_clear_answer_and_no_directory_lookup(string id)
    {
        var place = CapitalsData.Embedded.FindById(id)!;
        var skill = TestSkill.Create();

        var response = await skill.AnswerAsync(Envelopes.Capital(place.Names["en"], id));

        Assert.That(response.Ssml(), Does.Contain("capital").And.Not.Contain("{").And.Not.Contain(" ,"));
        Assert.That(response.Ssml(), Does.Contain(place.Names["en"].Replace("'", "&apos;", StringComparison.Ordinal)));
        Assert.That(response.ShouldEndSession(), Is.True);
    }

    [TestCase("california", null)]
    [TestCase("greenland", "GL")]
    [TestCase("hong kong", null)]
    [TestCase("georgia", null)]
    [TestCase("the state of georgia", null)]
    public async Task Can_fulfill_probe_says_yes_for_places_beyond_countries(string spoken, string? id)
    {
        var envelope = Envelopes.Capital(spoken, id);
        envelope["request"]!["type"] = "CanFulfillIntentRequest";

        var response = await TestSkill.Create().AnswerAsync(envelope);

        Assert.That(response["response"]!.ToJsonString(), Is.EqualTo(
            """{"canFulfillIntent":{"canFulfill":"YES","slots":{"country":{"canUnderstand":"YES","canFulfill":"YES"}}}}"""));
    }

    [Test]
    public void Every_kind_and_reason_without_a_capital_is_worded_in_every_speech_locale()
    {
        var catalog = SpeechCatalog.LoadEmbedded();
        var places = CapitalsData.Embedded.Countries;
        var kinds = places.Where(place => place.Parent is not null).Select(place => place.Kind).Distinct().ToList();
        var reasons = places.Select(place => place.NoCapital).OfType<string>().Distinct().ToList();

        foreach (var locale in catalog.Locales)
        {
            Assert.That(catalog.For(locale).PlaceDescriptions.Keys, Is.SupersetOf(kinds), locale);
            Assert.That(catalog.For(locale).NoCapitalAnswers.Keys, Is.SupersetOf(reasons), locale);
        }
    }

    [Test]
    public void A_kind_worded_for_one_parent_names_a_kind_that_parent_has()
    {
        var catalog = SpeechCatalog.LoadEmbedded();
        var kindsInParents = CapitalsData.Embedded.Countries.Where(place => place.Parent is not null)
            .Select(place => PlaceDescription.KeyInParent(place.Kind, place.Parent!)).ToHashSet(StringComparer.Ordinal);
        var worded = catalog.Locales.SelectMany(locale => catalog.For(locale).PlaceDescriptions.Keys
            .Concat(catalog.For(locale).PlaceDescriptionsPlural?.Keys ?? [])).Where(key => key.Contains('@', StringComparison.Ordinal)).Distinct().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(worded, Is.Not.Empty);
            Assert.That(worded, Is.SubsetOf(kindsInParents));
        });
    }
}
