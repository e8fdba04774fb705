namespace WorldCapitals.Bench.ColdStart;

/// <summary>One Lambda host to measure: how to start it and what must have been built first.</summary>
internal sealed record HostTarget(string Name, string FileName, IReadOnlyList<string> Arguments, string MustExist, string BuildHint)
{
    public static IReadOnlyList<HostTarget> All(string root) =>
    [
        new("aot", Path.Combine(root, "artifacts/lambda/publish-aot/bootstrap"), [],
            Path.Combine(root, "artifacts/lambda/publish-aot/bootstrap"), "hooks/build.sh artifacts/lambda/bootstrap.zip false"),
        new("jit", "dotnet", ["exec", Path.Combine(root, "artifacts/lambda/publish-jit/WorldCapitals.Lambda.dll")],
            Path.Combine(root, "artifacts/lambda/publish-jit/WorldCapitals.Lambda.dll"), "WORLD_CAPITALS_LAMBDA_BUILD=jit hooks/build.sh artifacts/lambda/jit.zip false"),
        new("node", "node", [Path.Combine(root, "bench/peers/nodejs/runtime.js")],
            Path.Combine(root, "bench/peers/nodejs/node_modules/ask-sdk-core/package.json"), "npm ci --prefix bench/peers/nodejs"),
    ];
}
