using WorldCapitals.Web;
using WorldCapitals.Web.Verification;

// World Capitals as an HTTPS endpoint: POST /alexa (verified Alexa requests), GET /health.
// SKILL_ID comes from the environment or configuration; `--urls` picks the address; `--no-verify` is for the simulator only.
WebApplication app;
try
{
    app = AlexaWebApp.Build(args, AlexaVerificationPolicy.Production);
}
catch (WebHostConfigurationException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    return 2;
}
await app.RunAsync();
return 0;
