using System.Text;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Skill.Tests.Capitals;

/// <summary>
/// The compact files (capitals.bin, languages/&lt;lang&gt;.bin) the skill embeds and reads instead of the JSON: derived
/// from the JSON, committed, read back to the same data.
/// </summary>
public sealed class CompactDataTests
{
    private const string Prefix = "WorldCapitals.Skill.Capitals.";

    private static readonly string[] Languages = ["ar", "de", "es", "fr", "hi", "it", "ja", "nl", "pt"];

    [Test]
    public void The_committed_compact_files_are_those_the_json_gives()
    {
        var generated = CompactCapitalsFiles.Generate(path => File.OpenRead(Path.Combine(DataFolder, path)));

        Assert.That(generated.Select(file => file.RelativePath),
            Is.EqualTo(Languages.Select(language => $"languages/{language}.bin").Prepend("capitals.bin")));
        foreach (var (relativePath, content) in generated)
        {
            Assert.That(Embedded(relativePath.Replace('/', '.')), Is.EqualTo(content),
                $"{relativePath} is stale: run `dotnet run --project lambda/Cli -- compact-data` and commit the result");
        }
    }

    [Test]
    public void Capitals_bin_reads_back_to_what_it_was_written_from()
    {
        var json = CapitalsDataReader.Read(DataFile("capitals.json"));
        var bytes = CompactDataWriter.Write(json);

        var read = CompactDataReader.ReadCapitals(bytes);

        Assert.That(CompactDataWriter.Write(read), Is.EqualTo(bytes));
        Assert.That(read.Countries.Select(Describe), Is.EqualTo(json.Countries.Select(Describe)));
        Assert.That(read.Languages, Is.EqualTo(Languages));
    }

    [TestCaseSource(nameof(Languages))]
    public void A_language_bin_reads_back_to_what_it_was_written_from(string language)
    {
        var json = LanguagePartReader.Read(DataFile($"languages/{language}.json"), language);
        var bytes = CompactDataWriter.Write(json);

        var read = CompactDataReader.ReadLanguage(bytes, language);

        Assert.That(CompactDataWriter.Write(read), Is.EqualTo(bytes));
        Assert.That(read.Places.Keys, Is.EqualTo(json.Places.Keys));
        Assert.That(read.Places["DE"].Names![language], Is.EqualTo(json.Places["DE"].Names![language]));
        Assert.That(read.FillerWords.Select(entry => $"{entry.Key}: {string.Join(", ", entry.Value)}"),
            Is.EqualTo(json.FillerWords.Select(entry => $"{entry.Key}: {string.Join(", ", entry.Value)}")));
        Assert.That(read.ListWords.Select(entry => $"{entry.Key}: {string.Join(", ", entry.Value)}"),
            Is.EqualTo(json.ListWords.Select(entry => $"{entry.Key}: {string.Join(", ", entry.Value)}")));
        Assert.That(read.ListWords, Is.Not.Empty);
    }

    [Test]
    public void The_skill_reads_from_the_compact_files_what_the_json_files_hold()
    {
        var fromJson = CapitalsData.Join(
            CapitalsDataReader.Read(DataFile("capitals.json")),
            language => LanguagePartReader.Read(DataFile($"languages/{language}.json"), language));

        var fromCompact = CapitalsData.LoadEmbedded();

        Assert.That(fromCompact.Countries.Select(Describe), Is.EqualTo(fromJson.Countries.Select(Describe)));
        Assert.That(fromCompact.SharedNames.Select(shared => $"{shared.Id} {Map(shared.Names)}"),
            Is.EqualTo(fromJson.SharedNames.Select(shared => $"{shared.Id} {Map(shared.Names)}")));
        Assert.That(Map(fromCompact.FillerWords), Is.EqualTo(Map(fromJson.FillerWords)));
        Assert.That(Map(fromCompact.WordPrefixes), Is.EqualTo(Map(fromJson.WordPrefixes)));
        Assert.That(Map(fromCompact.ListWords), Is.EqualTo(Map(fromJson.ListWords)));
    }

    [TestCase("XXXX", "not compact capitals data")]
    [TestCase("WCD2\u0002", "not compact capitals data")]
    [TestCase("WCD2\u0001\u0005", "ends early")]
    public void Other_bytes_are_refused_with_a_message(string bytes, string message) =>
        Assert.That(() => CompactDataReader.ReadCapitals(Encoding.ASCII.GetBytes(bytes)), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(message));

    [Test]
    public void A_string_index_outside_the_table_is_refused()
    {
        // One string, no languages, one country whose id is string 7.
        var bytes = Encoding.ASCII.GetBytes("WCD2\u0001\u0001\u0001a\u0000\u0001\u0007");

        Assert.That(() => CompactDataReader.ReadCapitals(bytes), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("not in the table"));
    }

    // Every member of a place and its capitals, every language (enumerating a joined map reads each language's file).
    private static string Describe(Country place) =>
        $"{place.Id} {place.Kind} {place.Parent} {place.NoCapital} names {Map(place.Names)} parentNames {Map(place.ParentNames)} "
        + $"sentenceNames {Map(place.SentenceNames)} forms {Map(place.Forms)} aliases {Map(place.Aliases)} "
        + $"qualifiedNames {Map(place.QualifiedNames)} nationalities {Map(place.Nationalities)} note {Map(place.Note)} capitals "
        + string.Join(" | ", place.Capitals.Select(capital =>
            $"{capital.Name} {capital.Speech} {capital.Role} {Map(capital.Names)} {Map(capital.Aliases)}"));

    private static string Map<T>(IReadOnlyDictionary<string, T>? map) =>
        map is null ? "null" : "{" + string.Join(", ", map.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => $"{entry.Key}={Value(entry.Value)}")) + "}";

    private static string Value(object? value) => value is IReadOnlyList<string> list ? "[" + string.Join(", ", list) + "]" : $"{value}";

    private static readonly string DataFolder = Path.Combine(Repository.Root, "lambda", "Skill", "Capitals");

    private static byte[] DataFile(string relativePath) => File.ReadAllBytes(Path.Combine(DataFolder, relativePath));

    private static byte[] Embedded(string name)
    {
        using var stream = typeof(CapitalsData).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new AssertionException($"{name} is not embedded");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
