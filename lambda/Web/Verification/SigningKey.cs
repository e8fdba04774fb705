using System.Security.Cryptography.X509Certificates;

namespace WorldCapitals.Web.Verification;

/// <summary>
/// What the cache keeps of a validated chain: the signing certificate's public key (as bytes) and the dates the whole chain
/// is valid between. No certificate object outlives the validation, so nothing cached needs disposing when it is replaced.
/// </summary>
internal sealed class SigningKey
{
    public SigningKey(IReadOnlyList<X509Certificate2> chain)
    {
        SubjectPublicKeyInfo = chain[0].PublicKey.ExportSubjectPublicKeyInfo();
        NotBefore = chain.Max(certificate => new DateTimeOffset(certificate.NotBefore.ToUniversalTime()));
        NotAfter = chain.Min(certificate => new DateTimeOffset(certificate.NotAfter.ToUniversalTime()));
    }

    public byte[] SubjectPublicKeyInfo { get; }

    public DateTimeOffset NotBefore { get; }

    public DateTimeOffset NotAfter { get; }

    public bool IsValidAt(DateTimeOffset now) => now >= NotBefore && now <= NotAfter;
}
