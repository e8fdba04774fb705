using System.CommandLine;
using WorldCapitals.Simulator;

namespace WorldCapitals.Cli.Simulator;

/// <summary>`capitals chat`: an interactive session, like the developer console's simulator; or an `ask dialog` replay file, offline.</summary>
internal static class ChatCommand
{
    public static Command Create()
    {
        var locale = SimulatorOptions.Locale();
        var endpoint = SimulatorOptions.Endpoint();
        var root = SimulatorOptions.Root();
        var json = SimulatorOptions.Json("Start with the JSON view on (toggle it with /json).");
        var replay = new Option<string?>("--replay")
        {
            Description = "Say the lines of an ASK CLI replay file (the JSON `ask dialog --replay` reads: skillId, locale, type, userInput) to the local skill, " +
                "in the file's locale, and print the conversation as `ask dialog` does. Unless the file ends with .quit, the chat then goes on with what you type.",
        };
        var record = new Option<string?>("--record")
        {
            Description = "When the chat ends, write everything said to this file as an ASK CLI replay file, ending with .quit " +
                "(replay it with --replay, or with `ask dialog --replay` after setting SKILL_ID to your skill's ID, which the file carries).",
        };
        var command = new Command("chat", "Talk to the skill turn by turn: \"open world capitals\" starts a session, later utterances go into it " +
            "until a response ends it; quitting with a session open sends SessionEndedRequest. Type /help inside for the commands. " + ExitCodes.SimulatorHelp)
        {
            locale, endpoint, root, json, replay, record,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var replayPath = parseResult.GetValue(replay);
            DialogReplayFile? replayFile;
            SimulatorSetup setup;
            try
            {
                replayFile = replayPath is null ? null : DialogReplayFile.Read(replayPath);
                setup = SimulatorSetup.Create(parseResult.GetValue(root), replayFile?.Locale ?? parseResult.GetValue(locale)!, parseResult.GetValue(endpoint), Environment.CurrentDirectory);
            }
            catch (CliException exception)
            {
                await error.WriteLineAsync($"capitals chat: {exception.Message}");
                return ExitCodes.Failed;
            }
            if (replayFile is not null && replayFile.SkillId != SkillIdentity.Current())
                await error.WriteLineAsync($"capitals chat: {replayPath} names skill {replayFile.SkillId}; the local skill answers as {SkillIdentity.Current()} (SKILL_ID)");
            var session = new ChatSession(setup.NewConversation(), output, error, setup.Target)
            {
                ShowJson = parseResult.GetValue(json),
                EchoInput = Console.IsInputRedirected,
                Replay = replayFile,
                RecordPath = parseResult.GetValue(record),
                View = replayFile is null ? null : new AskDialogView(output, replayPath!, TerminalWidth()),
            };
            return await session.RunAsync(Console.In, cancellationToken);
        });
        return command;
    }

    // ask dialog centres its banners in the terminal's width.
    private static int TerminalWidth() => Console.IsOutputRedirected || Console.WindowWidth <= 0 ? 80 : Console.WindowWidth;
}
