using WorldCapitals.Simulator.Conversations;
using WorldCapitals.Simulator.Model;

namespace WorldCapitals.Cli.Simulator;

/// <summary>The simulator's own transcript: speech, reprompt, card and session state of every turn.</summary>
internal sealed class SimulatorChatView(TextWriter output, InteractionModel model, string target) : IChatView
{
    public string Prompt => "you> ";

    public void Begin() =>
        output.WriteLine($"World Capitals simulator ({model.Locale}, {target}). Say \"open {model.InvocationName}\" or ask a question; /help lists the commands.");

    public void ContinueInteractively()
    {
    }

    public void Show(Turn turn) => TurnPrinter.WriteHuman(output, turn);

    public void End()
    {
    }
}
