namespace WorldCapitals.Web.Verification;

/// <summary>The fixed rules the verifier applies. Production's cannot be changed by configuration; tests build their own.</summary>
internal sealed record AlexaVerificationPolicy(CertificateUrlPolicy Url, CertificateTrustPolicy Trust)
{
    public static AlexaVerificationPolicy Production { get; } = new(CertificateUrlPolicy.Production, CertificateTrustPolicy.Production);
}
