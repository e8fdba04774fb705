using System.Text.Json.Nodes;
using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Transport;
using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Simulator.Conversations;

/// <summary>One exchange: what was said, how it was understood, the request sent and what came back.</summary>
/// <param name="Interpretation">Null for a LaunchRequest or a SessionEndedRequest.</param>
/// <param name="Response">Null when the skill did not answer (see <see cref="Error"/>).</param>
public sealed record Turn(string? Utterance, Interpretation? Interpretation, JsonObject Request, ResponseView? Response, SkillFailure Failure, string? Error)
{
    public bool Answered => Response is not null;

    /// <summary>The skill's own account of the invocation, when it ran in this process (see <see cref="SkillReply.Summary"/>).</summary>
    public InvocationSummary? Summary { get; init; }

    public string RequestType => Request["request"]?["type"]?.GetValue<string>() ?? "";
}
