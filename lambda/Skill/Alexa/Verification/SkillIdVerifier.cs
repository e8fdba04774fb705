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
        // The ids are compared as the envelope's bytes, without decoding them or building the session and context.
        var context = envelope.ContextApplicationId;
        var session = envelope.SessionApplicationId;
        // Both name the skill; when they disagree the envelope was not made by Alexa, whichever one matches.
        if (!context.IsNull && !session.IsNull && !context.ValueEquals(session))
            return new SkillError(SkillErrorKind.SkillIdMismatch, "The request's context and session name different skills.");
        var actual = context.IsNull ? session : context;
        if (actual.IsNull)
            return new SkillError(SkillErrorKind.SkillIdMismatch, "The request carries no skill ID.");
        return actual.ValueEquals(_expectedSkillId)
            ? null
            : new SkillError(SkillErrorKind.SkillIdMismatch, $"The request is for skill '{actual.Value}', not this skill.");
    }
}
