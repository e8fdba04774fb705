using System.Diagnostics.CodeAnalysis;
using WorldCapitals.Capitals.DynamoDb;
using WorldCapitals.Skill;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Web.Verification;

namespace WorldCapitals.Web;

/// <summary>Registers the skill and the request verifier.</summary>
internal static class AlexaServices
{
    /// <summary>Downloads are rare (the chain is cached) and must not eat Alexa's response budget.</summary>
    public static readonly TimeSpan CertificateDownloadTimeout = TimeSpan.FromSeconds(3);

    public static IServiceCollection AddAlexaSkill(this IServiceCollection services, WebHostSettings settings, TimeProvider clock)
    {
        services.AddSingleton(settings);
        services.AddSingleton(clock);
        services.AddSingleton<SkillEntryPoint>(provider => CapitalsSkillFactory.Create(
            new SkillSettings
            {
                SkillId = settings.SkillId,
                // --no-verify turns the skill's own checks off too: captured envelopes carry other skill IDs and old timestamps.
                VerifySkillId = !settings.NoVerify,
                VerifyTimestamp = !settings.NoVerify,
            },
            clock,
            provider.GetRequiredService<ILoggerFactory>(),
            // CAPITALS_TABLE set: capital facts from DynamoDB, the embedded data as the fallback.
            CapitalDirectoryFactory.ForTable(settings.CapitalsTable, provider.GetRequiredService<ILoggerFactory>())));
        return services;
    }

    public static IServiceCollection AddAlexaVerification(this IServiceCollection services, AlexaVerificationPolicy policy)
    {
        services.AddSingleton(policy);
        // Created by the container, so the container disposes it (and the HttpClient it owns) with the host.
        services.AddSingleton(_ => new CertificateDownloader(CreateCertificateClient(), CertificateDownloadTimeout, CertificateDownloader.DefaultMaxParallelDownloads));
        services.AddSingleton(provider => new CertificateChainProvider(
            provider.GetRequiredService<CertificateDownloader>(),
            new SigningCertificateValidator(policy.Trust),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => new AlexaRequestVerifier(policy.Url, provider.GetRequiredService<CertificateChainProvider>()));
        return services;
    }

    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The client owns the handler and disposes it with itself.")]
    private static HttpClient CreateCertificateClient() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = CertificateDownloadTimeout,
        MaxConnectionsPerServer = CertificateDownloader.DefaultMaxParallelDownloads,
    })
    {
        Timeout = CertificateDownloadTimeout,
    };
}
