namespace WorldCapitals.Bench.WarmPath;

/// <summary>The shared envelopes of bench/envelopes (copied next to the benchmark) and what they were made with.</summary>
public static class BenchEnvelopes
{
    /// <summary>The skill ID and timestamp bench/envelopes/make-envelopes.py writes into every envelope.</summary>
    public const string SkillId = "amzn1.ask.skill.5f0c5e48-9c1a-4c3b-8f0d-2d1c7a6b9e41";

    public static readonly DateTimeOffset Timestamp = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    /// <summary>File names, without ".json"; these are also the benchmark parameter values.</summary>
    public static readonly string[] Names = ["launch", "capital-resolved", "capital-forgiving", "help", "session-ended"];

    public static byte[] Read(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "envelopes", name + ".json"));
}
