namespace WorldCapitals.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran, and found something out of date (for example `model --check`).</summary>
    public const int OutOfDate = 1;

    /// <summary>The skill gave no answer: it rejected or failed the envelope, the endpoint answered with an
    /// HTTP error or could not be reached (ask, chat, invoke).</summary>
    public const int NotAnswered = 1;

    /// <summary>`eval` scored the corpus below its `--min` accuracy.</summary>
    public const int BelowMinimum = 1;

    /// <summary>The command could not run: no repository, a missing or invalid input file, bad usage.</summary>
    public const int Failed = 2;

    /// <summary>The exit codes as `--help` text of the simulator commands.</summary>
    public const string SimulatorHelp =
        "Exit codes: 0 answered; 1 the skill did not answer (rejected or failed the request, HTTP error, endpoint unreachable); " +
        "2 could not run (no interaction model, unreadable file, invalid JSON, bad arguments).";
}
