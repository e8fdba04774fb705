namespace WorldCapitals.Web.Verification;

/// <summary>
/// Which SignatureCertChainUrl values may be downloaded at all (checked before any network access).
/// Production: https, host s3.amazonaws.com (any case), port 443, normalised path starting with /echo.api/ (case-sensitive).
/// </summary>
internal sealed class CertificateUrlPolicy
{
    public const string RequiredPathPrefix = "/echo.api/";

    private readonly string _scheme;
    private readonly string _host;
    private readonly int _port;

    /// <summary>Only tests create another policy (a local certificate server); production uses <see cref="Production"/>.</summary>
    internal CertificateUrlPolicy(string scheme, string host, int port)
    {
        _scheme = scheme;
        _host = host;
        _port = port;
    }

    public static CertificateUrlPolicy Production { get; } = new(Uri.UriSchemeHttps, "s3.amazonaws.com", 443);

    public string Scheme => _scheme;

    public string Host => _host;

    public int Port => _port;

    /// <summary>The normalised URL to download, or the rejection.</summary>
    public (Uri? Url, RequestRejection? Rejection) Check(string? url)
    {
        if (string.IsNullOrEmpty(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return Reject("it is not an absolute URL");
        if (!string.Equals(uri.Scheme, _scheme, StringComparison.OrdinalIgnoreCase))
            return Reject($"the scheme is '{uri.Scheme}', not '{_scheme}'");
        if (!string.Equals(uri.IdnHost, _host, StringComparison.OrdinalIgnoreCase))
            return Reject($"the host is '{uri.IdnHost}', not '{_host}'");
        // Uri.Port is the scheme's default when no port is given, so 443 passes both spelled and implied.
        if (uri.Port != _port)
            return Reject($"the port is {uri.Port}, not {_port}");
        // Uri has already resolved dot segments (and turned '\' into '/'), so '/echo.api/../evil.pem' is '/evil.pem' here.
        if (!uri.AbsolutePath.StartsWith(RequiredPathPrefix, StringComparison.Ordinal))
            return Reject($"the path '{uri.AbsolutePath}' does not start with '{RequiredPathPrefix}'");
        // Encoded dots or slashes would be decoded again by the server, after our check.
        if (uri.AbsolutePath.Contains('%', StringComparison.Ordinal))
            return Reject("the path contains percent-encoded characters");
        // Alexa's URL has neither; refusing them keeps the cache key (and the downloads an attacker can cause) to one per file.
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
            return Reject("the URL has a query string or a fragment");
        if (uri.UserInfo.Length > 0)
            return Reject("the URL carries user information");
        return (uri, null);
    }

    private static (Uri?, RequestRejection?) Reject(string why) =>
        (null, new RequestRejection(RejectionReason.CertificateUrlRejected, "SignatureCertChainUrl rejected: " + why + "."));
}
