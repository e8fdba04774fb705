using System.Text.Json;
using System.Text.Json.Serialization;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Skill.Alexa.Responses;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(DialogDelegateDirective), "Dialog.Delegate")]
[JsonDerivedType(typeof(DialogElicitSlotDirective), "Dialog.ElicitSlot")]
[JsonDerivedType(typeof(DialogConfirmSlotDirective), "Dialog.ConfirmSlot")]
[JsonDerivedType(typeof(DialogConfirmIntentDirective), "Dialog.ConfirmIntent")]
[JsonDerivedType(typeof(AplRenderDocumentDirective), "Alexa.Presentation.APL.RenderDocument")]
public abstract class Directive;

/// <summary>Alexa speaks the dialog model's prompts: a response with it must carry no speech or reprompt.</summary>
public sealed class DialogDelegateDirective : Directive
{
    [JsonPropertyName("updatedIntent")]
    public Intent? UpdatedIntent { get; init; }
}

public sealed class DialogElicitSlotDirective : Directive
{
    [JsonPropertyName("slotToElicit")]
    public required string SlotToElicit { get; init; }

    [JsonPropertyName("updatedIntent")]
    public Intent? UpdatedIntent { get; init; }
}

public sealed class DialogConfirmSlotDirective : Directive
{
    [JsonPropertyName("slotToConfirm")]
    public required string SlotToConfirm { get; init; }

    [JsonPropertyName("updatedIntent")]
    public Intent? UpdatedIntent { get; init; }
}

public sealed class DialogConfirmIntentDirective : Directive
{
    [JsonPropertyName("updatedIntent")]
    public Intent? UpdatedIntent { get; init; }
}

/// <summary>APL documents are opaque to the backend: document and data sources stay raw JSON.</summary>
public sealed class AplRenderDocumentDirective : Directive
{
    [JsonPropertyName("token")]
    public string? Token { get; init; }

    [JsonPropertyName("document")]
    public required JsonElement Document { get; init; }

    [JsonPropertyName("datasources")]
    public JsonElement? DataSources { get; init; }

    [JsonPropertyName("sources")]
    public JsonElement? Sources { get; init; }
}
