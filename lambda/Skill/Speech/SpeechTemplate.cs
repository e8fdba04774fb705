using System.Runtime.CompilerServices;

namespace WorldCapitals.Skill.Speech;

/// <summary>
/// Fills <c>{name}</c> placeholders of a per-locale sentence with values (a place's also <c>{nameOf}</c> and
/// <c>{nameSubject}</c>, <see cref="SpeechValue"/>); the result is plain text, its first letter capitalised when it
/// starts a sentence ("la France ..." -> "La France ...").
/// </summary>
public static class SpeechTemplate
{
    public static string Render(string template, params ReadOnlySpan<SpeechValue> values) =>
        Render(template, values, startsSentence: true);

    /// <summary>Like <see cref="Render(string, ReadOnlySpan{SpeechValue})"/>, for a part in the middle of a sentence: no capital letter added.</summary>
    public static string RenderPart(string template, params ReadOnlySpan<SpeechValue> values) =>
        Render(template, values, startsSentence: false);

    private static string Render(string template, ReadOnlySpan<SpeechValue> values, bool startsSentence)
    {
        ArgumentNullException.ThrowIfNull(template);
        // Built on the stack (a pooled array past 256 characters): the finished string is the only allocation.
        var result = new SentenceText(stackalloc char[256], startsSentence);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                result.Append(template.AsSpan(position));
                break;
            }
            result.Append(template.AsSpan(position, open - position));
            var name = template.AsSpan(open + 1, close - open - 1);
            var value = Lookup(values, name) ?? throw new FormatException($"No value for {{{name}}} in \"{template}\".");
            result.Append(value);
            position = close + 1;
            // "Washington, D.C." at the end of a sentence takes no second full stop.
            if (value.EndsWith('.') && position < template.Length && template[position] == '.')
                position++;
        }
        return result.ToStringAndClear();
    }

    /// <summary>
    /// The text being rendered. A value at the start of a sentence ("the Netherlands has ...") takes a capital letter:
    /// its first letter, after any opening punctuation ("¿", "«"): "la France a ..." -> "La France a ...".
    /// </summary>
    private ref struct SentenceText(Span<char> initialBuffer, bool capitaliseFirstLetter)
    {
        private DefaultInterpolatedStringHandler _text = new(0, 0, null, initialBuffer);
        private bool _beforeFirstLetter = capitaliseFirstLetter;

        public void Append(ReadOnlySpan<char> part)
        {
            if (_beforeFirstLetter)
            {
                var first = 0;
                while (first < part.Length && !char.IsLetterOrDigit(part[first]))
                    first++;
                if (first < part.Length)
                {
                    _beforeFirstLetter = false;
                    _text.AppendFormatted(part[..first]);
                    _text.AppendFormatted(char.IsLower(part[first]) ? char.ToUpperInvariant(part[first]) : part[first]);
                    part = part[(first + 1)..];
                }
            }
            _text.AppendFormatted(part);
        }

        public string ToStringAndClear() => _text.ToStringAndClear();
    }

    private static string? Lookup(ReadOnlySpan<SpeechValue> values, ReadOnlySpan<char> name)
    {
        foreach (var value in values)
        {
            if (value.For(name) is { } text)
                return text;
        }
        return null;
    }
}
