using System.Text;
using System.Text.Json.Nodes;
using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Intents;
using WorldCapitals.Skill.Speech;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Intents;

/// <summary>
/// Answers in a language with articles and contractions (a French pilot) and in one without spaces (a Japanese pilot):
/// the place forms ({countryOf}, {countrySubject}, ...), capital names per language, the capital letter of a sentence.
/// The pilot speech is English's with a few members changed, and the pilot data is built here, so the test needs no
/// real content; the real languages are tested with their content.
/// </summary>
public sealed class PlaceFormsTests
{
    private static readonly Dictionary<string, string> EnglishNames = new()
    {
        ["DK"] = "Denmark", ["GL"] = "Greenland", ["IL"] = "Israel", ["JP"] = "Japan", ["US"] = "United States", ["ZA"] = "South Africa",
    };

    private static readonly CapitalsData Data = new(
    [
        Place("DK", "Danemark", "デンマーク", ("du Danemark", "le Danemark"), [Capital("Copenhagen", "Copenhague", "コペンハーゲン")]),
        Place("GL", "Groenland", "グリーンランド", ("du Groenland", "le Groenland"), [Capital("Nuuk", "Nuuk", "ヌーク")], kind: "autonomous-territory", parent: "DK"),
        Place("IL", "Israël", "イスラエル", ("d'Israël", "Israël"), [Capital("Jerusalem", "Jérusalem", "エルサレム")]),
        Place("JP", "Japon", "日本", ("du Japon", "le Japon"), [Capital("Tokyo", "Tokyo", "東京")]),
        Place("US", "États-Unis", "アメリカ合衆国", ("des États-Unis", "les États-Unis"),
            [new Capital { Name = "Washington, D.C.", Speech = "Washington D.C.", Names = new Dictionary<string, string> { ["fr"] = "Washington", ["ja"] = "ワシントン" } }],
            englishSentenceName: "the United States"),
        Place("ZA", "Afrique du Sud", "南アフリカ", ("de l'Afrique du Sud", "l'Afrique du Sud"),
        [
            Capital("Pretoria", "Pretoria", "プレトリア", "executive"),
            Capital("Cape Town", "Le Cap", "ケープタウン", "legislative"),
            Capital("Bloemfontein", "Bloemfontein", "ブルームフォンテーン", "judicial"),
        ]),
    ]);

    private static readonly SpeechCatalog Speech = PilotSpeech();

    [TestCase("JP", "La capitale du Japon est Tokyo.")]
    [TestCase("US", "La capitale des États-Unis est Washington.")]
    [TestCase("IL", "La capitale d'Israël est Jérusalem.")]
    [TestCase("ZA", "L'Afrique du Sud a trois capitales : Pretoria, la capitale exécutive ; Le Cap, la capitale législative et Bloemfontein, la capitale judiciaire.")]
    [TestCase("GL", "Nuuk est la capitale du Groenland, un territoire autonome du Danemark.")]
    public void French_says_the_place_with_its_preposition_and_article_and_the_capital_as_french_names_it(string id, string expected) =>
        Assert.That(Answer(id, "fr-FR"), Is.EqualTo(expected));

    [TestCase("JP", "日本の首都は東京です。")]
    [TestCase("US", "アメリカ合衆国の首都はワシントンです。")]
    public void Japanese_says_the_names_in_its_own_script(string id, string expected) =>
        Assert.That(Answer(id, "ja-JP"), Is.EqualTo(expected));

    [TestCase("JP", "The capital of Japan is Tokyo.")]
    [TestCase("US", "The capital of the United States is Washington D.C.")]
    public void English_is_unchanged_by_other_languages_forms_and_names(string id, string expected) =>
        Assert.That(Answer(id, "en-US"), Is.EqualTo(expected));

    [Test]
    public void The_written_answer_uses_the_written_name_of_the_language()
    {
        var us = Data.FindById("US")!;

        Assert.Multiple(() =>
        {
            Assert.That(CapitalAnswer.Compose(us, us.Capitals, Speech.For("en-US"), "en-US", spoken: false), Is.EqualTo("The capital of the United States is Washington, D.C."));
            Assert.That(CapitalAnswer.Compose(us, us.Capitals, Speech.For("fr-FR"), "fr-FR", spoken: false), Is.EqualTo("La capitale des États-Unis est Washington."));
        });
    }

    [Test]
    public void The_reverse_question_says_the_city_and_places_in_the_language()
    {
        var handler = new CityIntentHandler(new CityLookup(Data), Data.FindById, Speech);
        var city = new CityLookup(Data).FindBySpokenName("Le Cap", "fr-FR");

        Assert.Multiple(() =>
        {
            Assert.That(city?.Id, Is.EqualTo("cape-town"));
            Assert.That(handler.Compose(city!, Speech.For("fr-FR"), "fr-FR", spoken: true), Is.EqualTo("Le Cap est la capitale législative de l'Afrique du Sud."));
            Assert.That(new CityLookup(Data).FindBySpokenName("東京", "ja-JP")?.Id, Is.EqualTo("tokyo"));
            Assert.That(new CityLookup(Data).FindBySpokenName("東京", "en-US"), Is.Null);
        });
    }

