using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Intents;

/// <summary>What a place that belongs to a country is, as the locale says it: "an autonomous territory of the Kingdom of Denmark".</summary>
internal static class PlaceDescription
{
    /// <summary>The description, or null for a country or a kind the locale does not word.</summary>
    public static string? For(Country place, Country? parent, LocaleSpeech text, string locale)
    {
        if (!text.PlaceDescriptions.TryGetValue(place.Kind, out var template))
            return null;
        return SpeechTemplate.RenderPart(template, ("parent", ParentName(place, parent, locale)));
    }

    /// <summary>How the parent is named for this place: the place's own form ("the Kingdom of Denmark"), else the parent's sentence name.</summary>
    public static string ParentName(Country place, Country? parent, string locale) =>
        place.ParentNameFor(locale) ?? parent?.SentenceNameFor(locale) ?? string.Empty;

    /// <summary>Territories (ISO 3166-1 codes with a parent) are described in the answer; subdivisions' names say enough.</summary>
    public static bool IsDescribedInAnswer(Country place) =>
        place.Parent is not null && !place.Id.Contains('-', StringComparison.Ordinal);
}
