using Microsoft.AspNetCore.Http.HttpResults;

namespace WorldCapitals.Web;

/// <summary>GET /health: the process is up; says whether verification is on, so a misdeployed --no-verify shows.</summary>
internal static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet(WebRoutes.Health, (WebHostSettings settings) => Check(settings));
        return app;
    }

    private static Ok<HealthStatus> Check(WebHostSettings settings) =>
        TypedResults.Ok(new HealthStatus("ok", settings.NoVerify ? "off" : "on"));
}
