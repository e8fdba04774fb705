using WorldCapitals.Simulator.Conversations;

namespace WorldCapitals.Cli.Simulator;

/// <summary>
/// The transcript `ask dialog` prints (ASK CLI 2.30.x, lib/commands/dialog and lib/view/dialog-repl-view.js):
/// banners centred in a bar of '=' as wide as the terminal, "User  > " before each input, "Session ended" when a
/// response ends the session, then "Alexa > " and what Alexa says. Reprompts and cards are not shown, as there.
/// </summary>
internal sealed class AskDialogView(TextWriter output, string replayPath, int width) : IChatView
{
    /// <summary>What ask dialog prints under its interactive banner.</summary>
    public const string SpecialCommandsHeader =
        "Use \".record <fileName>\" or \".record <fileName> --append-quit\" to save list of utterances to a file.\n" +
        "You can exit the interactive mode by entering \".quit\" or \"ctrl + c\".";

    public string Prompt => "User  > ";

    public void Begin() => Banner(
        "Welcome to ASK Dialog\n" +
        $"Replaying a multi turn conversation with Alexa from {replayPath}\n" +
        "Alexa will then evaluate your input and give a response!");

    public void ContinueInteractively() => Banner(
        "Switching to interactive dialog.\n" +
        "To automatically quit after replay, append '.quit' to the userInput of your replay file.\n" +
        SpecialCommandsHeader);

    public void Show(Turn turn)
    {
        // Leaving sends SessionEndedRequest to the local skill; ask dialog shows nothing for it.
        if (turn.RequestType == "SessionEndedRequest")
            return;
        var response = turn.Response!;
        if (response.EndsSession)
            output.WriteLine("Session ended");
        if (response.Speech is not null)
            output.WriteLine($"Alexa > {response.Speech}");
    }

    public void End() => Banner("Goodbye!");

    /// <summary>Each line trimmed and centred in a bar of '=', with an empty line before and after.</summary>
    private void Banner(string text)
    {
        output.WriteLine();
        foreach (var line in text.Split('\n'))
            output.WriteLine(Centre(line.Trim()));
        output.WriteLine();
    }

    private string Centre(string line)
    {
        var padded = $" {line} ";
        var offset = width / 2 - padded.Length / 2;
        if (offset < 0)
            return $"==={padded}===";
        var bar = new string('=', width);
        return bar[..offset] + padded + (offset + padded.Length < width ? bar[(offset + padded.Length)..] : "");
    }
}
