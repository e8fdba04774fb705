namespace WorldCapitals.Cli.Simulator;

/// <summary>Reads a batch file: one utterance per line, UTF-8 with or without a byte-order mark; blank lines and # comments are skipped.</summary>
internal static class UtteranceFile
{
    public const string StandardInput = "-";

    /// <exception cref="CliException">The file cannot be read, or is not UTF-8.</exception>
    public static List<UtteranceLine> Read(string path, TextReader standardInput)
    {
        string text;
        try
        {
            text = path == StandardInput
                ? Utf8Input.SkipByteOrderMark(standardInput.ReadToEnd())
                : Utf8Input.Decode(File.ReadAllBytes(path), path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"cannot read {path}: {exception.Message}", exception);
        }

        var lines = new List<UtteranceLine>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            var utterance = line.Trim();
            if (utterance.Length > 0 && !utterance.StartsWith('#'))
                lines.Add(new UtteranceLine(number, utterance));
        }
        return lines;
    }
}

internal readonly record struct UtteranceLine(int LineNumber, string Utterance);
