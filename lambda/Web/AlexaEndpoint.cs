using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Web.Verification;

namespace WorldCapitals.Web;

/// <summary>POST /alexa: read the raw bytes once, verify them, hand them to the skill, write its bytes back.</summary>
internal static class AlexaEndpoint
{
    /// <summary>Alexa gives up after about 8 s; answering a little before that is more useful than answering late.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(7);

    public static IEndpointRouteBuilder MapAlexa(this IEndpointRouteBuilder app)
    {
        app.MapPost(WebRoutes.Alexa, HandleAsync).WithRequestTimeout(RequestTimeout);
        return app;
    }

    private static async Task<Results<FileContentHttpResult, BadRequest<RejectionBody>, InternalServerError<RejectionBody>>> HandleAsync(
        HttpContext context, SkillEntryPoint skill, AlexaRequestVerifier verifier, WebHostSettings settings, ILoggerFactory loggers)
    {
        var started = Stopwatch.GetTimestamp();
        var logger = loggers.CreateLogger(typeof(AlexaEndpoint).FullName!);
        var request = context.Request;
        var cancellationToken = context.RequestAborted;

        if (!request.HasJsonContentType())
        {
            CloseAfterResponse(context);
            return Reject(logger, settings, new(RejectionReason.UnsupportedContentType, $"Content-Type is '{request.ContentType}'."));
        }

        RequestBody.LimitServerBodySize(context, SkillEntryPoint.MaxBodyBytes);
        using var body = await RequestBody.ReadAsync(request, SkillEntryPoint.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            CloseAfterResponse(context);
            return Reject(logger, settings, new(RejectionReason.BodyTooLarge, $"The body exceeds {SkillEntryPoint.MaxBodyBytes} bytes."));
        }

        if (!settings.NoVerify && await verifier.VerifyAsync(request.Headers, body.Memory, cancellationToken) is { } rejection)
            return Reject(logger, settings, rejection);

        var result = await skill.InvokeAsync(body.Memory, cancellationToken);
        if (result.Error is { Kind: SkillErrorKind.HandlerFailed } failure)
        {
            WebHostLog.SkillFailed(logger, result.Summary.RequestId, failure.Message);
            return TypedResults.InternalServerError(new RejectionBody("HandlerFailed", "The skill failed to answer."));
        }
        if (result.Error is { } skillError)
            return Reject(logger, settings, Rejections.FromSkillError(skillError));

        WebHostLog.Answered(logger, settings.NoVerify, result.Summary, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return TypedResults.Bytes(result.Body, "application/json; charset=utf-8");
    }

    private static BadRequest<RejectionBody> Reject(ILogger logger, WebHostSettings settings, RequestRejection rejection)
    {
        WebHostLog.Rejected(logger, settings.NoVerify, rejection);
        return TypedResults.BadRequest(Rejections.ToBody(rejection.Reason));
    }

    // The body was not read to its end, so the connection cannot carry another request: say so, and the client
    // opens a new one instead of sending its next request into a connection the server is about to close.
    private static void CloseAfterResponse(HttpContext context) => context.Response.Headers.Connection = "close";
}
