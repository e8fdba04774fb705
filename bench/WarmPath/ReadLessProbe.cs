using System.Text.Json;
using System.Text.Json.Nodes;
using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Bench.WarmPath;

/// <summary>
/// `dotnet run -c Release --project bench/WarmPath -- --read-less [envelope]`: what the warm path would cost if the
/// parse stepped over the parts the skill never reads instead of tokenizing them (issue 16's last lever, a prototype of
/// figures only: the skill still tokenizes and checks the whole envelope). The envelope without those parts goes
/// through the real warm path, and each part's bytes are stepped over by <see cref="StepOver"/>, a loop counting brackets
/// outside strings that checks nothing: the least a member scanner of our own would pay for them. What it
/// does not pay, checking that the part is JSON (a validator of our own), is the price of keeping the guarantee that a
/// bad part is refused. Each figure is the best of rounds in which the variants take turns, as a ratio to one bare
/// <see cref="Utf8JsonReader"/> pass over the whole envelope.
/// </summary>
internal static class ReadLessProbe
{
    private const int WarmUpCalls = 50_000;
    private const int Rounds = 15;
    private const int CallsPerRound = 20_000;

    public static void Run(string envelopeName)
    {
        var skill = SkillFactory.Create();
        var body = BenchEnvelopes.Read(envelopeName);
        var (viewportsOnly, viewportParts) = Without(body, ["context.Viewport", "context.Viewports"]);
        var (unread, unreadParts) = Without(body, ["context.Viewport", "context.Viewports", "context.System.user", "context.System.device", "session.user"]);
        var workspace = new InvocationWorkspace();
        foreach (var variant in new[] { body, viewportsOnly, unread })
            SkillFactory.EnsureAnswered(SkillFactory.Invoke(skill, variant, workspace), envelopeName);
        if (unreadParts.Any(part => StepOver(part) != part.Length))
            throw new InvalidOperationException("StepOver did not find the end of a part.");

        (string Name, Func<int> Call)[] variants =
        [
            ("bare JSON read of the whole envelope", () => TurnTaking.BareRead(body)),
            ("whole warm path, as today", () => SkillFactory.Invoke(skill, body, workspace).Body.Length),
            ("whole warm path, Viewport and Viewports stepped over", () => SkillFactory.Invoke(skill, viewportsOnly, workspace).Body.Length + StepOverAll(viewportParts)),
            ("whole warm path, also user and device stepped over", () => SkillFactory.Invoke(skill, unread, workspace).Body.Length + StepOverAll(unreadParts)),
            ("the step-over alone, Viewport and Viewports", () => StepOverAll(viewportParts)),
            ("a bare JSON read of Viewport and Viewports alone", () => viewportParts.Sum(TurnTaking.BareRead)),
            ("the step-over alone, also user and device", () => StepOverAll(unreadParts)),
            ("a bare JSON read of those parts alone", () => unreadParts.Sum(TurnTaking.BareRead)),
        ];
        var best = TurnTaking.BestRounds([.. variants.Select(variant => variant.Call)], WarmUpCalls, Rounds, CallsPerRound);

        Console.WriteLine($"{envelopeName} ({body.Length} bytes; {viewportParts.Sum(part => part.Length)} bytes of Viewport(s), {unreadParts.Sum(part => part.Length)} with user and device): "
            + $"{Rounds} rounds of {CallsPerRound:N0} calls, variants in turn; best round each");
        Console.WriteLine("| variant | best round (ns per call) | / bare JSON read |");
        Console.WriteLine("| --- | ---: | ---: |");
        for (var i = 0; i < variants.Length; i++)
            Console.WriteLine($"| {variants[i].Name} | {best[i]:N0} | {best[i] / best[0]:F2}x |");
    }

    /// <summary>The envelope without the members at <paramref name="paths"/>, and each removed member's value as compact JSON.</summary>
    private static (byte[] Envelope, byte[][] Parts) Without(byte[] body, string[] paths)
    {
        var envelope = JsonNode.Parse(body)!.AsObject();
        var parts = new List<byte[]>();
        foreach (var path in paths)
        {
            var names = path.Split('.');
            var parent = names[..^1].Aggregate(envelope, (node, name) => node[name]!.AsObject());
            if (parent[names[^1]] is not { } part)
                continue;
            parts.Add(JsonSerializer.SerializeToUtf8Bytes(part));
            parent.Remove(names[^1]);
        }
        return (JsonSerializer.SerializeToUtf8Bytes(envelope), [.. parts]);
    }

    private static int StepOverAll(byte[][] parts)
    {
        var length = 0;
        foreach (var part in parts)
            length += StepOver(part);
        return length;
    }

    /// <summary>The length of the object or array <paramref name="json"/> starts with: brackets counted outside strings, nothing checked.</summary>
    /// <remarks>
    /// Between strings a byte at a time (these parts are dense with short tokens, where a vectorized search for the next
    /// quote or bracket costs more per hop than it saves); inside a string a vectorized search for its end (the long ids).
    /// </remarks>
    internal static int StepOver(ReadOnlySpan<byte> json)
    {
        var depth = 0;
        for (var i = 0; ; i++)
        {
            var b = json[i];
            if (b == (byte)'"')
            {
                for (i++; json[i += json[i..].IndexOfAny((byte)'"', (byte)'\\')] == (byte)'\\'; i += 2)
                {
                }
            }
            else if (b is (byte)'{' or (byte)'[')
            {
                depth++;
            }
            else if (b is (byte)'}' or (byte)']' && --depth == 0)
            {
                return i + 1;
            }
        }
    }

}
