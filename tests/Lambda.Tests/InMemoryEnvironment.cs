using System.Collections.Concurrent;
using WorldCapitals.Lambda.Configuration;

namespace WorldCapitals.Lambda.Tests;

/// <summary>An environment of its own per host, so several hosts can run in one test process.</summary>
internal sealed class InMemoryEnvironment(IDictionary<string, string?> variables) : IEnvironmentVariables
{
    private readonly ConcurrentDictionary<string, string?> _variables = new(variables);

    public string? Get(string name) => _variables.TryGetValue(name, out var value) ? value : null;

    public void Set(string name, string? value) => _variables[name] = value;
}
