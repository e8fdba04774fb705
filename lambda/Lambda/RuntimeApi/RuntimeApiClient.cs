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
    private const int InitialEventBufferSize = 16 * 1024;

    private static readonly long MaxUnixMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    // The paths posted to are built from escaped parts (LambdaNames): canonicalizing them (dot segments, backslashes,
    // escapes) would change nothing, and joining them to a base Uri and canonicalizing cost about 8 K instructions per
    // invocation, 5% of its whole (bench/README.md, seventh round).
    private static readonly UriCreationOptions BuiltPath = new() { DangerousDisablePathAndQueryCanonicalization = true };

    private readonly string _baseAddress = $"http://{runtimeApi}/{LambdaNames.ApiVersion}/";
    private readonly Uri _nextAddress = new($"http://{runtimeApi}/{LambdaNames.ApiVersion}/{LambdaNames.NextPath}");

    // Each event's body is read from the connection straight into this buffer instead of into a new array per event (two
    // before: HttpClient's buffer and the copy handed out): the largest allocations of an invocation, and with them most
    // of the garbage that resident memory is made of. It grows to the largest event seen; Alexa's are a few KB.
    private byte[] _eventBuffer = new byte[InitialEventBufferSize];

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
            HttpCompletionOption.ResponseHeadersRead,
            cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new RuntimeApiUnavailableException($"GET next answered {(int)response.StatusCode}.");

        var requestId = Header(response, LambdaNames.RequestIdHeader)
            ?? throw new RuntimeApiUnavailableException($"GET next answered without {LambdaNames.RequestIdHeader}.");
        var body = await ReadEventBodyAsync(response.Content, cancellationToken);
        return new Invocation(requestId, body, ParseDeadline(Header(response, LambdaNames.DeadlineHeader)), Header(response, LambdaNames.TraceIdHeader));
    }

    /// <summary>
    /// The body, read into <see cref="_eventBuffer"/>. A connection that fails in the middle of an event ends the host, as
    /// one that fails for good before it: the event is lost either way, and Lambda starts a new sandbox.
    /// </summary>
    private async Task<ReadOnlyMemory<byte>> ReadEventBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await content.ReadAsStreamAsync(cancellationToken);
            if (content.Headers.ContentLength is { } contentLength)
            {
                var length = checked((int)contentLength);
                if (length > _eventBuffer.Length)
                    _eventBuffer = new byte[length];
                await stream.ReadExactlyAsync(_eventBuffer.AsMemory(0, length), cancellationToken);
                return _eventBuffer.AsMemory(0, length);
            }
            return await ReadToEndAsync(stream, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException or OperationCanceledException
            && !cancellationToken.IsCancellationRequested)
        {
            throw new RuntimeApiUnavailableException($"GET next: the event's body could not be read: {exception.Message}", exception);
        }
    }

    /// <summary>A body without Content-Length (chunked): read until the stream ends, doubling the buffer when it is full.</summary>
    private async Task<ReadOnlyMemory<byte>> ReadToEndAsync(Stream stream, CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            if (length == _eventBuffer.Length)
                Array.Resize(ref _eventBuffer, _eventBuffer.Length * 2);
            var read = await stream.ReadAsync(_eventBuffer.AsMemory(length), cancellationToken);
            if (read == 0)
                return _eventBuffer.AsMemory(0, length);
            length += read;
        }
    }

    public Task SendResponseAsync(string requestId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        PostAsync(LambdaNames.ResponsePath(requestId), body, errorType: null, cancellationToken);

    public Task ReportInvocationErrorAsync(string requestId, ErrorReport error, CancellationToken cancellationToken) =>
        PostAsync(LambdaNames.ErrorPath(requestId), Serialize(error), error.ErrorType, cancellationToken);

    public Task ReportInitErrorAsync(ErrorReport error, CancellationToken cancellationToken) =>
        PostAsync(LambdaNames.InitErrorPath, Serialize(error), error.ErrorType, cancellationToken);

    /// <remarks>
    /// No timeout of its own, as Lambda's own runtimes: Lambda ends an invocation that outlives the function's timeout
    /// (7 s for this skill) and resets the sandbox, so a post still waiting then is ended with it; a timer per post
    /// would only cost every invocation.
    /// </remarks>
    private async Task PostAsync(string path, ReadOnlyMemory<byte> body, string? errorType, CancellationToken cancellationToken)
    {
        using var response = await SendWithRetriesAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseAddress + path, BuiltPath))
                {
                    Content = new ReadOnlyMemoryContent(body) { Headers = { ContentType = JsonMediaType } },
                };
                if (errorType is not null)
                    request.Headers.TryAddWithoutValidation(LambdaNames.FunctionErrorTypeHeader, errorType);
                return request;
            },
            HttpCompletionOption.ResponseContentRead,
            cancellationToken);
        if (!response.IsSuccessStatusCode)
            warn($"POST {path} answered {(int)response.StatusCode}; the invocation's outcome may be lost.");
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync(
        Func<HttpRequestMessage> createRequest, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var canRetry = attempt < retryPolicy.Delays.Count;
            string failure;
            using (var request = createRequest())
            {
                try
                {
                    var response = await httpClient.SendAsync(request, completion, cancellationToken);
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
