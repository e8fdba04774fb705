namespace WorldCapitals.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran, and found something out of date (for example `model --check`).</summary>
    public const int OutOfDate = 1;

    /// <summary>The command could not run: no repository, a missing or invalid input file.</summary>
    public const int Failed = 2;
}
