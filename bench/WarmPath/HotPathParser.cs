using System.Reflection;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Serialization;

namespace WorldCapitals.Bench.WarmPath;

/// <summary>
/// The skill's hot-path envelope parser (internal EnvelopeParser.Parse, what SkillEntryPoint.InvokeAsync(bytes)
/// calls), reached by reflection once: the bench must not change lambda/Skill, and
/// JsonSerializer.Deserialize(SkillRequest) takes a different, slower road (source-generated metadata).
/// </summary>
public static class HotPathParser
{
    public delegate SkillRequest ParseEnvelope(ReadOnlySpan<byte> utf8, int maxDepth);

    private static readonly ParseEnvelope Parser = Find();

    public static SkillRequest Parse(ReadOnlySpan<byte> utf8) => Parser(utf8, AlexaJson.MaxDepth);

    private static ParseEnvelope Find()
    {
        var type = typeof(SkillEntryPoint).Assembly.GetType("WorldCapitals.Skill.Alexa.Parsing.EnvelopeParser")
            ?? throw new InvalidOperationException("EnvelopeParser moved; update bench/WarmPath/HotPathParser.cs.");
        var method = type.GetMethod("Parse", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("EnvelopeParser.Parse moved; update bench/WarmPath/HotPathParser.cs.");
        return method.CreateDelegate<ParseEnvelope>();
    }
}
