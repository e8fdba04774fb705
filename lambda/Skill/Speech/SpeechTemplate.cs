using System.Text;

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
        var result = new StringBuilder(template.Length + 32);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                result.Append(template, position, template.Length - position);
                break;
            }
            result.Append(template, position, open - position);
            var name = template.AsSpan(open + 1, close - open - 1);
            var value = Lookup(values, name) ?? throw new FormatException($"No value for {{{name}}} in \"{template}\".");
            result.Append(value);
            position = close + 1;
            // "Washington, D.C." at the end of a sentence takes no second full stop.
            if (value.EndsWith('.') && position < template.Length && template[position] == '.')
                position++;
        }
        // A value at the start of a sentence ("the Netherlands has ...") takes a capital letter.
        // Its first letter, after any opening punctuation ("¿", "«"): "la France a ..." -> "La France a ...".
        if (startsSentence)
        {
            var first = 0;
            while (first < result.Length && !char.IsLetterOrDigit(result[first]))
                first++;
            if (first < result.Length && char.IsLower(result[first]))
                result[first] = char.ToUpperInvariant(result[first]);
        }
        return result.ToString();
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
