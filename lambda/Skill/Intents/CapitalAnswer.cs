using System.Globalization;
using System.Text;
using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Intents;

/// <summary>The answer sentence, testable without a request: spoken (speech forms) or written (for the card).</summary>
internal static class CapitalAnswer
{
    public static string Compose(Country country, IReadOnlyList<Capital> capitals, LocaleSpeech text, string locale, bool spoken)
    {
        var countryName = country.SentenceNameFor(locale);
        string answer;
        if (capitals.Count == 1)
        {
            var capital = capitals[0];
            answer = RolePhrase(capital, text) is { } role
                ? SpeechTemplate.Render(text.CapitalAnswerWithRole, ("country", countryName), ("capital", NameOf(capital, spoken)), ("role", role))
                : SpeechTemplate.Render(text.CapitalAnswer, ("country", countryName), ("capital", NameOf(capital, spoken)));
        }
        else
        {
            answer = SpeechTemplate.Render(
                text.MultiCapitalAnswer,
                ("country", countryName),
                ("count", CountWord(capitals.Count, text)),
                ("capitals", CapitalList(capitals, text, spoken)));
        }
        return country.NoteFor(locale) is { } note ? answer + " " + note : answer;
    }

    /// <summary>
    /// One sentence for a name several countries share, naming every country with its capitals in the given order:
    /// "South Korea's capital is Seoul, and North Korea's is Pyongyang." Each country's note follows the sentence.
    /// </summary>
    public static string ComposeShared(IReadOnlyList<(Country Country, IReadOnlyList<Capital> Capitals)> places, LocaleSpeech text, string locale, bool spoken)
    {
        var parts = new List<string>(places.Count);
        foreach (var (country, capitals) in places)
        {
            var countryName = country.SentenceNameFor(locale);
            if (capitals.Count == 1)
            {
                var capital = RolePhrase(capitals[0], text) is { } role
                    ? SpeechTemplate.Render(text.CapitalWithRole, ("capital", NameOf(capitals[0], spoken)), ("role", role))
                    : NameOf(capitals[0], spoken);
                parts.Add(SpeechTemplate.RenderPart(parts.Count == 0 ? text.SharedNameFirst : text.SharedNameNext, ("country", countryName), ("capital", capital)));
            }
            else
            {
                parts.Add(SpeechTemplate.RenderPart(
                    text.SharedNameMultiCapital,
                    ("country", countryName),
                    ("count", CountWord(capitals.Count, text)),
                    ("capitals", CapitalList(capitals, text, spoken))));
            }
        }
        var answer = new StringBuilder(SpeechTemplate.Render(text.SharedNameAnswer, ("answers", Join(parts, text.SharedNameSeparator, text.SharedNameLastSeparator))));
        foreach (var (country, _) in places)
        {
            if (country.NoteFor(locale) is { } note)
                answer.Append(' ').Append(note);
        }
        return answer.ToString();
    }

    private static string NameOf(Capital capital, bool spoken) => spoken ? capital.SpokenName : capital.Name;

    private static string? RolePhrase(Capital capital, LocaleSpeech text) =>
        capital.Role is not null && text.Roles.TryGetValue(capital.Role, out var phrase) ? phrase : null;

    private static string CountWord(int count, LocaleSpeech text)
    {
        var digits = count.ToString(CultureInfo.InvariantCulture);
        return text.Numbers.TryGetValue(digits, out var word) ? word : digits;
    }

    private static string CapitalList(IReadOnlyList<Capital> capitals, LocaleSpeech text, bool spoken) =>
        Join(
            [.. capitals.Select(capital => RolePhrase(capital, text) is { } role
                ? SpeechTemplate.Render(text.CapitalWithRole, ("capital", NameOf(capital, spoken)), ("role", role))
                : NameOf(capital, spoken))],
            text.ListSeparator,
            text.ListLastSeparator);

    private static string Join(List<string> items, string separator, string lastSeparator)
    {
        var list = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
                list.Append(i == items.Count - 1 ? lastSeparator : separator);
            list.Append(items[i]);
        }
        return list.ToString();
    }
}
