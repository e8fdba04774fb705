using System.Text.Json.Nodes;
using WorldCapitals.Cli.Model;

namespace WorldCapitals.Model.Tests;

/// <summary>The files under test, read from the repository this test assembly was built from.</summary>
internal static class Repository
{
    /// <summary>Every locale the skill ships in: those with an authored model (interactionModel/&lt;language&gt;/&lt;locale&gt;.json), sorted.</summary>
    public static string[] Locales => [.. AuthoredModel.Find(Root).Select(locale => locale.Locale)];

    /// <summary>The English locales (tests of English names and phrasings).</summary>
    public static string[] EnglishLocales => [.. Locales.Where(locale => locale.StartsWith("en-", StringComparison.Ordinal))];

    public static string Root => WorldCapitals.Tests.Support.Repository.Root;

    /// <summary>The authored language file of a locale: interactionModel/en/language.json for en-GB.</summary>
    public static string LanguagePath(string locale) =>
        Path.Combine(Root, AuthoredModel.Directory, WorldCapitals.Skill.Capitals.Country.Language(locale), AuthoredModel.LanguageFileName);

    public static string GeneratedPath(string locale) =>
        GeneratedFiles.FullPath(Root, InteractionModelGenerator.GeneratedPath(locale));

    public static InteractionModel Generated(string locale) => InteractionModel.Load(GeneratedPath(locale));

    public static JsonObject Manifest() =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "skill", "skill.json")))!;

}
