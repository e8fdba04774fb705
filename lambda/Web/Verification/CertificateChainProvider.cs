using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;

namespace WorldCapitals.Web.Verification;

/// <summary>
/// The validated signing key for a SignatureCertChainUrl, cached until the first certificate of its chain expires. One URL is
/// downloaded once at a time however many requests name it (they share the download); a failed download or validation is
/// remembered for <see cref="FailureMemory"/>, so a made-up URL costs one download per that time, not one per request.
/// Certificates are disposed as soon as the chain is validated: the cache keeps only the key bytes and the dates.
/// </summary>
internal sealed class CertificateChainProvider(CertificateDownloader downloader, SigningCertificateValidator validator, TimeProvider clock)
{
    public static readonly TimeSpan FailureMemory = TimeSpan.FromSeconds(30);

    /// <summary>Made-up URLs cannot grow the failure memory without bound: past this many, failures are not remembered.</summary>
    public const int MaxRememberedFailures = 1_000;

    private readonly ConcurrentDictionary<string, SigningKey> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RememberedFailure> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<(SigningKey?, RequestRejection?)>>> _loading = new(StringComparer.Ordinal);
    private int _openCertificates;

    /// <summary>Certificates loaded and not yet disposed; zero whenever no download is being validated.</summary>
    internal int OpenCertificates => Volatile.Read(ref _openCertificates);

    public async Task<(SigningKey? Key, RequestRejection? Rejection)> GetSigningKeyAsync(Uri url, CancellationToken cancellationToken)
    {
        var key = url.AbsoluteUri;
        var now = clock.GetUtcNow();
        if (_keys.TryGetValue(key, out var cached))
        {
            if (cached.IsValidAt(now))
                return (cached, null);
            _keys.TryRemove(new KeyValuePair<string, SigningKey>(key, cached));
        }
        if (_failures.TryGetValue(key, out var failure))
        {
            if (now < failure.Until)
                return (null, failure.Rejection);
            _failures.TryRemove(new KeyValuePair<string, RememberedFailure>(key, failure));
        }

        // The shared download is not tied to any one request: each waits for it under its own token.
        var loading = _loading.GetOrAdd(key, _ => new Lazy<Task<(SigningKey?, RequestRejection?)>>(() => LoadAsync(key, url)));
        return await loading.Value.WaitAsync(cancellationToken);
    }

    private async Task<(SigningKey?, RequestRejection?)> LoadAsync(string key, Uri url)
    {
        try
        {
            var (chain, rejection) = await downloader.DownloadAsync(url);
            SigningKey? signingKey = null;
            if (chain is not null)
                (signingKey, rejection) = Validate(chain);
            // Stored before the download is forgotten, so a request arriving in between finds one or the other.
            if (signingKey is not null)
                _keys[key] = signingKey;
            else
                Remember(key, rejection!);
            return (signingKey, rejection);
        }
        finally
        {
            _loading.TryRemove(key, out _);
        }
    }

    private (SigningKey?, RequestRejection?) Validate(X509Certificate2Collection chain)
    {
        Interlocked.Add(ref _openCertificates, chain.Count);
        try
        {
            X509Certificate2[] certificates = [.. chain];
            return validator.Validate(certificates, clock.GetUtcNow()) is { } rejection
                ? (null, rejection)
                : (new SigningKey(certificates), null);
        }
        finally
        {
            foreach (var certificate in chain)
                certificate.Dispose();
            Interlocked.Add(ref _openCertificates, -chain.Count);
        }
    }

    private void Remember(string key, RequestRejection rejection)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count >= MaxRememberedFailures)
        {
            foreach (var (staleKey, stale) in _failures)
            {
                if (now >= stale.Until)
                    _failures.TryRemove(new KeyValuePair<string, RememberedFailure>(staleKey, stale));
            }
            if (_failures.Count >= MaxRememberedFailures)
                return;
        }
        _failures[key] = new RememberedFailure(rejection, now + FailureMemory);
    }

    private sealed record RememberedFailure(RequestRejection Rejection, DateTimeOffset Until);
}
