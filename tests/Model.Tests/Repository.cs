using System.Text.Json.Nodes;
using WorldCapitals.Cli.Model;

namespace WorldCapitals.Model.Tests;

/// <summary>The files under test, read from the repository this test assembly was built from.</summary>
internal static class Repository
{
    /// <summary>The English locales the skill ships in.</summary>
    public static readonly string[] Locales = ["en-AU", "en-CA", "en-GB", "en-IN", "en-US"];

    public static string Root => WorldCapitals.Tests.Support.Repository.Root;

    /// <summary>The authored language file of a locale: interactionModel/en/language.json for en-GB.</summary>
    public static string LanguagePath(string locale) =>
        Path.Combine(Root, AuthoredModel.Directory, locale[..2], AuthoredModel.LanguageFileName);

    public static string GeneratedPath(string locale) =>
        GeneratedFiles.FullPath(Root, InteractionModelGenerator.GeneratedPath(locale));

    public static InteractionModel Generated(string locale) => InteractionModel.Load(GeneratedPath(locale));

    public static JsonObject Manifest() =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "skill", "skill.json")))!;

}
