using Microsoft.AspNetCore.Http.Timeouts;
using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Web;

/// <summary>The host, as a table of contents. Production passes the fixed production policy; only tests pass another.</summary>
internal static class AlexaWebApp
{
    public static WebApplication Build(string[] args, Verification.AlexaVerificationPolicy policy, TimeProvider? clock = null)
    {
        var (noVerify, aspNetArgs) = WebHostSettings.ExtractNoVerify(args);
        var builder = WebApplication.CreateSlimBuilder(aspNetArgs);
        var settings = WebHostSettings.From(builder.Configuration, noVerify);

        builder.WebHost.UseKestrelHttpsConfiguration(); // so `--urls https://...` with a configured certificate works
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = SkillEntryPoint.MaxBodyBytes + 1;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning); // one line per request is ours, not the framework's
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, WebJsonContext.Default));
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = AlexaEndpoint.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        });
        builder.Services.AddAlexaSkill(settings, clock ?? TimeProvider.System);
        builder.Services.AddAlexaVerification(policy);

        var app = builder.Build();
        BuildSkillNow(app, settings);
        app.UseRequestTimeouts();
        app.MapAlexa();
        app.MapHealth();
        AnnounceVerification(app, settings);
        return app;
    }

    /// <summary>
    /// The skill, its capitals directory and the verifier are built before the host listens, as the Lambda host does at init:
    /// a configuration they cannot work with stops the start with one line, instead of failing every request later.
    /// </summary>
    private static void BuildSkillNow(WebApplication app, WebHostSettings settings)
    {
        try
        {
            app.Services.GetRequiredService<SkillEntryPoint>();
            app.Services.GetRequiredService<Verification.AlexaRequestVerifier>();
        }
#pragma warning disable CA1031 // Whatever stops the skill from being built is a start-up failure, reported in one line.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var cause = exception.InnerException ?? exception;
            var table = settings.CapitalsTable is null ? "" : $" ({WebSettingNames.CapitalsTable}={settings.CapitalsTable})";
            throw new WebHostConfigurationException(
                $"The skill could not be built{table}: {cause.GetType().Name}: {FirstLine(cause.Message)}");
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private static void AnnounceVerification(WebApplication app, WebHostSettings settings)
    {
        if (!settings.NoVerify)
        {
            WebHostLog.VerificationOn(app.Logger, settings.SkillId);
            return;
        }
        Console.Error.WriteLine(new string('!', 78));
        Console.Error.WriteLine("!!  WARNING: --no-verify: Alexa request verification is OFF.");
        Console.Error.WriteLine("!!  Anyone who can reach this host can make the skill answer. Local use only.");
        Console.Error.WriteLine(new string('!', 78));
        WebHostLog.VerificationOff(app.Logger);
    }
}
