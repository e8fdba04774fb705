namespace WorldCapitals.Skill.Alexa;

/// <summary>Names of Amazon's standard built-in intents.</summary>
public static class BuiltInIntents
{
    public const string Help = "AMAZON.HelpIntent";
    public const string Stop = "AMAZON.StopIntent";
    public const string Cancel = "AMAZON.CancelIntent";
    public const string NavigateHome = "AMAZON.NavigateHomeIntent";
    public const string Fallback = "AMAZON.FallbackIntent";
}
