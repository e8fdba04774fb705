using System.Security.Cryptography;

namespace WorldCapitals.Web.Verification;

/// <summary>Checks Signature-256: RSA, SHA-256, PKCS#1 v1.5 padding, over the exact bytes received.</summary>
internal static class SignatureVerifier
{
    /// <summary>Alexa signs with an RSA-2048 key: its signatures are exactly 256 bytes.</summary>
    public const int SignatureBytes = 2048 / 8;

    /// <summary>Base64 of 256 bytes is 344 characters; twice that leaves room for whitespace, and anything longer is not decoded at all.</summary>
    private const int MaxBase64Length = 2 * ((SignatureBytes + 2) / 3 * 4);

    /// <summary>The decoded signature, or the rejection; checked before any certificate is downloaded, so junk costs nothing.</summary>
    public static (byte[]? Signature, RequestRejection? Rejection) Decode(string signatureBase64)
    {
        if (signatureBase64.Length > MaxBase64Length)
            return (null, Reject($"The Signature-256 header is {signatureBase64.Length} characters, too long for a {SignatureBytes}-byte signature."));
        Span<byte> decoded = stackalloc byte[MaxBase64Length / 4 * 3];
        if (!Convert.TryFromBase64String(signatureBase64, decoded, out var length))
            return (null, Reject("The Signature-256 header is not base64."));
        if (length != SignatureBytes)
            return (null, Reject($"The Signature-256 header decodes to {length} bytes, not the {SignatureBytes} of an RSA-2048 signature."));
        return (decoded[..SignatureBytes].ToArray(), null);
    }

    public static RequestRejection? Verify(SigningKey key, byte[] signature, ReadOnlySpan<byte> body)
    {
        using var publicKey = RSA.Create();
        try
        {
            publicKey.ImportSubjectPublicKeyInfo(key.SubjectPublicKeyInfo, out _);
        }
        catch (CryptographicException)
        {
            return Reject("The signing certificate has no RSA public key.");
        }
        return publicKey.VerifyData(body, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            ? null
            : Reject("The Signature-256 header does not verify against the body.");
    }

    private static RequestRejection Reject(string detail) => new(RejectionReason.SignatureInvalid, detail);
}
