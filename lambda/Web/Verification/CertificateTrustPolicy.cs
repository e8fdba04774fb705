using System.Security.Cryptography.X509Certificates;

namespace WorldCapitals.Web.Verification;

/// <summary>How the downloaded chain must build to a root.</summary>
/// <remarks>
/// Production trusts the system root store. Chain building runs on the request path, inside Alexa's time budget, so it never
/// goes to the network: revocation is checked against what the machine already has (offline), soft-failing when it knows
/// nothing, and missing intermediates are never fetched (Amazon's file carries them).
/// </remarks>
internal sealed class CertificateTrustPolicy
{
    private readonly X509Certificate2? _customRoot;

    private CertificateTrustPolicy(X509Certificate2? customRoot, X509RevocationMode revocationMode)
    {
        _customRoot = customRoot;
        RevocationMode = revocationMode;
    }

    public static CertificateTrustPolicy Production { get; } = new(null, X509RevocationMode.Offline);

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
            DisableCertificateDownloads = true,
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
