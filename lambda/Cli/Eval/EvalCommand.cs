using System.CommandLine;
using System.Globalization;
using WorldCapitals.Cli.Simulator;

namespace WorldCapitals.Cli.Eval;

/// <summary>
/// `capitals eval tests/Eval/en/tuning.tsv`: scores an evaluation corpus through the simulator's NLU and the real
/// skill in this process. Each line is a one-shot in a new session, as if said alone ("open world capitals" is a
/// LaunchRequest). A place-id line is right when the skill reports it answered exactly those places; an intent
/// line when the simulator resolved that intent (or request type).
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("file")
        {
            Description = "Corpus files: TSV with the header \"utterance<TAB>locale<TAB>expected<TAB>family\"; # lines are comments.",
            Arity = ArgumentArity.OneOrMore,
        };
        var min = new Option<double?>("--min")
        {
            Description = "Exit with 1 when the total accuracy is below this percentage (0-100).",
        };
        var noMisses = new Option<bool>("--no-misses")
        {
            Description = "Print the scores only, not the lines that missed (to score a held-back half without reading it).",
        };
        var locale = new Option<string?>("--locale", "-l")
        {
            Description = "Score only the lines of this locale.",
        };
        var json = SimulatorOptions.Json("Print the report as JSON.");
        var root = SimulatorOptions.Root();
        var command = new Command("eval", "Score evaluation corpora through the simulator and the skill: accuracy per phrasing family, per locale, " +
            "in total, how many out-of-domain lines went to AMAZON.FallbackIntent, and the misses. " +
            "Exit codes: 0 scored (at or above --min); 1 the total accuracy is below --min; 2 could not run (missing file, malformed line, unknown locale, bad arguments).")
        {
            files, min, noMisses, locale, json, root,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            new EvalRequest(parseResult.GetValue(files)!, parseResult.GetValue(min), parseResult.GetValue(noMisses),
                parseResult.GetValue(locale), parseResult.GetValue(json), parseResult.GetValue(root)),
            Environment.CurrentDirectory,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(EvalRequest request, string currentDirectory, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            if (request.Min is < 0 or > 100)
                throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--min must be a percentage from 0 to 100, not {request.Min}"));
            var root = RepositoryRoot.Find(request.Root, currentDirectory);
            var setups = new Dictionary<string, SimulatorSetup>(StringComparer.Ordinal);
            SimulatorSetup SetupFor(string locale, string where)
            {
                if (!setups.TryGetValue(locale, out var setup))
                    setups[locale] = setup = CreateSetup(root, locale, currentDirectory, where);
                return setup;
            }

            if (request.Locale is not null)
                SetupFor(request.Locale, "--locale");
            var lines = request.Files.SelectMany(EvalCorpus.Read).Where(line => request.Locale is null || line.Locale == request.Locale).ToList();
            if (lines.Count == 0)
                throw new CliException(request.Locale is null ? "the corpus has no lines to score" : $"the corpus has no {request.Locale} lines to score");
            foreach (var line in lines)
                SetupFor(line.Locale, line.Where);

            var outcomes = await EvalRunner.RunAsync(lines, locale => setups[locale], error, cancellationToken);
            var report = EvalReport.From(outcomes);
            if (request.Json)
                EvalPrinter.WriteJson(output, report, !request.NoMisses);
            else
                EvalPrinter.WriteTable(output, report, !request.NoMisses);
            if (request.Min is { } minimum && report.Total.Percent < minimum)
            {
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"capitals eval: total accuracy {report.Total.Percent:0.0}% is below --min {minimum}%"));
                return ExitCodes.BelowMinimum;
            }
            return ExitCodes.Success;
        }
        catch (CliException exception)
        {
            await error.WriteLineAsync($"capitals eval: {exception.Message}");
            return ExitCodes.Failed;
        }
    }

    private static SimulatorSetup CreateSetup(string root, string locale, string currentDirectory, string where)
    {
        try
        {
            return SimulatorSetup.Create(root, locale, endpoint: null, currentDirectory);
        }
        catch (CliException exception)
        {
            throw new CliException($"{where}: unknown locale {locale}: {exception.Message}", exception);
        }
    }
}

/// <summary>The arguments of `capitals eval`.</summary>
internal sealed record EvalRequest(IReadOnlyList<string> Files, double? Min = null, bool NoMisses = false, string? Locale = null, bool Json = false, string? Root = null);
