using System.Text.Json.Nodes;

namespace WorldCapitals.Tests.Support;

/// <summary>
/// The sample envelopes in Samples/ (copied next to the test assembly): real ones from public projects (see
/// Samples/SOURCES.md), and in Samples/Host/ envelopes written for the hosts' tests, carrying SECRET- markers
/// that must never reach a log.
/// </summary>
public static class SampleEnvelopes
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Samples");

    public static string HostDirectory { get; } = Path.Combine(Directory, "Host");

    public static string PathOf(string file) => Path.Combine(Directory, file);

    /// <summary>Every public request sample (a JSON object with a <c>request</c>) by file name, in ordinal order,
    /// found on disk so a new file is tested without a list to edit.</summary>
    public static IEnumerable<string> RequestFiles() =>
        System.IO.Directory.GetFiles(Directory, "*.json")
            .Where(path => JsonNode.Parse(File.ReadAllText(path)) is JsonObject envelope && envelope.ContainsKey("request"))
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal);
}
