using System.Text.Json.Serialization;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Alexa.Serialization;

/// <summary>The one source-generated JSON context of the protocol layer: no reflection, Native AOT safe.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    MaxDepth = AlexaJson.MaxDepth,
    Converters = [typeof(RequestConverter)])]
[JsonSerializable(typeof(SkillRequest))]
[JsonSerializable(typeof(SkillResponse))]
[JsonSerializable(typeof(SystemState))]
[JsonSerializable(typeof(LaunchRequest))]
[JsonSerializable(typeof(IntentRequest))]
[JsonSerializable(typeof(SessionEndedRequest))]
[JsonSerializable(typeof(CanFulfillIntentRequest))]
[JsonSerializable(typeof(ExceptionEncounteredRequest))]
[JsonSerializable(typeof(AplUserEventRequest))]
[JsonSerializable(typeof(UnknownRequest))]
public sealed partial class AlexaJsonContext : JsonSerializerContext;
