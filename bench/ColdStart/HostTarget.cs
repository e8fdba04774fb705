namespace WorldCapitals.Bench.ColdStart;

/// <summary>
/// One Lambda host to measure: how to start it and what must have been built first. <see cref="AnswersSkill"/> is
/// false for the empty bootstrap, which answers every event with a constant and so is left out of the answer check.
/// </summary>
internal sealed record HostTarget(string Name, string FileName, IReadOnlyList<string> Arguments, string MustExist, string BuildHint, bool AnswersSkill = true)
{
    /// <summary>The floor every figure is divided by.</summary>
    public const string Floor = "empty";

    /// <summary>The Node.js ASK SDK peer.</summary>
    public const string Peer = "node";

    public static IReadOnlyList<HostTarget> All(string root) =>
    [
        new(Floor, Path.Combine(root, "artifacts/bench/empty-bootstrap/empty-bootstrap"), [],
            Path.Combine(root, "artifacts/bench/empty-bootstrap/empty-bootstrap"),
            "dotnet publish -c Release bench/EmptyBootstrap -o artifacts/bench/empty-bootstrap", AnswersSkill: false),
        new("aot", Path.Combine(root, "artifacts/lambda/publish-aot/bootstrap"), [],
            Path.Combine(root, "artifacts/lambda/publish-aot/bootstrap"), "hooks/build.sh artifacts/lambda/bootstrap.zip false"),
        new("jit", "dotnet", ["exec", Path.Combine(root, "artifacts/lambda/publish-jit/WorldCapitals.Lambda.dll")],
            Path.Combine(root, "artifacts/lambda/publish-jit/WorldCapitals.Lambda.dll"), "WORLD_CAPITALS_LAMBDA_BUILD=jit hooks/build.sh artifacts/lambda/jit.zip false"),
        new(Peer, "node", [Path.Combine(root, "bench/peers/nodejs/runtime.js")],
            Path.Combine(root, "bench/peers/nodejs/node_modules/ask-sdk-core/package.json"), "npm ci --prefix bench/peers/nodejs"),
    ];

    /// <summary>Another build of our bootstrap (e.g. before a change), from <c>--also name=path</c>.</summary>
    public static HostTarget Also(string nameAndPath)
    {
        var parts = nameAndPath.Split('=', 2);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            throw new ArgumentException($"--also takes name=path to an executable, not '{nameAndPath}'.");
        var path = Path.GetFullPath(parts[1]);
        return new(parts[0], path, [], path, $"copy a published bootstrap to {path}");
    }
}
