namespace WorldCapitals.Lambda;

/// <summary>Every name the host shares with Lambda or its operator: environment variables, headers, paths.</summary>
internal static class LambdaNames
{
    /// <summary>host:port of the Runtime API, set by Lambda.</summary>
    public const string RuntimeApiVariable = "AWS_LAMBDA_RUNTIME_API";

    /// <summary>The X-Ray trace header of the current invocation, for SDKs that read it.</summary>
    public const string TraceIdVariable = "_X_AMZN_TRACE_ID";

    /// <summary>The skill ID requests must carry.</summary>
    public const string SkillIdVariable = "SKILL_ID";

    /// <summary>Set to <see cref="VerificationDisabled"/> to turn the skill ID check off (local testing only).</summary>
    public const string SkillIdVerificationVariable = "SKILL_ID_VERIFICATION";

    public const string VerificationDisabled = "disabled";

    /// <summary>Debug, Information, Warning or Error (AWS spellings DEBUG, INFO, WARN, ERROR also accepted).</summary>
    public const string LogLevelVariable = "LOG_LEVEL";

    /// <summary>The optional DynamoDB table holding the capitals.</summary>
    public const string CapitalsTableVariable = "CAPITALS_TABLE";

    /// <summary>.NET's switch for running socket completions inline; the host sets it to 1 unless it is set (Hosting/SocketCompletions).</summary>
    public const string InlineSocketCompletionsVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public const string RequestIdHeader = "Lambda-Runtime-Aws-Request-Id";
    public const string DeadlineHeader = "Lambda-Runtime-Deadline-Ms";
    public const string TraceIdHeader = "Lambda-Runtime-Trace-Id";
    public const string FunctionErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";

    public const string ApiVersion = "2018-06-01";
    public const string NextPath = "runtime/invocation/next";
    public const string InitErrorPath = "runtime/init/error";

    public static string ResponsePath(string requestId) => $"runtime/invocation/{Uri.EscapeDataString(requestId)}/response";

    public static string ErrorPath(string requestId) => $"runtime/invocation/{Uri.EscapeDataString(requestId)}/error";
}
