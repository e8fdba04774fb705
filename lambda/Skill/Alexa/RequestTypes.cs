namespace WorldCapitals.Skill.Alexa;

/// <summary>The <c>request.type</c> values this protocol layer models with their own classes.</summary>
public static class RequestTypes
{
    public const string Launch = "LaunchRequest";
    public const string Intent = "IntentRequest";
    public const string SessionEnded = "SessionEndedRequest";
    public const string CanFulfillIntent = "CanFulfillIntentRequest";
    public const string ExceptionEncountered = "System.ExceptionEncountered";
    public const string AplUserEvent = "Alexa.Presentation.APL.UserEvent";
}
