namespace WorldCapitals.Lambda.RuntimeApi;

/// <summary>The Runtime API stayed unreachable, or answered in a way the host cannot go on from.</summary>
internal sealed class RuntimeApiUnavailableException : Exception
{
    public RuntimeApiUnavailableException()
    {
    }

    public RuntimeApiUnavailableException(string message)
        : base(message)
    {
    }

    public RuntimeApiUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
