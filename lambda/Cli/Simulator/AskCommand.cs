using System.CommandLine;
using WorldCapitals.Simulator.Transport;

namespace WorldCapitals.Cli.Simulator;

/// <summary>
/// `capitals ask "what's the capital of peru"`: one utterance, one answer, resolved against the locale's
/// interaction model as Alexa would. `--file F` (or `-` for standard input): one utterance per line.
/// </summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var utterance = new Argument<string?>("utterance")
        {
            Description = "What you would say, e.g. \"what's the capital of peru\" or \"ask world capitals about peru\".",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var file = new Option<string?>("--file", "-f")
        {
            Description = "Batch mode: one utterance per line from this file (- for standard input); blank lines and lines starting with # are skipped.",
        };
        var json = SimulatorOptions.Json("Print the request and response envelopes; in batch mode one response envelope per line (JSON Lines).");
        var locale = SimulatorOptions.Locale();
        var endpoint = SimulatorOptions.Endpoint();
        var root = SimulatorOptions.Root();
        var command = new Command("ask", "Say one utterance to the skill and print what Alexa would say, the reprompt and the card. " +
            "A bare question is a one-shot to this skill; \"ask world capitals ...\" and \"open world capitals\" work too. " + ExitCodes.SimulatorHelp)
        {
            utterance, file, json, locale, endpoint, root,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            new AskRequest(parseResult.GetValue(utterance), parseResult.GetValue(file), parseResult.GetValue(json),
                parseResult.GetValue(locale)!, parseResult.GetValue(endpoint), parseResult.GetValue(root)),
            Environment.CurrentDirectory,
            Console.In,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(AskRequest request, string currentDirectory, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            if ((request.Utterance is null) == (request.File is null))
                throw new CliException("give either an utterance or --file (see capitals ask --help)");
            if (request.Utterance is not null && string.IsNullOrWhiteSpace(request.Utterance))
                throw new CliException("the utterance is empty");
            var utterances = request.File is null ? null : UtteranceFile.Read(request.File, input);
            var setup = SimulatorSetup.Create(request.Root, request.Locale, request.Endpoint, currentDirectory, error);
            return utterances is null
                ? await AskOneAsync(setup, request.Utterance!, request.Json, output, error, cancellationToken)
                : await AskBatchAsync(setup, utterances, request.Json, output, error, cancellationToken);
        }
        catch (CliException exception)
        {
            await error.WriteLineAsync($"capitals ask: {exception.Message}");
            return ExitCodes.Failed;
        }
    }

    private static async Task<int> AskOneAsync(SimulatorSetup setup, string utterance, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var turn = await setup.NewConversation().SayAsync(utterance, cancellationToken);
        if (!turn.Answered)
        {
            await error.WriteLineAsync($"capitals ask: {turn.Error}");
            return ExitCode(turn.Failure);
        }
        if (json)
            TurnPrinter.WriteExchange(output, turn);
        else
            TurnPrinter.WriteHuman(output, turn);
        return ExitCodes.Success;
    }

    // Each line is its own one-shot, as if `capitals ask` ran once per line, but in one process with one model.
    private static async Task<int> AskBatchAsync(SimulatorSetup setup, List<UtteranceLine> utterances, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var exitCode = ExitCodes.Success;
        for (var i = 0; i < utterances.Count; i++)
        {
            var (lineNumber, utterance) = utterances[i];
            var turn = await setup.NewConversation().SayAsync(utterance, cancellationToken);
            if (!json && i > 0)
                await output.WriteLineAsync();
            if (!json)
                await output.WriteLineAsync($"> {utterance}");
            if (!turn.Answered)
            {
                await error.WriteLineAsync($"capitals ask: line {lineNumber}: {turn.Error}");
                exitCode = Math.Max(exitCode, ExitCode(turn.Failure));
                if (json)
                    TurnPrinter.WriteErrorLine(output, turn.Error!);
                continue;
            }
            if (json)
                TurnPrinter.WriteResponseLine(output, turn);
            else
                TurnPrinter.WriteHuman(output, turn);
        }
        return exitCode;
    }

    internal static int ExitCode(SkillFailure failure) => failure == SkillFailure.BadInput ? ExitCodes.Failed : ExitCodes.NotAnswered;
}

/// <summary>The arguments of `capitals ask`.</summary>
internal sealed record AskRequest(string? Utterance, string? File, bool Json, string Locale = SimulatorOptions.DefaultLocale, string? Endpoint = null, string? Root = null);
