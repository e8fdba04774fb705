using System.Buffers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace WorldCapitals.Web.Verification;

/// <summary>Checks Signature-256: RSA, SHA-256, PKCS#1 v1.5 padding, over the exact bytes received.</summary>
internal static class SignatureVerifier
{
    public static RequestRejection? Verify(X509Certificate2 signingCertificate, string signatureBase64, ReadOnlySpan<byte> body)
    {
        using var publicKey = signingCertificate.GetRSAPublicKey();
        if (publicKey is null)
            return Reject("The signing certificate has no RSA public key.");

        var buffer = ArrayPool<byte>.Shared.Rent(Base64MaxDecodedLength(signatureBase64));
        try
        {
            if (!Convert.TryFromBase64String(signatureBase64, buffer, out var length))
                return Reject("The Signature-256 header is not base64.");
            var signature = buffer.AsSpan(0, length);
            return publicKey.VerifyData(body, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
                ? null
                : Reject("The Signature-256 header does not verify against the body.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int Base64MaxDecodedLength(string base64) => Math.Max(1, (base64.Length + 3) / 4 * 3);

    private static RequestRejection Reject(string detail) => new(RejectionReason.SignatureInvalid, detail);
}
