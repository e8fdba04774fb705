using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace WorldCapitals.Web.Verification;

/// <summary>
/// Downloads a signing chain with hard limits: at most <see cref="MaxChainBytes"/> read into a fixed buffer (chunked or not),
/// one timeout over the whole download (waiting for a slot, headers and body), and a cap on downloads running at once.
/// </summary>
/// <remarks>Owns <paramref name="http"/>: disposing the downloader disposes it.</remarks>
internal sealed class CertificateDownloader(HttpClient http, TimeSpan timeout, int maxParallelDownloads) : IDisposable
{
    /// <summary>Amazon's file is a few kilobytes; anything much larger is not a certificate chain.</summary>
    public const int MaxChainBytes = 64 * 1024;

    /// <summary>Downloads at once. Alexa uses one URL, and a URL is downloaded once at a time, so more means someone is probing.</summary>
    public const int DefaultMaxParallelDownloads = 4;

    private readonly SemaphoreSlim _slots = new(maxParallelDownloads, maxParallelDownloads);

    /// <summary>The certificates of the chain (the caller disposes them), or why there are none.</summary>
    public async Task<(X509Certificate2Collection? Chain, RequestRejection? Rejection)> DownloadAsync(Uri url)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _slots.WaitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            return Unavailable($"No download slot came free within {timeout.TotalSeconds} s ({maxParallelDownloads} downloads already running).");
        }
        try
        {
            var (pem, rejection) = await ReadAsync(url, deadline.Token);
            return rejection is null ? Parse(pem!) : (null, rejection);
        }
        catch (OperationCanceledException)
        {
            return Unavailable($"Downloading the certificate chain took longer than {timeout.TotalSeconds} s.");
        }
        catch (HttpRequestException exception)
        {
            return Unavailable("Downloading the certificate chain failed: " + exception.Message);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<(string? Pem, RequestRejection? Rejection)> ReadAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
            return Failed($"Downloading the certificate chain answered HTTP {(int)response.StatusCode}.");
        if (response.Content.Headers.ContentLength > MaxChainBytes)
            return Failed($"The certificate chain is larger than {MaxChainBytes} bytes.");

        // One byte more than allowed tells "too large" from "exactly the limit", whatever Content-Length said or didn't say.
        var buffer = new byte[MaxChainBytes + 1];
        var length = 0;
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        while (length < buffer.Length)
        {
            var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
                break;
            length += read;
        }
        return length > MaxChainBytes
            ? Failed($"The certificate chain is larger than {MaxChainBytes} bytes.")
            : (Encoding.ASCII.GetString(buffer, 0, length), null);
    }

    private static (X509Certificate2Collection?, RequestRejection?) Parse(string pem)
    {
        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPem(pem);
        }
        catch (CryptographicException exception)
        {
            foreach (var certificate in certificates)
                certificate.Dispose();
            return Unavailable("The certificate chain is not a valid PEM file: " + exception.Message);
        }
        return certificates.Count == 0 ? Unavailable("The certificate chain holds no certificate.") : (certificates, null);
    }

    public void Dispose()
    {
        _slots.Dispose();
        http.Dispose();
    }

    private static (string?, RequestRejection?) Failed(string detail) =>
        (null, new RequestRejection(RejectionReason.CertificateUnavailable, detail));

    private static (X509Certificate2Collection?, RequestRejection?) Unavailable(string detail) =>
        (null, new RequestRejection(RejectionReason.CertificateUnavailable, detail));
}
