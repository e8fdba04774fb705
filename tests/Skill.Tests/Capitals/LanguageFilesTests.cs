using System.Text.Json;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Skill.Tests.Capitals;

/// <summary>
/// capitals.json holds the language-neutral facts and English; each other language is in languages/&lt;lang&gt;.json,
/// read on that language's first request, so a cold start does not grow with the number of languages.
/// </summary>
public sealed class LanguageFilesTests
{
    // The members keyed by language (or by an English locale: "en-GB") in places, capitals, shared names and filler words.
    private static readonly string[] PlaceMembers = ["parentNames", "names", "sentenceNames", "forms", "aliases", "qualifiedNames", "note"];

    [Test]
    public void A_new_process_asking_in_one_language_reads_that_language_and_no_other()
    {
        // Arrange
        var data = CapitalsData.LoadEmbedded();
        var places = new CountryLookup(data);
        var cities = new CityLookup(data);

        // Act
        var englishPlace = places.FindBySpokenName("germany", "en-US").Country?.Id;
        var englishCity = cities.FindBySpokenName("berlin", "en-US")?.Id;
        var loadedAfterEnglish = data.LoadedLanguages.ToList();
        var frenchPlace = places.FindBySpokenName("Allemagne", "fr-FR").Country;
        var frenchCity = cities.FindBySpokenName("Pékin", "fr-FR")?.Places[0].Place.Id;
        var frenchForms = frenchPlace?.PlaceNameFor("fr-FR");

        // Assert
        Assert.That(englishPlace, Is.EqualTo("DE"));
        Assert.That(englishCity, Is.Not.Null);
        Assert.That(loadedAfterEnglish, Is.Empty, "English is in capitals.json");
        Assert.That(frenchPlace?.Id, Is.EqualTo("DE"));
        Assert.That(frenchForms?.Of, Is.EqualTo("de l'Allemagne"));
        Assert.That(frenchCity, Is.EqualTo("CN"));
        Assert.That(data.LoadedLanguages, Is.EqualTo(new[] { "fr" }));
    }

    [Test]
    public void A_locale_s_own_names_are_read_from_its_language_s_file_and_no_other()
    {
        // Arrange
        var data = CapitalsData.LoadEmbedded();
        var places = new CountryLookup(data);
        var cities = new CityLookup(data);

        // Act
        var place = places.FindBySpokenName("Arabia Saudita", "es-MX").Country;
        var placeName = place?.PlaceNameFor("es-MX");
        var city = cities.FindBySpokenName("Santiago", "es-MX");
        var cityName = city?.NameFor("es-MX");

        // Assert
        Assert.That(placeName?.Of, Is.EqualTo("de Arabia Saudita"));
        Assert.That(cityName, Is.EqualTo("Santiago"));
        Assert.That(data.LoadedLanguages, Is.EqualTo(new[] { "es" }));
    }

    [Test]
    public void Every_language_has_its_file_listed_in_capitals_json_and_its_compact_form_embedded()
    {
        var neutral = DataFile("capitals.json");
        var listed = neutral.RootElement.GetProperty("languages").EnumerateArray().Select(language => language.GetString()).ToList();
        var files = Directory.EnumerateFiles(Path.Combine(DataFolder, "languages"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        var embedded = typeof(CapitalsData).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(LanguagesPrefix, StringComparison.Ordinal))
            .Select(name => name[LanguagesPrefix.Length..^".bin".Length])
            .Order(StringComparer.Ordinal);

        Assert.That(listed, Is.EqualTo(new[] { "ar", "de", "es", "fr", "hi", "it", "ja", "nl", "pt" }));
        Assert.That(files, Is.EqualTo(listed));
        Assert.That(embedded, Is.EqualTo(listed));
    }

    [Test]
    public void Capitals_json_holds_only_english_entries()
    {
        var keys = LanguageKeys(DataFile("capitals.json").RootElement).ToList();

        Assert.That(keys, Is.Not.Empty);
        Assert.That(keys.Where(key => Country.Language(key.Key) != "en"), Is.Empty);
    }

    [TestCase("ar")]
    [TestCase("de")]
    [TestCase("es")]
    [TestCase("fr")]
    [TestCase("hi")]
    [TestCase("it")]
    [TestCase("ja")]
    [TestCase("nl")]
    [TestCase("pt")]
    public void A_language_file_holds_only_its_language_for_the_places_capitals_and_shared_names_of_capitals_json(string language)
    {
        var neutral = DataFile("capitals.json").RootElement;
        var own = DataFile($"languages/{language}.json").RootElement;

        Assert.That(LanguageKeys(own).Where(key => Country.Language(key.Key) != language), Is.Empty);
        Assert.That(LanguageKeys(own).Count(key => key.Where == "names"), Is.GreaterThan(400));
        Assert.That(Shape(own, "countries"), Is.EqualTo(Shape(neutral, "countries")), "the same places in the same order, with as many capitals");
        Assert.That(Shape(own, "sharedNames"), Is.EqualTo(Shape(neutral, "sharedNames")));
    }

    private const string LanguagesPrefix = "WorldCapitals.Skill.Capitals.languages.";

    private static readonly string DataFolder = Path.Combine(Repository.Root, "lambda", "Skill", "Capitals");

    private static JsonDocument DataFile(string relativePath) => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(DataFolder, relativePath)));

    // Each place's or shared name's id with its number of capitals.
    private static List<string> Shape(JsonElement root, string member) =>
        [.. root.GetProperty(member).EnumerateArray().Select(item =>
            $"{item.GetProperty("id").GetString()}:{(item.TryGetProperty("capitals", out var capitals) ? capitals.GetArrayLength() : 0)}")];

    // Every language key of the file, with the member it keys.
    private static IEnumerable<(string Where, string Key)> LanguageKeys(JsonElement root)
    {
        foreach (var place in root.GetProperty("countries").EnumerateArray())
        {
            foreach (var member in PlaceMembers)
            {
                if (place.TryGetProperty(member, out var map))
                {
                    foreach (var entry in map.EnumerateObject())
                        yield return (member, entry.Name);
                }
            }
            foreach (var capital in place.GetProperty("capitals").EnumerateArray())
            {
                if (capital.TryGetProperty("names", out var names))
                {
                    foreach (var entry in names.EnumerateObject())
                        yield return ("capitals.names", entry.Name);
                }
            }
        }
        foreach (var shared in root.GetProperty("sharedNames").EnumerateArray())
        {
            foreach (var entry in shared.GetProperty("names").EnumerateObject())
                yield return ("sharedNames.names", entry.Name);
        }
        foreach (var entry in root.GetProperty("fillerWords").EnumerateObject())
            yield return ("fillerWords", entry.Name);
    }
}
