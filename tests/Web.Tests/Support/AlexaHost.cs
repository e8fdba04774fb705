using Microsoft.AspNetCore.Builder;
using WorldCapitals.Web.Verification;

namespace WorldCapitals.Web.Tests.Support;

/// <summary>The real web host on a real Kestrel socket on 127.0.0.1, with the trust and URL policy the test chooses.</summary>
internal sealed class AlexaHost : IAsyncDisposable
{
    public const string SkillId = "amzn1.ask.skill.00000000-0000-0000-0000-000000000001";

    private readonly WebApplication _app;

    private AlexaHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Production-shaped verification, but trusting <paramref name="pki"/>'s root and the local certificate server.</summary>
    public static Task<AlexaHost> StartVerifyingAsync(TestPki pki, CertificateServer certificates, TimeProvider clock) =>
        StartAsync(
            ["--urls", "http://127.0.0.1:0", $"--SKILL_ID={SkillId}"],
            new AlexaVerificationPolicy(
                new CertificateUrlPolicy(Uri.UriSchemeHttp, "127.0.0.1", certificates.Port),
                CertificateTrustPolicy.CustomRoot(pki.Root)),
            clock);

    public static async Task<AlexaHost> StartAsync(string[] args, AlexaVerificationPolicy policy, TimeProvider clock)
    {
        var app = AlexaWebApp.Build(args, policy, clock);
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        return new AlexaHost(app, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
