using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Skill.Alexa.Verification;

/// <summary>Rejects requests sent to another skill, so nobody else's skill can be pointed at this one.</summary>
public sealed class SkillIdVerifier : IRequestVerifier
{
    private readonly string _expectedSkillId;

    public SkillIdVerifier(string expectedSkillId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(expectedSkillId);
        _expectedSkillId = expectedSkillId;
    }

    public SkillError? Verify(SkillRequest envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var contextId = envelope.Context?.System?.Application?.ApplicationId;
        var sessionId = envelope.Session?.Application?.ApplicationId;
        // Both name the skill; when they disagree the envelope was not made by Alexa, whichever one matches.
        if (contextId is not null && sessionId is not null && !string.Equals(contextId, sessionId, StringComparison.Ordinal))
            return new SkillError(SkillErrorKind.SkillIdMismatch, "The request's context and session name different skills.");
        var actual = envelope.ApplicationId;
        if (actual is null)
            return new SkillError(SkillErrorKind.SkillIdMismatch, "The request carries no skill ID.");
        return string.Equals(actual, _expectedSkillId, StringComparison.Ordinal)
            ? null
            : new SkillError(SkillErrorKind.SkillIdMismatch, $"The request is for skill '{actual}', not this skill.");
    }
}
