using System.Globalization;
using System.Text;

namespace WorldCapitals.Cli.Model;

/// <summary>A part of a parsed phrase template.</summary>
internal abstract record PhrasePart;

/// <summary>Words said as written, or a slot reference such as "{country}".</summary>
internal sealed record PhraseText(string Text) : PhrasePart;

/// <summary>"&lt;name&gt;": one phrase of the named list.</summary>
internal sealed record PhraseListReference(string Name) : PhrasePart;

/// <summary>"(a|b)" or "[a|b]": one of the alternatives; an optional group has an empty alternative first.</summary>
internal sealed record PhraseChoice(IReadOnlyList<PhraseSequence> Alternatives) : PhrasePart;

/// <summary>Parts said one after the other.</summary>
internal sealed record PhraseSequence(IReadOnlyList<PhrasePart> Parts) : PhrasePart;

/// <summary>
/// Parses one phrase template: words (letters, apostrophes, periods), "{slot}", "&lt;list&gt;", "(a|b)" for one of
/// several alternatives and "[a|b]" for an optional one. Groups nest.
/// </summary>
internal sealed class PhraseTemplate
{
    private readonly string _text;
    private readonly IReadOnlySet<string> _slots;
    private int _position;

    private PhraseTemplate(string text, IReadOnlySet<string> slots)
    {
        _text = text;
        _slots = slots;
    }

    /// <exception cref="CliException">The template is malformed or names a slot not in <paramref name="slots"/>.</exception>
    public static PhraseSequence Parse(string text, IReadOnlySet<string> slots)
    {
        var parser = new PhraseTemplate(text, slots);
        var (sequence, end) = parser.ParseAlternatives();
        if (end is not null)
            throw parser.Error($"unbalanced brackets: '{end}' closes nothing");
        return sequence.Count == 1
            ? sequence[0]
            : throw parser.Error("'|' is only allowed inside ( ) or [ ]");
    }

    /// <summary>Reads alternatives separated by '|' up to a closing bracket (returned) or the end (null).</summary>
    private (List<PhraseSequence> Alternatives, char? End) ParseAlternatives()
    {
        var alternatives = new List<PhraseSequence>();
        var parts = new List<PhrasePart>();
        var words = new StringBuilder();
        while (_position < _text.Length)
        {
            var character = _text[_position++];
            switch (character)
            {
                case '|':
                    Flush(words, parts);
                    alternatives.Add(new PhraseSequence(parts));
                    parts = [];
                    break;
                case ')' or ']':
                    Flush(words, parts);
                    alternatives.Add(new PhraseSequence(parts));
                    return (alternatives, character);
                case '(' or '[':
                    Flush(words, parts);
                    parts.Add(ParseGroup(character));
                    break;
                case '<':
                    Flush(words, parts);
                    parts.Add(new PhraseListReference(ReadName('>', "list")));
                    break;
                case '{':
                    words.Append('{').Append(ReadSlot()).Append('}');
                    break;
                case '>' or '}':
                    throw Error($"unbalanced brackets: '{character}' closes nothing");
                default:
                    if (!IsWordCharacter(character))
                        throw Error($"'{character}' is not allowed (only letters, spaces, apostrophes, periods and the grammar's brackets)");
                    words.Append(character);
                    break;
            }
        }

        Flush(words, parts);
        alternatives.Add(new PhraseSequence(parts));
        return (alternatives, null);
    }

    private PhraseChoice ParseGroup(char open)
    {
        var start = _position - 1;
        var close = open == '(' ? ')' : ']';
        var (alternatives, end) = ParseAlternatives();
        if (end is null)
            throw Error($"unbalanced brackets: the '{open}' at position {start + 1} is never closed");
        if (end != close)
            throw Error($"unbalanced brackets: the '{open}' at position {start + 1} is closed by '{end}'");
        if (open == '[')
            alternatives.Insert(0, new PhraseSequence([]));
        return new PhraseChoice(alternatives);
    }

    private string ReadSlot()
    {
        var name = ReadName('}', "slot");
        return _slots.Contains(name)
            ? name
            : throw Error($"{{{name}}} is not a slot of this intent (declared: {(_slots.Count == 0 ? "none" : string.Join(", ", _slots.Order(StringComparer.Ordinal)))})");
    }

    private string ReadName(char close, string kind)
    {
        var end = _text.IndexOf(close, _position);
        if (end < 0)
            throw Error($"unbalanced brackets: a {kind} name is never closed by '{close}'");
        var name = _text[_position..end];
        if (name.Length == 0 || !name.All(character => char.IsAsciiLetterOrDigit(character) || character == '_'))
            throw Error($"'{name}' is not a {kind} name (letters, digits and '_')");
        _position = end + 1;
        return name;
    }

    private static void Flush(StringBuilder words, List<PhrasePart> parts)
    {
        if (words.Length == 0)
            return;
        parts.Add(new PhraseText(words.ToString()));
        words.Clear();
    }

    /// <summary>What Alexa allows in a sample besides slots: letters with their marks, spaces, apostrophes, periods.</summary>
    private static bool IsWordCharacter(char character) =>
        char.IsLetter(character)
        || CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        || character is ' ' or '\'' or '.';

    private CliException Error(string problem) => new($"\"{_text}\": {problem}");
}
