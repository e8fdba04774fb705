using System.Text.Json.Nodes;
using WorldCapitals.Skill.Alexa.Parsing;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Skill.Tests.Support;

/// <summary>Envelopes read the one way hosts read them, <see cref="EnvelopeReader"/>; a refusal fails the test with its reason.</summary>
internal static class EnvelopeReading
{
    public static SkillRequest Read(byte[] body)
    {
        var (envelope, error) = EnvelopeReader.Read(body);
        Assert.That(error, Is.Null, () => $"The envelope was refused: {error}");
        return envelope!;
    }

    public static SkillRequest Read(JsonNode envelope) => Read(envelope.Bytes());
}
