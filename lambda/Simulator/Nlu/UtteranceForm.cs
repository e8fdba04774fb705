namespace WorldCapitals.Simulator.Nlu;

public enum UtteranceKind
{
    /// <summary>"open world capitals": the skill's name and nothing else; a LaunchRequest.</summary>
    Launch,

    /// <summary>"ask world capitals what's the capital of peru": a question to this skill, in a new session.</summary>
    OneShot,

    /// <summary>"what's the capital of peru": no invocation; in an open session it goes to that session.</summary>
    Bare,
}

/// <summary>What kind of utterance it is, and the words that are the request itself (the invocation removed).</summary>
public sealed record UtteranceForm(UtteranceKind Kind, string Text, IReadOnlyList<Token> RequestTokens)
{
    /// <summary>The utterance began with the wake word ("Alexa, ...").</summary>
    public bool HasWakeWord { get; init; }

    /// <summary>A one-shot said a launch verb before the skill's name ("open world capitals ..."), not the name first.</summary>
    public bool HasLaunchVerb { get; init; }
}
