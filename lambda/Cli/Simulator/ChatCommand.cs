using System.CommandLine;

namespace WorldCapitals.Cli.Simulator;

/// <summary>`capitals chat`: an interactive session, like the developer console's simulator.</summary>
public static class ChatCommand
{
    public static Command Create()
    {
        var locale = SimulatorOptions.Locale();
        var endpoint = SimulatorOptions.Endpoint();
        var root = SimulatorOptions.Root();
        var json = SimulatorOptions.Json("Start with the JSON view on (toggle it with /json).");
        var command = new Command("chat", "Talk to the skill turn by turn: \"open world capitals\" starts a session, later utterances go into it " +
            "until a response ends it; quitting with a session open sends SessionEndedRequest. Type /help inside for the commands. " + ExitCodes.SimulatorHelp)
        {
            locale, endpoint, root, json,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            SimulatorSetup setup;
            try
            {
                setup = SimulatorSetup.Create(parseResult.GetValue(root), parseResult.GetValue(locale)!, parseResult.GetValue(endpoint), Environment.CurrentDirectory);
            }
            catch (CliException exception)
            {
                await error.WriteLineAsync($"capitals chat: {exception.Message}");
                return ExitCodes.Failed;
            }
            var session = new ChatSession(setup.NewConversation(), parseResult.InvocationConfiguration.Output, error, setup.Target)
            {
                ShowJson = parseResult.GetValue(json),
                EchoInput = Console.IsInputRedirected,
            };
            return await session.RunAsync(Console.In, cancellationToken);
        });
        return command;
    }
}
