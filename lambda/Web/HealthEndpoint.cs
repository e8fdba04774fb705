using Microsoft.AspNetCore.Http.HttpResults;

namespace WorldCapitals.Web;

/// <summary>
/// GET /health: 200 "ok" when the host is ready to answer (the skill is built before the host listens, so a host that
/// answers has a working skill), 503 "stopping" once shutdown has begun; says whether verification is on, so a misdeployed
/// --no-verify shows.
/// </summary>
internal static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet(WebRoutes.Health, (WebHostSettings settings, IHostApplicationLifetime lifetime) => Check(settings, lifetime));
        return app;
    }

    private static Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>> Check(WebHostSettings settings, IHostApplicationLifetime lifetime)
    {
        var verification = settings.NoVerify ? "off" : "on";
        var ready = lifetime.ApplicationStarted.IsCancellationRequested && !lifetime.ApplicationStopping.IsCancellationRequested;
        return ready
            ? TypedResults.Ok(new HealthStatus("ok", verification))
            : TypedResults.Json(new HealthStatus(lifetime.ApplicationStopping.IsCancellationRequested ? "stopping" : "starting", verification),
                WebJsonContext.Default.HealthStatus, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
