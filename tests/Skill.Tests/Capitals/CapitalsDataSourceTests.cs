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

    [TestCaseSource(nameof(SourceFiles))]
    public void No_object_names_a_member_twice(string file)
    {
        var repeated = RepeatedMembers(File.ReadAllBytes(Path.Combine(SourceFolder, file)));

        Assert.That(repeated, Is.Empty, $"{file}: members named twice in one object (JSON.parse keeps only the last)");
    }

    [Test]
    public void A_member_named_twice_is_found()
    {
        var repeated = RepeatedMembers(Encoding.UTF8.GetBytes("""{"es": {"HU": ["Hungary"], "DE": [], "HU": ["Ungría"]}, "fr": {"HU": []}}"""));

        Assert.That(repeated, Is.EqualTo(new[] { "es.HU" }));
    }

    /// <summary>The paths (parent.member) of every member named a second time in its object.</summary>
    private static List<string> RepeatedMembers(byte[] json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var objects = new Stack<(string Path, HashSet<string> Names)>();
        var repeated = new List<string>();
        var pendingName = "";
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    objects.Push((pendingName, []));
                    break;
                case JsonTokenType.EndObject:
                    objects.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    var (path, names) = objects.Peek();
                    pendingName = reader.GetString()!;
                    if (!names.Add(pendingName))
                        repeated.Add(path.Length == 0 ? pendingName : $"{path}.{pendingName}");
                    break;
            }
        }
        return repeated;
    }
}
