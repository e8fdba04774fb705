using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Intents;

/// <summary>What a place that belongs to a country is, as the locale says it: "an autonomous territory of the Kingdom of Denmark".</summary>
internal static class PlaceDescription
{
    /// <summary>The description, or null for a country or a kind the locale does not word.</summary>
    public static string? For(Country place, Country? parent, LocaleSpeech text, string locale)
    {
        if (TemplateFor(text.PlaceDescriptions, place) is not { } template)
            return null;
        return SpeechTemplate.RenderPart(template, SpeechValue.Place("parent", ParentName(place, parent, locale)));
    }

    /// <summary>
    /// The template for the place's kind in <paramref name="templates"/>: the one for its kind in its parent country
    /// (<c>"state@DE"</c>: German says "Bundesland" for Germany's states, "Bundesstaat" for the others) when the
    /// locale words it, else the one for its kind; null when neither is there.
    /// </summary>
    public static string? TemplateFor(IReadOnlyDictionary<string, string>? templates, Country place)
    {
        if (templates is null)
            return null;
        if (place.Parent is not null && templates.TryGetValue(KeyInParent(place.Kind, place.Parent), out var inParent))
            return inParent;
        return templates.TryGetValue(place.Kind, out var template) ? template : null;
    }

    /// <summary>The speech key of a kind worded for one parent country: "state@DE".</summary>
    public static string KeyInParent(string kind, string parent) => kind + "@" + parent;

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
