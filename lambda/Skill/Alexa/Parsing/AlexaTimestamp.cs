namespace WorldCapitals.Skill.Alexa.Parsing;

/// <summary>
/// The one form Alexa sends a request's timestamp in, <c>yyyy-MM-ddTHH:mm:ssZ</c> with an optional fraction of one to
/// seven digits, read without the general ISO 8601 parser. Anything else, including a valid date this reader does not
/// take (another offset, a leap second, lower-case letters), is left to <see cref="JsonReading.Timestamp"/>'s parsers.
/// </summary>
internal static class AlexaTimestamp
{
    // "yyyy-MM-ddTHH:mm:ss": the fraction, if any, and the 'Z' follow it.
    private const int SecondsLength = 19;
    private const int MaxFractionDigits = 7;

    /// <summary>The UTC time <paramref name="text"/> (a JSON string's unescaped bytes) says, when it has Alexa's form.</summary>
    public static bool TryRead(ReadOnlySpan<byte> text, out DateTimeOffset value)
    {
        value = default;
        if (!HasSeparators(text))
            return false;
        var valid = TryDigits(text[..4], out var year) & TryDigits(text.Slice(5, 2), out var month) & TryDigits(text.Slice(8, 2), out var day)
            & TryDigits(text.Slice(11, 2), out var hour) & TryDigits(text.Slice(14, 2), out var minute) & TryDigits(text.Slice(17, 2), out var second);
        if (!valid || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return false;

        long fractionTicks = 0;
        var fraction = text[SecondsLength..^1];
        if (!fraction.IsEmpty)
        {
            if (fraction.Length < 2 || fraction[0] != '.' || !TryDigits(fraction[1..], out var digits))
                return false;
            fractionTicks = digits;
            for (var i = fraction.Length - 1; i < MaxFractionDigits; i++)
                fractionTicks *= 10;
        }
        value = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).AddTicks(fractionTicks);
        return true;
    }

    private static bool HasSeparators(ReadOnlySpan<byte> text) =>
        text.Length is >= SecondsLength + 1 and <= SecondsLength + 2 + MaxFractionDigits && text[^1] == 'Z'
        && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':';

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int number)
    {
        number = 0;
        foreach (var digit in digits)
        {
            var value = digit - '0';
            if ((uint)value > 9)
                return false;
            number = number * 10 + value;
        }
        return true;
    }
}
