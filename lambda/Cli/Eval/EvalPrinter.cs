using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorldCapitals.Cli.Eval;

/// <summary>Writes a report as a table (families, locales, total, out-of-domain, then the misses) or as JSON.</summary>
internal static class EvalPrinter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteTable(TextWriter output, EvalReport report, bool misses)
    {
        var width = Math.Max(26, report.Families.Concat(report.Locales).Max(score => score.Name.Length) + 2);
        WriteSection(output, "family", report.Families, width);
        output.WriteLine();
        WriteSection(output, "locale", report.Locales, width);
        output.WriteLine();
        WriteRow(output, report.Total, width);
        WriteRow(output, report.OutOfDomain, width);
        output.WriteLine($"{report.InDomainToFallback} in-domain line(s) went to {EvalReport.FallbackIntent}.");
        if (!misses)
            return;
        output.WriteLine();
        output.WriteLine(report.Misses.Count == 0 ? "No misses." : $"Misses ({report.Misses.Count}):");
        foreach (var miss in report.Misses)
            output.WriteLine($"  {miss.Line.Where}  \"{miss.Line.Utterance}\" ({miss.Line.Locale}) expected {miss.Line.Expected}, got {miss.Got}");
    }

    public static void WriteJson(TextWriter output, EvalReport report, bool misses)
    {
        var json = new JsonObject
        {
            ["families"] = Scores(report.Families),
            ["locales"] = Scores(report.Locales),
            ["total"] = Score(report.Total),
            ["outOfDomainToFallback"] = Score(report.OutOfDomain),
            ["inDomainToFallback"] = report.InDomainToFallback,
        };
        if (misses)
        {
            json["misses"] = new JsonArray(report.Misses.Select(miss => (JsonNode)new JsonObject
            {
                ["where"] = miss.Line.Where,
                ["utterance"] = miss.Line.Utterance,
                ["locale"] = miss.Line.Locale,
                ["expected"] = miss.Line.Expected,
                ["family"] = miss.Line.Family,
                ["intent"] = miss.Intent,
                ["slot"] = miss.Slot,
                ["entityId"] = miss.EntityId,
                ["error"] = miss.Error,
            }).ToArray());
        }
        output.WriteLine(json.ToJsonString(Indented));
    }

    private static void WriteSection(TextWriter output, string title, IReadOnlyList<EvalScore> scores, int width)
    {
        output.WriteLine($"{title.PadRight(width)}{"count",7}{"correct",9}{"%",8}");
        foreach (var score in scores)
            WriteRow(output, score, width);
    }

    private static void WriteRow(TextWriter output, EvalScore score, int width) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Name.PadRight(width)}{score.Count,7}{score.Correct,9}{score.Percent,7:0.0}%"));

    private static JsonArray Scores(IReadOnlyList<EvalScore> scores) => new(scores.Select(score => (JsonNode)Score(score)).ToArray());

    private static JsonObject Score(EvalScore score) => new()
    {
        ["name"] = score.Name,
        ["count"] = score.Count,
        ["correct"] = score.Correct,
        ["percent"] = Math.Round(score.Percent, 2),
    };
}
