using System.Text.RegularExpressions;

namespace WorldCapitals.Cli.Eval;

/// <summary>
/// Reads evaluation corpora: UTF-8 TSV files whose first line is the header
/// <c>utterance	locale	expected	family</c>; blank lines and lines starting with # are skipped. <c>expected</c> is
/// a place id (FR, US-CA), several joined by + in ordinal order (KP+KR), or an intent or request name
/// (AMAZON.FallbackIntent, LaunchRequest).
/// </summary>
internal static partial class EvalCorpus
{
    public const string Header = "utterance\tlocale\texpected\tfamily";

    /// <exception cref="CliException">A file cannot be read, or a line is malformed (file:line and why).</exception>
    public static List<EvalLine> Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"cannot read {path}: {exception.Message}", exception);
        }

        var lines = text.Split('\n');
        if (lines[0].TrimEnd('\r') != Header)
            throw new CliException($"{path}:1: the first line must be the header \"{Header.Replace("\t", "\\t", StringComparison.Ordinal)}\"");
        var corpus = new List<EvalLine>();
        for (var index = 1; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
                continue;
            corpus.Add(Parse(line, $"{path}:{index + 1}"));
        }
        return corpus;
    }

    private static EvalLine Parse(string line, string where)
    {
        var fields = line.Split('\t');
        if (fields.Length != 4)
            throw new CliException($"{where}: expected 4 tab-separated fields (utterance, locale, expected, family), found {fields.Length}");
        var (utterance, locale, expected, family) = (fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), fields[3].Trim());
        if (utterance.Length == 0)
            throw new CliException($"{where}: the utterance is empty");
        if (!LocalePattern().IsMatch(locale))
            throw new CliException($"{where}: \"{locale}\" is not a locale such as en-US");
        if (!PlacesPattern().IsMatch(expected) && !IntentPattern().IsMatch(expected))
            throw new CliException($"{where}: expected \"{expected}\" is neither place ids (FR, US-CA, KP+KR) nor an intent or request name (AMAZON.FallbackIntent, LaunchRequest)");
        if (!FamilyPattern().IsMatch(family))
            throw new CliException($"{where}: family \"{family}\" is not a kebab-case name such as capital-of");
        return new EvalLine(where, utterance, locale, expected, family);
    }

    [GeneratedRegex("^[a-z]{2}-[A-Z]{2}$")]
    private static partial Regex LocalePattern();

    [GeneratedRegex("^[A-Z]{2}(-[A-Z0-9]{1,3})?(\\+[A-Z]{2}(-[A-Z0-9]{1,3})?)*$")]
    private static partial Regex PlacesPattern();

    [GeneratedRegex("^([A-Za-z]+Request|([A-Z][A-Za-z]*\\.)?[A-Za-z]+Intent)$")]
    private static partial Regex IntentPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex FamilyPattern();
}

/// <summary>One scored line: where it comes from (file:line), what is said, in which locale, the right answer
/// and its phrasing family.</summary>
internal sealed record EvalLine(string Where, string Utterance, string Locale, string Expected, string Family)
{
    /// <summary>An intent or request name rather than place ids.</summary>
    public bool ExpectsIntent => Expected.EndsWith("Intent", StringComparison.Ordinal) || Expected.EndsWith("Request", StringComparison.Ordinal);
}
