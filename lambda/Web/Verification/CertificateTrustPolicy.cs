using System.Security.Cryptography.X509Certificates;

namespace WorldCapitals.Web.Verification;

/// <summary>How the downloaded chain must build to a root.</summary>
/// <remarks>
/// Production trusts the system root store and checks revocation online (chain excluding the root), soft-failing when
/// the revocation status cannot be obtained: a revoked Amazon certificate is refused, but an unreachable CRL/OCSP server
/// does not take the skill down. Revocation is looked up once per downloaded chain, because the chain is cached.
/// </remarks>
internal sealed class CertificateTrustPolicy
{
    private readonly X509Certificate2? _customRoot;

    private CertificateTrustPolicy(X509Certificate2? customRoot, X509RevocationMode revocationMode)
    {
        _customRoot = customRoot;
        RevocationMode = revocationMode;
    }

    public static CertificateTrustPolicy Production { get; } = new(null, X509RevocationMode.Online);

    public X509RevocationMode RevocationMode { get; }

    public bool UsesSystemRoots => _customRoot is null;

    /// <summary>Tests only: trust exactly one root made at test time; test certificates have no revocation endpoints.</summary>
    internal static CertificateTrustPolicy CustomRoot(X509Certificate2 root) => new(root, X509RevocationMode.NoCheck);

    public X509ChainPolicy CreateChainPolicy(DateTimeOffset now, IEnumerable<X509Certificate2> intermediates)
    {
        var policy = new X509ChainPolicy
        {
            RevocationMode = RevocationMode,
            RevocationFlag = X509RevocationFlag.ExcludeRoot,
            VerificationFlags = X509VerificationFlags.IgnoreEndRevocationUnknown
                | X509VerificationFlags.IgnoreCertificateAuthorityRevocationUnknown,
            UrlRetrievalTimeout = TimeSpan.FromSeconds(5),
            VerificationTime = now.UtcDateTime,
            VerificationTimeIgnored = false,
        };
        if (_customRoot is not null)
        {
            policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            policy.CustomTrustStore.Add(_customRoot);
        }
        foreach (var intermediate in intermediates)
            policy.ExtraStore.Add(intermediate);
        return policy;
    }
}
