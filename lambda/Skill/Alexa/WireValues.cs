namespace WorldCapitals.Skill.Alexa;

// Alexa adds values to these sets over time, so they stay open strings on the wire; these constants name the
// values Alexa documents, for the request types' documentation and for the few the code compares against.

public static class DialogStates
{
    public const string Started = "STARTED";
    public const string InProgress = "IN_PROGRESS";
    public const string Completed = "COMPLETED";
}

public static class ConfirmationStatuses
{
    public const string None = "NONE";
    public const string Confirmed = "CONFIRMED";
    public const string Denied = "DENIED";
}

public static class ResolutionStatusCodes
{
    public const string SuccessMatch = "ER_SUCCESS_MATCH";
    public const string SuccessNoMatch = "ER_SUCCESS_NO_MATCH";
    public const string ErrorTimeout = "ER_ERROR_TIMEOUT";
    public const string ErrorException = "ER_ERROR_EXCEPTION";
}

public static class SessionEndedReasons
{
    public const string UserInitiated = "USER_INITIATED";
    public const string Error = "ERROR";
    public const string ExceededMaxReprompts = "EXCEEDED_MAX_REPROMPTS";
}

public static class SlotValueTypes
{
    public const string Simple = "Simple";
    public const string List = "List";
}
