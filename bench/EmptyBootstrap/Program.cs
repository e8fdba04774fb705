using System.Net.Http.Headers;

// The Lambda Runtime API loop and nothing else: GET next, POST a constant answer, forever. No parsing, no logging,
// no retries: the least a Native AOT bootstrap on HttpClient can do per invocation. With every runtime setting our host
// has: socket completions run inline, as lambda/Lambda/Hosting/SocketCompletions.cs sets them (before the first socket).
Environment.SetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");
var runtimeApi = Environment.GetEnvironmentVariable("AWS_LAMBDA_RUNTIME_API");
if (string.IsNullOrWhiteSpace(runtimeApi))
{
    await Console.Error.WriteLineAsync("AWS_LAMBDA_RUNTIME_API is not set.");
    return 1;
}

var baseAddress = new Uri($"http://{runtimeApi.Trim()}/2018-06-01/runtime/invocation/");
var nextUri = new Uri(baseAddress, "next");
var answer = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"SSML\",\"ssml\":\"<speak>Paris</speak>\"},\"shouldEndSession\":true}}"u8.ToArray();
var json = new MediaTypeHeaderValue("application/json");
using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false, AllowAutoRedirect = false })
{
    Timeout = Timeout.InfiniteTimeSpan,
};

while (true)
{
    string requestId;
    using (var next = await http.GetAsync(nextUri))
    {
        requestId = next.Headers.GetValues("Lambda-Runtime-Aws-Request-Id").First();
        _ = await next.Content.ReadAsByteArrayAsync();
    }
    using var content = new ByteArrayContent(answer) { Headers = { ContentType = json } };
    using var posted = await http.PostAsync(new Uri(baseAddress, requestId + "/response"), content);
}
