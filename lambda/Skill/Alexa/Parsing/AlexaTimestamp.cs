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
        // Each field is its digits' value, or negative when a byte of it is not a digit.
        var century = Digits(text[0], text[1]);
        var yearOfCentury = Digits(text[2], text[3]);
        var month = Digits(text[5], text[6]);
        var day = Digits(text[8], text[9]);
        var hour = Digits(text[11], text[12]);
        var minute = Digits(text[14], text[15]);
        var second = Digits(text[17], text[18]);
        if ((century | yearOfCentury | month | day | hour | minute | second) < 0)
            return false;
        var year = (century * 100) + yearOfCentury;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return false;

        long fractionTicks = 0;
        var fraction = text[SecondsLength..^1];
        if (!fraction.IsEmpty)
        {
            if (fraction.Length < 2 || fraction[0] != '.')
                return false;
            foreach (var digit in fraction[1..])
            {
                var digitValue = digit - '0';
                if ((uint)digitValue > 9)
                    return false;
                fractionTicks = (fractionTicks * 10) + digitValue;
            }
            // A tick is the seventh decimal of a second.
            for (var digits = fraction.Length - 1; digits < MaxFractionDigits; digits++)
                fractionTicks *= 10;
        }
        value = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).AddTicks(fractionTicks);
        return true;
    }

    private static bool HasSeparators(ReadOnlySpan<byte> text) =>
        text.Length is >= SecondsLength + 1 and <= SecondsLength + 2 + MaxFractionDigits && text[^1] == 'Z'
        && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':';

    private static int Digits(byte tens, byte ones)
    {
        var high = tens - '0';
        var low = ones - '0';
        return (uint)high > 9 || (uint)low > 9 ? -1 : (high * 10) + low;
    }
}
