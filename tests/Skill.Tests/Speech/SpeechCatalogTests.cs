using System.Text;
using System.Text.Json.Nodes;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Tests.Speech;

/// <summary>Which file a locale's speech comes from, how a locale file changes its language's, and what is read when.</summary>
public sealed class SpeechCatalogTests
{
    private static readonly string EnglishJson = File.ReadAllText(Path.Combine(Repository.Root, "lambda", "Skill", "Speech", "en.json"));

    // A pilot language made from English with two members changed, so the test needs no real content.
    private static string Pilot(string goodbye, string capitalAnswer)
    {
        var speech = JsonNode.Parse(EnglishJson)!.AsObject();
        speech["goodbye"] = goodbye;
        speech["capitalAnswer"] = capitalAnswer;
        return speech.ToJsonString();
    }

    private static (SpeechCatalog Catalog, List<string> Opened) Catalog(Dictionary<string, string> files)
    {
        var opened = new List<string>();
        var catalog = SpeechCatalog.Load(files.Keys, file =>
        {
            lock (opened)
                opened.Add(file);
            return new MemoryStream(Encoding.UTF8.GetBytes(files[file]));
        });
        return (catalog, opened);
    }

    private static Dictionary<string, string> Files() => new()
    {
        ["en"] = EnglishJson,
        ["en-GB"] = """{ "goodbye": "Cheerio!", "roles": { "executive": "the executive seat" } }""",
        ["fr"] = Pilot("Au revoir !", "La capitale {countryOf} est {capital}."),
        ["fr-CA"] = """{ "goodbye": "Bonne journée !" }""",
    };

    [TestCase("en-US", "Goodbye!")]
    [TestCase("en-GB", "Cheerio!")]
    [TestCase("fr-FR", "Au revoir !")]
    [TestCase("fr-CA", "Bonne journée !")]
    [TestCase("fr-BE", "Au revoir !", Description = "a locale without its own file gets its language's")]
    [TestCase("de-DE", "Goodbye!", Description = "a language without a file gets English")]
    [TestCase("xx", "Goodbye!")]
    [TestCase(null, "Goodbye!")]
    public void A_locale_gets_its_own_differences_else_its_language_else_english(string? locale, string goodbye) =>
        Assert.That(Catalog(Files()).Catalog.For(locale).Goodbye, Is.EqualTo(goodbye));

    [Test]
    public void A_locale_file_changes_only_what_it_holds_and_single_entries_of_a_map()
    {
        var catalog = Catalog(Files()).Catalog;
        var british = catalog.For("en-GB");
        var american = catalog.For("en-US");

        Assert.Multiple(() =>
        {
            Assert.That(british.Welcome, Is.EqualTo(american.Welcome));
            Assert.That(british.Roles["executive"], Is.EqualTo("the executive seat"));
            Assert.That(british.Roles["judicial"], Is.EqualTo(american.Roles["judicial"]));
            Assert.That(catalog.For("fr-CA").CapitalAnswer, Is.EqualTo("La capitale {countryOf} est {capital}."));
        });
    }

    [Test]
    public void A_request_reads_only_its_own_languages_files_once()
    {
        var (catalog, opened) = Catalog(Files());

        catalog.For("fr-CA");
        catalog.For("fr-CA");
        Assert.That(opened, Is.EquivalentTo(new[] { "fr", "fr-CA" }));

        catalog.For("en-US");
        Assert.That(opened, Is.EquivalentTo(new[] { "fr", "fr-CA", "en" }));
    }

    [Test]
    public void Many_first_requests_at_once_read_the_file_once()
    {
        var (catalog, opened) = Catalog(Files());

        Parallel.For(0, 16, _ => catalog.For("fr-FR"));

        Assert.That(opened, Is.EqualTo(new[] { "fr" }));
    }

    [TestCase("""{ "farewell": "Bye!" }""", "\"farewell\"")]
    [TestCase("""{ "roles": { "emperor": "the imperial capital" } }""", "\"roles.emperor\"")]
    public void A_locale_file_with_a_member_its_language_lacks_is_refused_by_name(string differences, string member)
    {
        var files = Files();
        files["en-AU"] = differences;

        Assert.That(() => Catalog(files).Catalog.For("en-AU"),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("en-AU.json").And.Message.Contains(member));
    }

    [Test]
    public void A_language_file_without_a_member_is_refused()
    {
        var incomplete = JsonNode.Parse(EnglishJson)!.AsObject();
        incomplete.Remove("goodbye");
        var files = Files();
        files["de"] = incomplete.ToJsonString();

        Assert.That(() => Catalog(files).Catalog.For("de-DE"), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("goodbye"));
    }

    [TestCase("capitalWord", "\"capital\"")]
    [TestCase("capitalWordsByKind", """{ "state": "state capital" }""")]
    public void A_kind_capital_word_without_the_word_it_replaces_or_the_other_way_round_is_refused(string member, string json)
    {
        var half = JsonNode.Parse(EnglishJson)!.AsObject();
        half[member] = JsonNode.Parse(json);
        var files = Files();
        files["de"] = half.ToJsonString();

        Assert.That(() => Catalog(files).Catalog.For("de-DE"), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("capitalWordsByKind"));
    }

    [Test]
    public void Without_english_there_is_no_catalog() =>
        Assert.That(() => SpeechCatalog.Load(["fr"], _ => null), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("en.json"));
}
