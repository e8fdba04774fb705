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
        // The ids are compared as the envelope's bytes, without decoding them, on every request.
        var context = WithId(envelope.Context?.System?.Application);
        var session = WithId(envelope.Session?.Application);
        // Both name the skill; when they disagree the envelope was not made by Alexa, whichever one matches.
        if (context is not null && session is not null && !context.HasSameId(session))
            return new SkillError(SkillErrorKind.SkillIdMismatch, "The request's context and session name different skills.");
        var actual = context ?? session;
        if (actual is null)
            return new SkillError(SkillErrorKind.SkillIdMismatch, "The request carries no skill ID.");
        return actual.HasId(_expectedSkillId)
            ? null
            : new SkillError(SkillErrorKind.SkillIdMismatch, $"The request is for skill '{actual.ApplicationId}', not this skill.");
    }

    private static Application? WithId(Application? application) => application is null || application.HasId(null) ? null : application;
}
