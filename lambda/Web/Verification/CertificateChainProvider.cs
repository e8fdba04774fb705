using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace WorldCapitals.Web.Verification;

/// <summary>
/// Downloads Alexa's signing chain, validates it, and caches the validated signing certificate by URL until the first
/// certificate of the chain expires. Every use re-checks the dates, so an expired entry is dropped and fetched again.
/// Only validated chains are cached; a failed download or validation is retried on the next request.
/// </summary>
internal sealed class CertificateChainProvider(HttpClient http, SigningCertificateValidator validator, TimeProvider clock)
{
    /// <summary>Amazon's file is a few kilobytes; anything much larger is not a certificate chain.</summary>
    public const int MaxChainBytes = 64 * 1024;

    private readonly ConcurrentDictionary<string, CachedChain> _cache = new(StringComparer.Ordinal);

    public async Task<(X509Certificate2? SigningCertificate, RequestRejection? Rejection)> GetSigningCertificateAsync(
        Uri url, CancellationToken cancellationToken)
    {
        var key = url.AbsoluteUri;
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(key, out var cached))
        {
            if (cached.IsValidAt(now))
                return (cached.SigningCertificate, null);
            _cache.TryRemove(new KeyValuePair<string, CachedChain>(key, cached));
        }

        var (chain, downloadRejection) = await DownloadAsync(url, cancellationToken);
        if (downloadRejection is not null)
            return (null, downloadRejection);

        if (validator.Validate(chain!, now) is { } rejection)
        {
            DisposeAll(chain!);
            return (null, rejection);
        }
        var entry = new CachedChain(chain!);
        _cache[key] = entry;
        return (entry.SigningCertificate, null);
    }

    private async Task<(X509Certificate2[]? Chain, RequestRejection? Rejection)> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        string pem;
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
                return Unavailable($"Downloading the certificate chain answered HTTP {(int)response.StatusCode}.");
            if (response.Content.Headers.ContentLength > MaxChainBytes)
                return Unavailable($"The certificate chain is larger than {MaxChainBytes} bytes.");
            pem = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            return Unavailable("Downloading the certificate chain failed: " + exception.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Unavailable("Downloading the certificate chain timed out.");
        }

        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPem(pem);
        }
        catch (CryptographicException exception)
        {
            return Unavailable("The certificate chain is not a valid PEM file: " + exception.Message);
        }
        return certificates.Count == 0
            ? Unavailable("The certificate chain holds no certificate.")
            : ([.. certificates], null);
    }

    private static (X509Certificate2[]?, RequestRejection?) Unavailable(string detail) =>
        (null, new RequestRejection(RejectionReason.CertificateUnavailable, detail));

    private static void DisposeAll(IEnumerable<X509Certificate2> certificates)
    {
        foreach (var certificate in certificates)
            certificate.Dispose();
    }

    private sealed class CachedChain(X509Certificate2[] chain)
    {
        private readonly DateTimeOffset _notBefore = chain.Max(c => new DateTimeOffset(c.NotBefore.ToUniversalTime()));
        private readonly DateTimeOffset _notAfter = chain.Min(c => new DateTimeOffset(c.NotAfter.ToUniversalTime()));

        public X509Certificate2 SigningCertificate { get; } = chain[0];

        public bool IsValidAt(DateTimeOffset now) => now >= _notBefore && now <= _notAfter;
    }
}
