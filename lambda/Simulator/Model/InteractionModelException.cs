namespace WorldCapitals.Simulator.Model;

/// <summary>The interaction model cannot be used; the message is one line for the user.</summary>
public sealed class InteractionModelException : Exception
{
    public InteractionModelException()
    {
    }

    public InteractionModelException(string message)
        : base(message)
    {
    }

    public InteractionModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
