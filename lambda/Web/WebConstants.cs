namespace WorldCapitals.Web;

/// <summary>Header names Alexa sends. ASP.NET Core compares header names ignoring case, as Alexa requires.</summary>
internal static class AlexaHeaders
{
    public const string SignatureCertChainUrl = "SignatureCertChainUrl";

    /// <summary>RSA-SHA256 signature of the raw body, base64. The only signature header we accept.</summary>
    public const string Signature256 = "Signature-256";

    /// <summary>The legacy RSA-SHA1 header. Never verified: a request carrying only this one is rejected.</summary>
    public const string LegacySignature = "Signature";
}

/// <summary>Configuration keys and command-line switches of the web host.</summary>
internal static class WebSettingNames
{
    /// <summary>The skill ID requests must carry (environment variable or any configuration source).</summary>
    public const string SkillId = "SKILL_ID";

    /// <summary>The DynamoDB table of capitals (optional; the embedded data otherwise), as the Lambda host reads it.</summary>
    public const string CapitalsTable = "CAPITALS_TABLE";

    /// <summary>Turns every check off, for local use with the simulator only.</summary>
    public const string NoVerifySwitch = "--no-verify";
}

/// <summary>Routes the host serves.</summary>
internal static class WebRoutes
{
    public const string Alexa = "/alexa";

    public const string Health = "/health";
}
