namespace WorldCapitals.Model.Tests;

/// <summary>The limits the lint tests enforce; interactionModel/README.md lists them with their sources.</summary>
internal static class AlexaLimits
{
    public const int MaxSampleUtteranceLength = 200;
    public const int MaxSlotValueLength = 140;
    public const int MaxValuesPerSlotType = 50_000;
    public const int MaxSamplesPerIntent = 2_000;
    public const int MinCapitalIntentSamples = 40;

    /// <summary>Our own ceiling, well under Alexa's: its NLU generalises from a few hundred samples, and every
    /// sample more slows model builds and the simulator.</summary>
    public const int MaxCapitalIntentSamples = 1_000;
}
