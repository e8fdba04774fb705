using System.Text;
using System.Text.Json;

namespace WorldCapitals.Skill.Tests.Capitals;

/// <summary>
/// The hand-written inputs of tools/capitals-data (overrides.json, languages/*.json) are read by Node's JSON.parse, which
/// keeps the last of two members with the same name and drops the first without a word: a second "HU" under a language
/// once hid the first one's aliases. No object in them may name a member twice.
/// </summary>
public sealed class CapitalsDataSourceTests
{
    private static readonly string SourceFolder = Path.Combine(Repository.Root, "tools", "capitals-data");

    public static IEnumerable<string> SourceFiles =>
        Directory.GetFiles(SourceFolder, "*.json").Where(path => !Path.GetFileName(path).StartsWith("package", StringComparison.Ordinal))
            .Concat(Directory.GetFiles(Path.Combine(SourceFolder, "languages"), "*.json"))
            .Select(path => Path.GetRelativePath(SourceFolder, path))
            .Order(StringComparer.Ordinal);

    private static readonly JsonDocumentOptions RefuseRepeatedMembers = new()
    {
        AllowDuplicateProperties = false,
        CommentHandling = JsonCommentHandling.Skip,
    };

    [TestCaseSource(nameof(SourceFiles))]
    public void No_object_names_a_member_twice(string file)
    {
        var json = File.ReadAllBytes(Path.Combine(SourceFolder, file));

        Assert.DoesNotThrow(() => JsonDocument.Parse(json, RefuseRepeatedMembers).Dispose(),
            $"{file}: a member named twice in one object (JSON.parse keeps only the last)");
    }

    [Test]
    public void A_member_named_twice_is_found()
    {
        var json = Encoding.UTF8.GetBytes("""{"es": {"HU": ["Hungary"], "DE": [], "HU": ["Ungría"]}, "fr": {"HU": []}}""");

        var refused = Assert.Throws<JsonException>(() => JsonDocument.Parse(json, RefuseRepeatedMembers).Dispose());

        Assert.That(refused!.Message, Does.Contain("HU"));
    }
}
