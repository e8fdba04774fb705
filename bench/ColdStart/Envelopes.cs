using System.Text;

namespace WorldCapitals.Bench.ColdStart;

/// <summary>The shared envelopes of bench/envelopes, served with a current timestamp (the hosts verify it).</summary>
internal static class Envelopes
{
    public const string SkillId = "amzn1.ask.skill.5f0c5e48-9c1a-4c3b-8f0d-2d1c7a6b9e41";

    /// <summary>The event of the cold start and of every timed invocation.</summary>
    public const string Timed = "capital-resolved";

    /// <summary>Served once each after the timed invocations; every host must say the same to each.</summary>
    public static readonly string[] Checked = ["launch", "capital-resolved", "capital-forgiving", "help", "session-ended"];

    private static readonly byte[] FixedTimestamp = Encoding.UTF8.GetBytes("\"timestamp\":\"2026-01-15T12:00:00Z\"");

    public static Dictionary<string, byte[]> Load(string root) => Checked.ToDictionary(
        name => name,
        name => File.ReadAllBytes(Path.Combine(root, "bench/envelopes", name + ".json")));

    /// <summary>The envelope with its request timestamp set to now (same length, so nothing else moves).</summary>
    public static byte[] Fresh(byte[] envelope)
    {
        var copy = (byte[])envelope.Clone();
        var at = copy.AsSpan().IndexOf(FixedTimestamp);
        if (at < 0)
            throw new InvalidDataException("The envelope lacks the fixed timestamp of make-envelopes.py.");
        var now = Encoding.UTF8.GetBytes($"\"timestamp\":\"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ}\"");
        now.CopyTo(copy, at);
        return copy;
    }
}
