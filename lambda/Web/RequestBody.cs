using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace WorldCapitals.Web;

/// <summary>
/// The raw request body, read once into a pooled buffer. The same bytes are verified and handed to the skill:
/// the signature covers exactly what was sent.
/// </summary>
internal sealed class RequestBody : IDisposable
{
    private byte[]? _rented;

    private RequestBody(byte[] rented, int length)
    {
        _rented = rented;
        Memory = rented.AsMemory(0, length);
    }

    public ReadOnlyMemory<byte> Memory { get; }

    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/> (declared or actual).</summary>
    public static async Task<RequestBody?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return null;
        try
        {
            return await ReadAsync(request.BodyReader, maxBytes, cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    /// <summary>Kestrel's own limit: a backstop above ours, so oversized bodies end early even when chunked.</summary>
    public static void LimitServerBodySize(HttpContext context, int maxBytes)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = maxBytes + 1;
    }

    private static async Task<RequestBody?> ReadAsync(PipeReader reader, int maxBytes, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return null;
            }
            if (result.IsCompleted)
            {
                var length = (int)buffer.Length;
                var rented = ArrayPool<byte>.Shared.Rent(Math.Max(1, length));
                buffer.CopyTo(rented);
                reader.AdvanceTo(buffer.End);
                return new RequestBody(rented, length);
            }
            // Nothing consumed, everything examined: wait for more.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    public void Dispose()
    {
        if (_rented is { } rented)
        {
            _rented = null;
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
