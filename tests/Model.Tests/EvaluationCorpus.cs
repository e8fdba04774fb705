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

/// <summary>The English evaluation corpus under tests/Eval/en, read as the shared TSV contract describes it.</summary>
internal static class EvaluationCorpus
{
    public const string Header = "utterance\tlocale\texpected\tfamily";
    public const string Tuning = "tuning.tsv";
    public const string HeldBack = "heldback.tsv";

    public static string PathOf(string file) => Path.Combine(Repository.Root, "tests", "Eval", "en", file);

    /// <summary>The first line of the file.</summary>
    public static string HeaderOf(string file) => File.ReadLines(PathOf(file)).First();

    /// <summary>Every line after the header that is not a comment, split on tabs.</summary>
    public static IReadOnlyList<EvaluationLine> Read(string file) =>
        File.ReadAllLines(PathOf(file))
            .Select((text, index) => (text, number: index + 1))
            .Skip(1)
            .Where(line => !line.text.StartsWith('#'))
            .Select(line => new EvaluationLine(file, line.number, line.text.Split('\t')))
            .ToList();
}
