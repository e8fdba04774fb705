using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace WorldCapitals.Web.Tests.Support;

/// <summary>Request envelopes and signed HTTP requests as Alexa sends them.</summary>
internal static class Envelopes
{
    public static byte[] Launch(DateTimeOffset timestamp, string skillId = AlexaHost.SkillId) => Encoding.UTF8.GetBytes($$"""
        {
          "version": "1.0",
          "session": {
            "new": true,
            "sessionId": "amzn1.echo-api.session.test",
            "application": { "applicationId": "{{skillId}}" },
            "user": { "userId": "amzn1.ask.account.test" }
          },
          "context": {
            "System": {
              "application": { "applicationId": "{{skillId}}" },
              "user": { "userId": "amzn1.ask.account.test" },
              "device": { "deviceId": "amzn1.ask.device.test", "supportedInterfaces": {} }
            }
          },
          "request": {
            "type": "LaunchRequest",
            "requestId": "amzn1.echo-api.request.test",
            "timestamp": "{{timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}}",
            "locale": "en-US"
          }
        }
        """);

    /// <summary>A POST to /alexa with the given body and (when not null) the signature headers.</summary>
    public static HttpRequestMessage Post(byte[] body, string? certificateUrl, string? signature256, string? legacySignature = null)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");
        var message = new HttpRequestMessage(HttpMethod.Post, "/alexa") { Content = content };
        if (certificateUrl is not null)
            message.Headers.TryAddWithoutValidation("SignatureCertChainUrl", certificateUrl);
        if (signature256 is not null)
            message.Headers.TryAddWithoutValidation("Signature-256", signature256);
        if (legacySignature is not null)
            message.Headers.TryAddWithoutValidation("Signature", legacySignature);
        return message;
    }
}