    [Test]
    public void A_capital_known_only_by_its_english_name_takes_the_other_languages_names_of_the_same_capital()
    {
        var known = Data.FindById("ZA")!.Capitals;

        Assert.Multiple(() =>
        {
            Assert.That(new Capital { Name = "Cape Town", Role = "legislative" }.WithNamesOf(known).NameFor("fr-FR"), Is.EqualTo("Le Cap"));
            Assert.That(new Capital { Name = "Cape Town", Role = "legislative" }.WithNamesOf(known).Role, Is.EqualTo("legislative"));
            Assert.That(new Capital { Name = "Kaapstad" }.WithNamesOf(known).NameFor("fr-FR"), Is.EqualTo("Kaapstad"), "an operator's new capital keeps its one name");
        });
    }

    [Test]
    public void A_template_around_a_name_keeps_the_names_forms()
    {
        var name = PlaceDescription.WithName("{name}, {description}", new PlaceName("le Groenland", "du Groenland", "le Groenland"), "un territoire autonome");

        Assert.That(name, Is.EqualTo(new PlaceName("le Groenland, un territoire autonome", "du Groenland, un territoire autonome", "le Groenland, un territoire autonome")));
    }

    [TestCase("ja-JP", "ｱﾒﾘｶ合衆国", "US")]
    [TestCase("ja-JP", "日本", "JP")]
    [TestCase("fr-FR", "du japon", "JP")]
    [TestCase("fr-FR", "d'Israël", "IL")]
    [TestCase("fr-FR", "etats unis", "US")]
    [TestCase("en-US", "日本", null)]
    public void A_place_is_found_by_its_name_in_the_requests_language(string locale, string spoken, string? id) =>
        Assert.That(new CountryLookup(Data).FindBySpokenName(spoken, locale).Country?.Id, Is.EqualTo(id));

    [Test]
    public async Task The_skill_names_a_place_and_its_capital_in_the_requests_language()
    {
        // The real data and skill: the Japanese name of the place is in the answer whatever its speech says around it.
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital("フランス", locale: "ja-JP"));

        Assert.That(response.Ssml(), Does.Contain("フランス"));
    }

    private static string Answer(string id, string locale)
    {
        var place = Data.FindById(id)!;
        return CapitalAnswer.Compose(place, place.Capitals, Speech.For(locale), locale, spoken: true, Data.FindById(place.Parent));
    }

    private static SpeechCatalog PilotSpeech()
    {
        var englishJson = File.ReadAllText(Path.Combine(Repository.Root, "lambda", "Skill", "Speech", "en.json"));
        var french = JsonNode.Parse(englishJson)!.AsObject();
        french["capitalAnswer"] = "La capitale {countryOf} est {capital}.";
        french["multiCapitalAnswer"] = "{countrySubject} a {count} capitales : {capitals}.";
        french["listSeparator"] = " ; ";
        french["listLastSeparator"] = " et ";
        french["numbers"]!["3"] = "trois";
        french["roles"]!["executive"] = "la capitale exécutive";
        french["roles"]!["legislative"] = "la capitale législative";
        french["roles"]!["judicial"] = "la capitale judiciaire";
        french["placeCapitalAnswer"] = "{capital} est la capitale {placeOf}, {description}.";
        french["placeDescriptions"]!["autonomous-territory"] = "un territoire autonome {parentOf}";
        french["cityAnswer"] = "{city} est {places}.";
        french["cityRoles"]!["legislative"] = "la capitale législative {placeOf}";
        var japanese = JsonNode.Parse(englishJson)!.AsObject();
        japanese["capitalAnswer"] = "{country}の首都は{capital}です。";
        var files = new Dictionary<string, string> { ["en"] = englishJson, ["fr"] = french.ToJsonString(), ["ja"] = japanese.ToJsonString() };
        return SpeechCatalog.Load(files.Keys, file => new MemoryStream(Encoding.UTF8.GetBytes(files[file])));
    }

    private static Country Place(string id, string french, string japanese, (string Of, string Subject) frenchForms, IReadOnlyList<Capital> capitals,
        string kind = CountryKinds.Sovereign, string? parent = null, string? englishSentenceName = null) => new()
    {
        Id = id,
        Kind = kind,
        Parent = parent,
        Names = new Dictionary<string, string> { ["en"] = EnglishNames[id], ["fr"] = french, ["ja"] = japanese },
        SentenceNames = englishSentenceName is null ? null : new Dictionary<string, string> { ["en"] = englishSentenceName },
        Aliases = new Dictionary<string, IReadOnlyList<string>>(),
        Forms = new Dictionary<string, PlaceForms> { ["fr"] = new(frenchForms.Of, frenchForms.Subject) },
        Capitals = capitals,
    };

    private static Capital Capital(string english, string french, string japanese, string? role = null) =>
        new() { Name = english, Role = role, Names = new Dictionary<string, string> { ["fr"] = french, ["ja"] = japanese } };
}
