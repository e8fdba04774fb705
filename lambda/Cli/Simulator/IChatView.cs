using WorldCapitals.Simulator.Conversations;

namespace WorldCapitals.Cli.Simulator;

/// <summary>How `capitals chat` prints a conversation: its own transcript, or the one `ask dialog` prints.</summary>
internal interface IChatView
{
    /// <summary>Written before each line of input.</summary>
    string Prompt { get; }

    /// <summary>Once, before the first prompt.</summary>
    void Begin();

    /// <summary>When a replay file is used up and the chat goes on with what the user types.</summary>
    void ContinueInteractively();

    /// <summary>An answered turn.</summary>
    void Show(Turn turn);

    /// <summary>Once, when the chat ends.</summary>
    void End();
}
