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
        return SpeechTemplate.RenderPart(template, SpeechValue.Place("parent", ParentName(place, parent, locale)));
    }

    /// <summary>
    /// A place said with a template around its name ("{name}, {description}"), with forms: the template said with the
    /// name's own forms in <c>{name}</c> ("de la Colombie-Britannique, une province du Canada").
    /// </summary>
    public static PlaceName WithName(string template, PlaceName name, string description = "") => new(
        SpeechTemplate.RenderPart(template, SpeechValue.Place("name", name), ("description", description)),
        SpeechTemplate.RenderPart(template, SpeechValue.Place("name", name with { Name = name.Of }), ("description", description)),
        SpeechTemplate.RenderPart(template, SpeechValue.Place("name", name with { Name = name.Subject }), ("description", description)));

    /// <summary>How the parent is named for this place: the place's own form ("the Kingdom of Denmark"), else the parent's sentence name and forms.</summary>
    public static PlaceName ParentName(Country place, Country? parent, string locale) =>
        place.ParentNameFor(locale) is { } own ? PlaceName.Bare(own) : parent?.PlaceNameFor(locale) ?? PlaceName.Bare(string.Empty);

    /// <summary>Territories (ISO 3166-1 codes with a parent) are described in the answer; subdivisions' names say enough.</summary>
    public static bool IsDescribedInAnswer(Country place) =>
        place.Parent is not null && !place.Id.Contains('-', StringComparison.Ordinal);
}
