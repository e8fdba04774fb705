using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Intents;

/// <summary>
/// A template said of one place, with the locale's word for "capital" that place's kind takes: Japanese
/// "{country}の首都は{capital}です。" becomes "{country}の州都は{capital}です。" for a state
/// (<see cref="LocaleSpeech.CapitalWordsByKind"/>). Every other template and locale is returned as it is.
/// </summary>
internal static class KindCapitalWord
{
    public static string In(string template, Country place, LocaleSpeech text) =>
        text.CapitalWord is { } word && PlaceDescription.TemplateFor(text.CapitalWordsByKind, place) is { } kindWord
            ? template.Replace(word, kindWord, StringComparison.Ordinal)
            : template;
}
