namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>Why a request got no spoken answer. Hosts turn it into an HTTP 400 or a Lambda invocation error.</summary>
public sealed record SkillError(SkillErrorKind Kind, string Message)
{
    /// <summary>True for trust failures (skill ID, timestamp), false for unreadable envelopes and crashes.</summary>
    public bool IsRejection => Kind is SkillErrorKind.SkillIdMismatch or SkillErrorKind.TimestampOutOfTolerance;
}

public enum SkillErrorKind
{
    /// <summary>The body has no bytes, or only whitespace.</summary>
    EmptyBody,

    /// <summary>The body is larger than <see cref="SkillEntryPoint.MaxBodyBytes"/>.</summary>
    BodyTooLarge,

    /// <summary>The body is not well-formed UTF-8 JSON.</summary>
    InvalidJson,

    /// <summary>Well-formed JSON that is not an Alexa request envelope.</summary>
    InvalidEnvelope,

    /// <summary>The request names another skill, or none.</summary>
    SkillIdMismatch,

    /// <summary>The request's timestamp is missing or too far from now.</summary>
    TimestampOutOfTolerance,

    /// <summary>A handler failed and so did every error handler.</summary>
    HandlerFailed,
}
