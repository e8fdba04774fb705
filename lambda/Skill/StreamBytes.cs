namespace WorldCapitals.Skill;

/// <summary>The whole of a stream as bytes, for the data and speech files the skill reads from its embedded resources.</summary>
internal static class StreamBytes
{
    // An embedded resource knows its length: one array of that size, not a copy that doubles as it grows (the doubling
    // left about twice the data's size of large-object garbage behind at every cold start).
    public static byte[] ReadAll(Stream stream)
    {
        if (!stream.CanSeek)
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        var bytes = new byte[stream.Length - stream.Position];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
