using WorldCapitals.Cli.Simulator;
using WorldCapitals.Simulator.Conversations;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Cli.Eval;

/// <summary>
/// Says each corpus line to the skill in this process, through the simulator's NLU for the line's locale, as a
/// one-shot in a new session (a new conversation per line, like `capitals ask --file`), and judges the result.
/// </summary>
internal static class EvalRunner
{
    private const int ProgressEvery = 500;

    public static async Task<List<EvalOutcome>> RunAsync(
        IReadOnlyList<EvalLine> lines, Func<string, SimulatorSetup> setupFor, TextWriter progress, CancellationToken cancellationToken)
    {
        var outcomes = new List<EvalOutcome>(lines.Count);
        foreach (var line in lines)
        {
            var turn = await setupFor(line.Locale).NewConversation().SayAsync(line.Utterance, cancellationToken);
            outcomes.Add(Judge(line, turn));
            if (outcomes.Count % ProgressEvery == 0 && outcomes.Count < lines.Count)
                await progress.WriteLineAsync($"capitals eval: {outcomes.Count} of {lines.Count} lines scored");
        }
        return outcomes;
    }

    /// <summary>An intent expectation is met by the simulator's resolved intent (or the request type, for
    /// LaunchRequest); place ids by the place(s) the skill reports it answered (<c>InvocationSummary.EntityId</c>), or
    /// by a shared name of the data that has the expected place among its places: "georgia" answered for the country
    /// and the US state in one sentence (<c>GE+US-GA</c>) is right for a line that expects the country (<c>GE</c>).</summary>
    public static EvalOutcome Judge(EvalLine line, Turn turn)
    {
        var intent = turn.Interpretation?.IntentName ?? turn.RequestType;
        var slot = turn.Interpretation?.Slots.FirstOrDefault(s => s.Value is not null);
        var entityId = turn.Summary?.EntityId;
        var correct = line.ExpectsIntent ? intent == line.Expected : entityId == line.Expected || SharedNameAnswers(entityId, line.Expected);
        return new EvalOutcome(line, correct, intent, slot is null ? null : $"{slot.Name}=\"{slot.Value}\"", entityId, turn.Answered ? null : turn.Error);
    }

    // The answer for a shared name names each of its places in one sentence, so it answers a question about any one of them.
    private static bool SharedNameAnswers(string? entityId, string expected) =>
        CapitalsData.Embedded.FindSharedNameById(entityId) is { } shared && shared.PlaceIds.Contains(expected, StringComparer.Ordinal);
}

/// <summary>How one line went: right or wrong, and what came out (intent or request type, the slot as heard,
/// the place the skill answered, the error when it did not answer).</summary>
internal sealed record EvalOutcome(EvalLine Line, bool Correct, string Intent, string? Slot, string? EntityId, string? Error)
{
    public bool WentToFallback => Intent == EvalReport.FallbackIntent;

    /// <summary>"CapitalIntent country="tanzania called" -> no place".</summary>
    public string Got
    {
        get
        {
            var got = Slot is null ? Intent : $"{Intent} {Slot}";
            if (!Line.ExpectsIntent)
                got += $" -> {EntityId ?? "no place"}";
            return Error is null ? got : $"{got} ({Error})";
        }
    }
}
