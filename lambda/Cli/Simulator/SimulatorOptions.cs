using System.CommandLine;

namespace WorldCapitals.Cli.Simulator;

/// <summary>The options ask, chat and invoke share.</summary>
internal static class SimulatorOptions
{
    public const string DefaultLocale = "en-US";

    public static Option<string> Locale() => new("--locale", "-l")
    {
        Description = "The locale to talk in; its model is skill/interactionModels/custom/<locale>.json.",
        DefaultValueFactory = _ => DefaultLocale,
    };

    public static Option<string?> Endpoint() => new("--endpoint")
    {
        Description = "POST the envelopes to this running endpoint (e.g. the web host started with --no-verify) instead of calling the skill in this process.",
    };

    public static Option<string?> Root() => new("--root")
    {
        Description = "The repository root (the folder holding WorldCapitals.slnx); found from the current folder when omitted.",
    };

    public static Option<bool> Json(string description) => new("--json") { Description = description };

    /// <summary>The endpoint as an absolute http(s) URL, or null when none was given.</summary>
    /// <exception cref="CliException">Not an absolute http or https URL.</exception>
    public static Uri? ParseEndpoint(string? endpoint)
    {
        if (endpoint is null)
            return null;
        return Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new CliException($"--endpoint must be an absolute http or https URL, not \"{endpoint}\"");
    }
}
