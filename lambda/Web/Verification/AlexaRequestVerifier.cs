namespace WorldCapitals.Web.Verification;

/// <summary>
/// Proves a request comes from Alexa, in Amazon's order: headers, certificate URL and the signature's shape (both before any
/// download), the chain (downloaded or cached, dates, SAN, trust), then Signature-256 over the raw body. The timestamp and skill ID are
/// checked afterwards by the skill itself, inside the signed body.
/// </summary>
internal sealed class AlexaRequestVerifier(CertificateUrlPolicy urlPolicy, CertificateChainProvider chains)
{
    public async Task<RequestRejection?> VerifyAsync(IHeaderDictionary headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (Single(headers, AlexaHeaders.SignatureCertChainUrl) is not { } certificateUrl)
            return Missing($"The {AlexaHeaders.SignatureCertChainUrl} header is missing or repeated.");
        if (Single(headers, AlexaHeaders.Signature256) is not { } signature)
        {
            return Missing(headers.ContainsKey(AlexaHeaders.LegacySignature)
                ? $"Only the legacy SHA-1 '{AlexaHeaders.LegacySignature}' header was sent; '{AlexaHeaders.Signature256}' is required."
                : $"The {AlexaHeaders.Signature256} header is missing or repeated.");
        }

        var (url, urlRejection) = urlPolicy.Check(certificateUrl);
        if (urlRejection is not null)
            return urlRejection;

        var (signatureBytes, signatureRejection) = SignatureVerifier.Decode(signature);
        if (signatureRejection is not null)
            return signatureRejection;

        var (signingKey, chainRejection) = await chains.GetSigningKeyAsync(url!, cancellationToken);
        if (chainRejection is not null)
            return chainRejection;

        return SignatureVerifier.Verify(signingKey!, signatureBytes!, body.Span);
    }

    private static string? Single(IHeaderDictionary headers, string name) =>
        headers.TryGetValue(name, out var values) && values.Count == 1 && !string.IsNullOrWhiteSpace(values[0])
            ? values[0]
            : null;

    private static RequestRejection Missing(string detail) => new(RejectionReason.MissingSignatureHeader, detail);
}
