namespace WorldCapitals.Lambda.Configuration;

/// <summary>The process environment, behind a seam so tests can run many hosts in one process.</summary>
internal interface IEnvironmentVariables
{
    string? Get(string name);

    void Set(string name, string? value);
}

internal sealed class ProcessEnvironmentVariables : IEnvironmentVariables
{
    public string? Get(string name) => Environment.GetEnvironmentVariable(name);

    public void Set(string name, string? value) => Environment.SetEnvironmentVariable(name, value);
}
