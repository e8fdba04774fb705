namespace WorldCapitals.Model.Tests;

/// <summary>One line of an evaluation corpus file: what a person says, in which locale, and what should answer it.</summary>
internal sealed record EvaluationLine(string File, int LineNumber, string[] Columns)
{
    public string Utterance => Columns[0];
    public string Locale => Columns[1];
    public string Expected => Columns[2];
    public string Family => Columns[3];

    public override string ToString() => $"{File}:{LineNumber}: {string.Join(" | ", Columns)}";
}

/// <summary>The evaluation corpora under tests/Eval/&lt;language&gt;, read as the shared TSV contract describes them;
/// the overloads without a language read the English corpus.</summary>
internal static class EvaluationCorpus
{
    public const string Header = "utterance\tlocale\texpected\tfamily";
    public const string Tuning = "tuning.tsv";
    public const string HeldBack = "heldback.tsv";

    public static string PathOf(string file) => PathOf("en", file);

    public static string PathOf(string language, string file) => Path.Combine(Repository.Root, "tests", "Eval", language, file);

    /// <summary>The first line of the file.</summary>
    public static string HeaderOf(string file) => HeaderOf("en", file);

    public static string HeaderOf(string language, string file) => File.ReadLines(PathOf(language, file)).First();

    /// <summary>Every line after the header that is not a comment, split on tabs.</summary>
    public static IReadOnlyList<EvaluationLine> Read(string file) => Read("en", file);

    public static IReadOnlyList<EvaluationLine> Read(string language, string file) =>
        File.ReadAllLines(PathOf(language, file))
            .Select((text, index) => (text, number: index + 1))
            .Skip(1)
            .Where(line => !line.text.StartsWith('#'))
            .Select(line => new EvaluationLine($"{language}/{file}", line.number, line.text.Split('\t')))
            .ToList();
}
