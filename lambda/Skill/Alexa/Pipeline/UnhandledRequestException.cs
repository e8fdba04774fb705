namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>No registered handler could handle the request.</summary>
public sealed class UnhandledRequestException : Exception
{
    public UnhandledRequestException()
    {
    }

    public UnhandledRequestException(string message)
        : base(message)
    {
    }

    public UnhandledRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UnhandledRequestException(string requestType, string? intentName)
        : base(intentName is null
            ? $"No handler can handle a {requestType}."
            : $"No handler can handle a {requestType} for intent {intentName}.")
    {
    }
}
