using System.Text.Json;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Skill.Alexa.Parsing;

/// <summary>
/// Strings requests carry over and over: Alexa's locales and built-in intent names, and the names a skill gives
/// (its intents and slots). Read from a body, such a value is this one instance instead of a new string each time;
/// any other value is read as usual. Immutable: one instance serves every request, on any thread.
/// </summary>
public sealed class KnownStrings
{
    // Known values are short; a longer value is never one of them and is not looked up.
    private const int MaxLength = 64;

    private static readonly string[] AlexaLocales =
    [
        "ar-SA", "de-DE", "en-AU", "en-CA", "en-GB", "en-IN", "en-US", "es-ES", "es-MX", "es-US",
        "fr-CA", "fr-FR", "hi-IN", "it-IT", "ja-JP", "nl-NL", "pt-BR",
    ];

    private static readonly string[] AlexaIntents =
    [
        BuiltInIntents.Help, BuiltInIntents.Stop, BuiltInIntents.Cancel, BuiltInIntents.NavigateHome, BuiltInIntents.Fallback,
    ];

    // Searched with a body's UTF-8 bytes, so a known value is found without decoding it.
    private readonly Utf8StringTable _known;

    // For each known name, the slot that says only its name and NONE: immutable, so one instance serves every request.
    private readonly Dictionary<string, Slot> _unfilledSlots;

    /// <param name="skillNames">The skill's own intent and slot names (Alexa's locales and built-in intents are always known).</param>
    public KnownStrings(IEnumerable<string> skillNames)
    {
        ArgumentNullException.ThrowIfNull(skillNames);
        var known = new HashSet<string>([.. AlexaLocales, .. AlexaIntents, .. skillNames], StringComparer.Ordinal);
        _known = new Utf8StringTable(known);
        _unfilledSlots = known.ToDictionary(name => name, name => new Slot { Name = name, ConfirmationStatus = ConfirmationStatuses.None }, StringComparer.Ordinal);
    }

    /// <summary>Alexa's locales and built-in intent names only.</summary>
    public static KnownStrings Alexa { get; } = new([]);

    /// <summary>The shared slot named <paramref name="name"/> with nothing filled in (confirmation NONE); null for a name not known.</summary>
    internal Slot? UnfilledSlot(string name) => _unfilledSlots.GetValueOrDefault(name);

    /// <summary>
    /// The current string or property name: the known instance when it is one, else a new string; null for JSON null;
    /// for any other token, the error <see cref="JsonReading.String"/> gives.
    /// </summary>
    internal string? Read(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
            return JsonReading.String(ref reader, member);
        if (reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
            return reader.GetString();
        if (!reader.ValueIsEscaped)
            return _known.Find(reader.ValueSpan) ?? reader.GetString();
        // Unescaped, a value is no longer than as sent.
        Span<byte> unescaped = stackalloc byte[MaxLength];
        return _known.Find(unescaped[..reader.CopyString(unescaped)]) ?? reader.GetString();
    }
}
