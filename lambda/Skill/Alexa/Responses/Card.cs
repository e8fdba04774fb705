using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Responses;

/// <summary>What the Alexa app shows beside the spoken answer.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SimpleCard), "Simple")]
[JsonDerivedType(typeof(StandardCard), "Standard")]
[JsonDerivedType(typeof(LinkAccountCard), "LinkAccount")]
[JsonDerivedType(typeof(AskForPermissionsConsentCard), "AskForPermissionsConsent")]
public abstract class Card;

public sealed class SimpleCard : Card
{
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("content")]
    public string? Content { get; init; }
}

public sealed class StandardCard : Card
{
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Standard cards carry <c>text</c>, not <c>content</c>.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("image")]
    public CardImage? Image { get; init; }
}

[SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Wire model: the URLs as Alexa reads them, counted against the card's character limit.")]
public sealed class CardImage
{
    [JsonPropertyName("smallImageUrl")]
    public string? SmallImageUrl { get; init; }

    [JsonPropertyName("largeImageUrl")]
    public string? LargeImageUrl { get; init; }
}

public sealed class LinkAccountCard : Card;

public sealed class AskForPermissionsConsentCard : Card
{
    [JsonPropertyName("permissions")]
    public IReadOnlyList<string>? Permissions { get; init; }
}
