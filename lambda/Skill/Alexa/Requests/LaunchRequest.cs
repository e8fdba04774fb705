using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

public sealed class LaunchRequest() : Request(RequestTypes.Launch)
{
        /// <summary>Present when the skill is launched to run a task (name, version, input).</summary>
    [JsonPropertyName("task")]
    public JsonElement? Task { get; init; }
}
