using WorldCapitals.Simulator.Conversations;

namespace WorldCapitals.Cli.Simulator;

/// <summary>
/// The chat loop, on a reader and a writer so tests can script it. Every line is an utterance, except the
/// chat commands (/help, /json, /quit); quitting (/quit, exit, quit, end of input, Ctrl+C) with a session
/// open sends SessionEndedRequest (USER_INITIATED) first.
/// </summary>
internal sealed class ChatSession(Conversation conversation, TextWriter output, TextWriter error, string target)
{
    public const string Prompt = "you> ";

    private static readonly string[] QuitCommands = ["/quit", "/exit", "quit", "exit"];

    public bool ShowJson { get; set; }

    /// <summary>Repeat each line read after the prompt, so a transcript of piped input reads like a conversation.</summary>
    public bool EchoInput { get; init; }

    public async Task<int> RunAsync(TextReader input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var locale = conversation.Nlu.Model.Locale;
        var invocation = conversation.Nlu.Model.InvocationName;
        output.WriteLine($"World Capitals simulator ({locale}, {target}). Say \"open {invocation}\" or ask a question; /help lists the commands.");
        var exitCode = ExitCodes.Success;
        while (true)
        {
            output.Write(Prompt);
            output.Flush();
            var line = await ReadLineAsync(input, cancellationToken);
            if (line is null)
            {
                output.WriteLine();
                break;
            }
            if (EchoInput)
                output.WriteLine(line);
            var text = line.Trim();
            if (text.Length == 0)
                continue;
            if (QuitCommands.Contains(text, StringComparer.OrdinalIgnoreCase))
                break;
            if (text.StartsWith('/'))
            {
                RunCommand(text);
                continue;
            }
            if (!Show(await conversation.SayAsync(text, CancellationToken.None)))
                exitCode = ExitCodes.NotAnswered;
        }

        var ended = await conversation.EndAsync(CancellationToken.None);
        if (ended is not null && !Show(ended))
            exitCode = ExitCodes.NotAnswered;
        return exitCode;
    }

    // Console.In blocks in ReadLine; reading on the thread pool lets Ctrl+C (the token) end the loop cleanly.
    private static async Task<string?> ReadLineAsync(TextReader input, CancellationToken cancellationToken)
    {
        var read = Task.Run(input.ReadLine, CancellationToken.None);
        var cancelled = Task.Delay(Timeout.Infinite, cancellationToken);
        return await Task.WhenAny(read, cancelled) == read ? await read : null;
    }

    private void RunCommand(string command)
    {
        switch (command.ToLowerInvariant())
        {
            case "/json":
                ShowJson = !ShowJson;
                output.WriteLine($"JSON view {(ShowJson ? "on" : "off")}.");
                break;
            case "/help":
                output.WriteLine("Type what you would say to Alexa, e.g. \"open world capitals\", \"what's the capital of peru\", \"help\", \"stop\".");
                output.WriteLine("  /json          show or hide the request and response envelopes");
                output.WriteLine("  /help          this list");
                output.WriteLine("  /quit, /exit   leave (also: quit, exit, end of input, Ctrl+C); an open session gets SessionEndedRequest");
                break;
            default:
                output.WriteLine($"Unknown command {command}; /help lists the commands.");
                break;
        }
    }

    private bool Show(Turn turn)
    {
        if (ShowJson && turn.Request.Count > 0)
            TurnPrinter.WriteJson(output, "request:", turn.Request);
        if (!turn.Answered)
        {
            error.WriteLine($"capitals chat: {turn.Error}");
            return false;
        }
        if (ShowJson)
            TurnPrinter.WriteJson(output, "response:", turn.Response!.Envelope);
        TurnPrinter.WriteHuman(output, turn);
        return true;
    }
}
