using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>
/// An intent handler that answers Alexa's name-free probe ("could you fulfil this intent?") for the intent it owns.
/// Handlers without it are answered NO.
/// </summary>
public interface ICanFulfillIntent
{
    /// <summary>The handler's answer for <paramref name="intent"/>, or null when the intent is not its own. No side effects, no speech.</summary>
    CanFulfillIntent? CanFulfill(Intent intent, string locale);
}
