using System.Text.Json;

namespace WorldCapitals.Skill.Speech;

/// <summary>The per-locale speech files embedded in this assembly, loaded once per process.</summary>
public sealed class SpeechCatalog
{
    public const string DefaultLocale = "en-US";

    private const string ResourcePrefix = "WorldCapitals.Skill.Speech.";

    private readonly Dictionary<string, LocaleSpeech> _byLocale;

    private SpeechCatalog(Dictionary<string, LocaleSpeech> byLocale) => _byLocale = byLocale;

    public IReadOnlyCollection<string> Locales => _byLocale.Keys;

    public static SpeechCatalog LoadEmbedded()
    {
        var assembly = typeof(SpeechCatalog).Assembly;
        var byLocale = new Dictionary<string, LocaleSpeech>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !name.EndsWith(".json", StringComparison.Ordinal))
                continue;
            var locale = name[ResourcePrefix.Length..^".json".Length];
            using var stream = assembly.GetManifestResourceStream(name)!;
            byLocale[locale] = JsonSerializer.Deserialize(stream, SkillDataJsonContext.Default.LocaleSpeech)
                ?? throw new InvalidDataException($"Speech file for {locale} is empty.");
        }
        if (!byLocale.ContainsKey(DefaultLocale))
            throw new InvalidDataException($"No speech file for the default locale {DefaultLocale}.");
        return new SpeechCatalog(byLocale);
    }

    /// <summary>The locale's own speech, else another locale of the same language, else en-US.</summary>
    public LocaleSpeech For(string? locale)
    {
        if (locale is not null && _byLocale.TryGetValue(locale, out var exact))
            return exact;
        var language = locale?.Split('-')[0];
        if (language is not null)
        {
            foreach (var (key, speech) in _byLocale)
            {
                if (key.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase))
                    return speech;
            }
        }
        return _byLocale[DefaultLocale];
    }
}
