namespace WorldCapitals.Simulator.Nlu;

/// <summary>The simulator's per-language data files, embedded as Nlu/&lt;name&gt;.&lt;language&gt;.json (the lexicon, the
/// built-in phrasings and cues, the clause words, the launch wording).</summary>
internal static class LanguageDataFile
{
    /// <summary>The named file of the locale's language, or null when that language has none.</summary>
    public static Stream? Open(string name, string locale)
    {
        ArgumentNullException.ThrowIfNull(locale);
        var language = locale.Split('-')[0].ToLowerInvariant();
        return typeof(LanguageDataFile).Assembly.GetManifestResourceStream($"WorldCapitals.Simulator.Nlu.{name}.{language}.json");
    }
}
