namespace WorldCapitals.Model.Tests;

/// <summary>The limits the lint tests enforce; interactionModel/README.md lists them with their sources.</summary>
internal static class AlexaLimits
{
    public const int MaxSampleUtteranceLength = 200;
    public const int MaxSlotValueLength = 140;
    public const int MaxValuesPerSlotType = 50_000;
    public const int MaxSamplesPerIntent = 2_000;
    public const int MinCapitalIntentSamples = 40;
}
