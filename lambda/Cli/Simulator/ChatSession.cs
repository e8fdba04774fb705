using WorldCapitals.Simulator;
using WorldCapitals.Simulator.Conversations;

namespace WorldCapitals.Cli.Simulator;

/// <summary>
/// The chat loop, on a reader and a writer so tests can script it. Every line is an utterance, except the
/// chat commands (/help, /json, /quit) and the `ask dialog` special commands (.quit, .record FILE [--append-quit]);
/// quitting (/quit, .quit, exit, quit, end of input, Ctrl+C) with a session open sends SessionEndedRequest
/// (USER_INITIATED) first. A replay file's lines are said before anything is read.
/// </summary>
internal sealed class ChatSession(Conversation conversation, TextWriter output, TextWriter error, string target)
{
    private const string RecordFormat = "use \".record <fileName>\" or \".record <fileName> --append-quit\"";
    private const string QuitLine = ".quit";

    private static readonly string[] QuitCommands = ["/quit", "/exit", "quit", "exit", QuitLine];

    // What was said, for --record: every utterance of the chat.
    private readonly List<string> _said = [];

    // What was said, for .record: the utterances since the session began, as ask dialog keeps them.
    private readonly List<string> _saidInSession = [];

    public bool ShowJson { get; set; }

    /// <summary>Repeat each line read after the prompt, so a transcript of piped input reads like a conversation.</summary>
    public bool EchoInput { get; init; }

    /// <summary>How the conversation is printed; the simulator's own transcript unless set.</summary>
    public IChatView? View { get; init; }

    /// <summary>An `ask dialog` replay file whose lines are said first.</summary>
    public DialogReplayFile? Replay { get; init; }

    /// <summary>Where to write everything said, as a replay file, when the chat ends (--record).</summary>
    public string? RecordPath { get; init; }

    /// <summary>The skill ID written into replay files.</summary>
    public string SkillId { get; init; } = SkillIdentity.Current();

    public async Task<int> RunAsync(TextReader input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var view = View ?? new SimulatorChatView(output, conversation.Nlu.Model, target);
        var replay = new Queue<string>(Replay?.UserInput ?? []);
        var firstRead = true;
        var exitCode = ExitCodes.Success;
        view.Begin();
        while (true)
        {
            await output.WriteAsync(view.Prompt);
            await output.FlushAsync(cancellationToken);
            var fromReplay = replay.Count > 0;
            string? line;
            if (fromReplay)
            {
                line = replay.Dequeue();
                await output.WriteLineAsync(line);
            }
            else
            {
                line = await ReadLineAsync(input, cancellationToken);
                if (line is null)
                {
                    await output.WriteLineAsync();
                    break;
                }
                if (firstRead)
                    line = Utf8Input.SkipByteOrderMark(line);
                firstRead = false;
                if (EchoInput)
                    await output.WriteLineAsync(line);
            }

            var text = line.Trim();
            if (QuitCommands.Contains(text, StringComparer.OrdinalIgnoreCase))
                break;
            if (text.StartsWith('/'))
                RunCommand(text);
            else if (IsDialogCommand(text))
                RunDialogCommand(text);
            else if (text.Length > 0 && !await SayAsync(text, view))
                exitCode = ExitCodes.NotAnswered;
            if (fromReplay && replay.Count == 0)
                view.ContinueInteractively();
        }

        var ended = await conversation.EndAsync(CancellationToken.None);
        if (ended is not null && !Show(ended, view))
            exitCode = ExitCodes.NotAnswered;
        if (RecordPath is not null)
            exitCode = Math.Max(exitCode, Record(RecordPath, [.. _said, QuitLine]));
        view.End();
        return exitCode;
    }

    // Console.In blocks in ReadLine; reading on the thread pool lets Ctrl+C (the token) end the loop cleanly.
    private static async Task<string?> ReadLineAsync(TextReader input, CancellationToken cancellationToken)
    {
        var read = Task.Run(input.ReadLine, CancellationToken.None);
        var cancelled = Task.Delay(Timeout.Infinite, cancellationToken);
        return await Task.WhenAny(read, cancelled) == read ? await read : null;
    }

    private async Task<bool> SayAsync(string utterance, IChatView view)
    {
        _said.Add(utterance);
        _saidInSession.Add(utterance);
        var turn = await conversation.SayAsync(utterance, CancellationToken.None);
        if (!conversation.InSession)
            _saidInSession.Clear();
        return Show(turn, view);
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
                output.WriteLine("  /quit, /exit   leave (also: quit, exit, .quit, end of input, Ctrl+C); an open session gets SessionEndedRequest");
                output.WriteLine("  .record FILE [--append-quit]   as in ask dialog: save what was said in this session as a replay file");
                break;
            default:
                output.WriteLine($"Unknown command {command}; /help lists the commands.");
                break;
        }
    }

    // As in ask dialog's REPL: a dot followed by a keyword (".5" or "..." are things to say).
    private static bool IsDialogCommand(string text) => text.Length > 1 && text[0] == '.' && char.IsLetter(text[1]);

    private void RunDialogCommand(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (words[0].ToLowerInvariant())
        {
            case ".record":
                RunRecordCommand(words[1..]);
                break;
            case ".help":
                output.WriteLine(".quit     Quit repl session.");
                output.WriteLine(".record   Record input utterances to a replay file of a specified name.");
                break;
            default:
                output.WriteLine("Invalid REPL keyword");
                break;
        }
    }

    private void RunRecordCommand(string[] arguments)
    {
        if (arguments.Length is 0 or > 2)
        {
            error.WriteLine($"capitals chat: incorrect format; {RecordFormat}");
            return;
        }
        var appendQuit = arguments.Length == 2;
        if (appendQuit && arguments[1] != "--append-quit")
        {
            error.WriteLine($"capitals chat: unable to validate arguments: \"{arguments[1]}\"; {RecordFormat}");
            return;
        }
        List<string> lines = appendQuit ? [.. _saidInSession, QuitLine] : [.. _saidInSession];
        if (Record(arguments[0], lines) == ExitCodes.Success)
            output.WriteLine($"Created replay file at {arguments[0]}{(appendQuit ? " (appended \".quit\" to list of utterances)." : "")}");
    }

    private int Record(string path, List<string> lines)
    {
        try
        {
            new DialogReplayFile(Replay?.SkillId ?? SkillId, conversation.Nlu.Model.Locale, lines).Write(path);
            return ExitCodes.Success;
        }
        catch (CliException exception)
        {
            error.WriteLine($"capitals chat: {exception.Message}");
            return ExitCodes.Failed;
        }
    }

    private bool Show(Turn turn, IChatView view)
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
        view.Show(turn);
        return true;
    }
}
