using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>A trust check that runs before any handler; a failure rejects the request without an answer.</summary>
public interface IRequestVerifier
{
    /// <returns>null when the request passes, else why it was rejected.</returns>
    SkillError? Verify(SkillRequest envelope);
}
