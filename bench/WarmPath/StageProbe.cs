using System.Text.Json;
using WorldCapitals.Skill.Alexa.Parsing;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Serialization;

namespace WorldCapitals.Bench.WarmPath;

/// <summary>
/// `dotnet run -c Release --project bench/WarmPath -- --stages [envelope]`: the warm path's stages in one process, for
/// a busy machine. Bytes allocated per request by each stage (exact, whatever the load), and each stage's time as a
/// ratio to one bare <see cref="Utf8JsonReader"/> pass over the same envelope, from rounds in which the stages take
/// turns (best round each: a busy machine slows every stage alike, and noise only ever slows a round down).
/// </summary>
internal static class StageProbe
{
    private const int WarmUpCalls = 50_000;
    private const int AllocationCalls = 10_000;
    private const int Rounds = 15;
    private const int CallsPerRound = 20_000;

    public static void Run(string envelopeName)
    {
        var skill = SkillFactory.Create();
        var body = BenchEnvelopes.Read(envelopeName);
        var envelope = EnvelopeReader.Read(body).Envelope ?? throw new InvalidOperationException($"{envelopeName} was refused.");
        var workspace = new InvocationWorkspace();
        var response = Completed(skill.InvokeAsync(envelope)).Response
            ?? throw new InvalidOperationException($"The skill did not answer {envelopeName}.");
        (string Name, Func<int> Call)[] stages =
        [
            ("bare JSON read (every token)", () => TurnTaking.BareRead(body)),
            ("parse (EnvelopeReader.Read)", () => EnvelopeReader.Read(body).Envelope is null ? 0 : 1),
            ("dispatch + write (envelope in, bytes out)", () => Written(skill, envelope, workspace)),
            ("write (ResponseWriter)", () => ResponseWriter.ToUtf8Bytes(response).Length),
            ("whole warm path (bytes in, bytes out)", () => SkillFactory.Invoke(skill, body, workspace).Body.Length),
        ];

        var best = TurnTaking.BestRounds([.. stages.Select(stage => stage.Call)], WarmUpCalls, Rounds, CallsPerRound);
        // After the rounds: every call warmed up, so what is counted is the steady state.
        var allocated = stages.Select(stage => AllocatedPerCall(stage.Call)).ToArray();

        Console.WriteLine($"{envelopeName} ({body.Length} bytes): {Rounds} rounds of {CallsPerRound:N0} calls per stage, stages in turn; best round each");
        Console.WriteLine("| stage | allocated per call (B) | best round (ns per call) | / bare JSON read |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        for (var i = 0; i < stages.Length; i++)
            Console.WriteLine($"| {stages[i].Name} | {allocated[i]:N0} | {best[i]:N0} | {best[i] / best[0]:F2}x |");
    }

    // Every handler on this path completes synchronously; one that did not would show up as allocations.
    private static InvocationResult Completed(ValueTask<InvocationResult> pending) =>
        pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();

    private static int Written(SkillEntryPoint skill, Skill.Alexa.Requests.SkillRequest envelope, InvocationWorkspace workspace)
    {
        return Completed(skill.InvokeAsync(envelope, workspace)).Body.Length;
    }

    private static long AllocatedPerCall(Func<int> call)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        TurnTaking.Repeat(call, AllocationCalls);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / AllocationCalls;
    }
}
