using System.Text.Json;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary>Any request type this layer does not model; it carries its type name and the raw JSON.</summary>
public sealed class UnknownRequest(string type, JsonElement raw) : Request(type)
{
    public JsonElement Raw { get; } = raw;
}
