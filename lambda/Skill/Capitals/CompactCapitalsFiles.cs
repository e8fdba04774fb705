namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// The compact files the skill reads at start and per language (capitals.bin, languages/&lt;lang&gt;.bin), derived from
/// the JSON files tools/capitals-data generates (capitals.json, languages/&lt;lang&gt;.json), which stay the source of
/// truth. `capitals compact-data` writes them; a test fails when the committed ones are stale.
/// </summary>
public static class CompactCapitalsFiles
{
    /// <summary>The folder of the data in the repository.</summary>
    public const string Directory = "lambda/Skill/Capitals";

    /// <summary>
    /// Every compact file, by its path relative to the data's folder, from the JSON files that <paramref name="openJson"/>
    /// opens by the same kind of path ("capitals.json", "languages/de.json").
    /// </summary>
    public static IReadOnlyList<(string RelativePath, byte[] Content)> Generate(Func<string, Stream> openJson)
    {
        ArgumentNullException.ThrowIfNull(openJson);
        CapitalsDataContents contents;
        using (var capitals = openJson("capitals.json"))
            contents = CapitalsDataReader.Read(StreamBytes.ReadAll(capitals));
        var files = new List<(string, byte[])> { ("capitals.bin", CompactDataWriter.Write(contents)) };
        foreach (var language in contents.Languages)
        {
            using var json = openJson($"languages/{language}.json");
            files.Add(($"languages/{language}.bin", CompactDataWriter.Write(LanguagePartReader.Read(StreamBytes.ReadAll(json), language))));
        }
        return files;
    }
}
