using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace WorldCapitals.Lambda.RuntimeApi;

/// <summary>
/// The Runtime API over HTTP. Network failures and 5xx answers are retried per <see cref="RetryPolicy"/>;
/// when retries run out, or /next answers with anything else but success, <see cref="RuntimeApiUnavailableException"/>
/// ends the host. A 4xx answer to a response or error post concerns that one invocation and is only logged.
/// </summary>
internal sealed class RuntimeApiClient(HttpClient httpClient, string runtimeApi, RetryPolicy retryPolicy, Action<string> warn)
    : IRuntimeApiClient
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");
    private static readonly TimeSpan PostTimeout = TimeSpan.FromSeconds(30);

    private static readonly long MaxUnixMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    private readonly Uri _baseAddress = new($"http://{runtimeApi}/{LambdaNames.ApiVersion}/");
    private readonly Uri _nextAddress = new($"http://{runtimeApi}/{LambdaNames.ApiVersion}/{LambdaNames.NextPath}");

    /// <summary>True when <paramref name="runtimeApi"/> has the shape AWS_LAMBDA_RUNTIME_API has: host:port, nothing more.</summary>
    public static bool IsValidAddress(string runtimeApi) =>
        Uri.TryCreate($"http://{runtimeApi}/", UriKind.Absolute, out var uri)
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;

    /// <summary>A bare handler: no proxy, no cookies, no automatic redirects; /next may wait for hours.</summary>
    public static HttpClient CreateHttpClient()
    {
        SocketsHttpHandler? handler = null;
        try
        {
            handler = new SocketsHttpHandler
            {
                UseProxy = false,
                UseCookies = false,
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.None,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            };
            var client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
            handler = null; // the client owns it now and disposes it with itself
            return client;
        }
        finally
        {
            handler?.Dispose();
        }
    }

    public async Task<Invocation> GetNextInvocationAsync(CancellationToken cancellationToken)
    {
        using var response = await SendWithRetriesAsync(
            () => new HttpRequestMessage(HttpMethod.Get, _nextAddress),
            timeout: null,
            cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new RuntimeApiUnavailableException($"GET next answered {(int)response.StatusCode}.");

        var requestId = Header(response, LambdaNames.RequestIdHeader)
            ?? throw new RuntimeApiUnavailableException($"GET next answered without {LambdaNames.RequestIdHeader}.");
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new Invocation(requestId, body, ParseDeadline(Header(response, LambdaNames.DeadlineHeader)), Header(response, LambdaNames.TraceIdHeader));
    }

    public Task SendResponseAsync(string requestId, byte[] body, CancellationToken cancellationToken) =>
        PostAsync(LambdaNames.ResponsePath(requestId), body, errorType: null, cancellationToken);

    public Task ReportInvocationErrorAsync(string requestId, ErrorReport error, CancellationToken cancellationToken) =>
        PostAsync(LambdaNames.ErrorPath(requestId), Serialize(error), error.ErrorType, cancellationToken);

    public Task ReportInitErrorAsync(ErrorReport error, CancellationToken cancellationToken) =>
        PostAsync(LambdaNames.InitErrorPath, Serialize(error), error.ErrorType, cancellationToken);

    private async Task PostAsync(string path, byte[] body, string? errorType, CancellationToken cancellationToken)
    {
        using var response = await SendWithRetriesAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseAddress, path))
                {
                    Content = new ByteArrayContent(body) { Headers = { ContentType = JsonMediaType } },
                };
                if (errorType is not null)
                    request.Headers.TryAddWithoutValidation(LambdaNames.FunctionErrorTypeHeader, errorType);
                return request;
            },
            PostTimeout,
            cancellationToken);
        if (!response.IsSuccessStatusCode)
            warn($"POST {path} answered {(int)response.StatusCode}; the invocation's outcome may be lost.");
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync(
        Func<HttpRequestMessage> createRequest, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var canRetry = attempt < retryPolicy.Delays.Count;
            string failure;
            using (var request = createRequest())
            using (var timeoutSource = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeoutSource?.CancelAfter(timeout!.Value);
                try
                {
                    var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeoutSource?.Token ?? cancellationToken);
                    if ((int)response.StatusCode < 500)
                        return response;
                    failure = $"{request.Method} {request.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}";
                    if (!canRetry)
                        return response;
                    response.Dispose();
                }
                catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException
                    && !cancellationToken.IsCancellationRequested)
                {
                    failure = $"{request.Method} {request.RequestUri?.AbsolutePath} failed: {exception.Message}";
                    if (!canRetry)
                        throw new RuntimeApiUnavailableException($"{failure} (gave up after {attempt + 1} attempts).", exception);
                }
            }
            warn($"{failure}; retrying.");
            await Task.Delay(retryPolicy.Delays[attempt], cancellationToken);
        }
    }

    private static byte[] Serialize(ErrorReport error) =>
        JsonSerializer.SerializeToUtf8Bytes(error, RuntimeApiJsonContext.Default.ErrorReport);

    // The first value as the Runtime API sent it: no header parsing, no enumerator allocated (three headers per event).
    private static string? Header(HttpResponseMessage response, string name)
    {
        if (!response.Headers.NonValidated.TryGetValues(name, out var values))
            return null;
        foreach (var value in values)
            return value;
        return null;
    }

    /// <summary>Epoch milliseconds; a value past what a date can hold is clamped to the last one (it means "no hurry").</summary>
    private static DateTimeOffset? ParseDeadline(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds(Math.Min(milliseconds, MaxUnixMilliseconds))
            : null;
}
