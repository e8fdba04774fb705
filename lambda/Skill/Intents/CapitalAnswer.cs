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
            var items = capitals.Select(capital => RolePhrase(capital, text) is { } role
                ? SpeechTemplate.Render(text.CapitalWithRole, ("capital", NameOf(capital, spoken)), ("role", role))
                : NameOf(capital, spoken));
            var count = capitals.Count.ToString(CultureInfo.InvariantCulture);
            answer = SpeechTemplate.Render(
                text.MultiCapitalAnswer,
                ("country", countryName),
                ("count", text.Numbers.TryGetValue(count, out var word) ? word : count),
                ("capitals", JoinList(items.ToList(), text)));
        }
        return country.NoteFor(locale) is { } note ? answer + " " + note : answer;
    }

    private static string NameOf(Capital capital, bool spoken) => spoken ? capital.SpokenName : capital.Name;

    private static string? RolePhrase(Capital capital, LocaleSpeech text) =>
        capital.Role is not null && text.Roles.TryGetValue(capital.Role, out var phrase) ? phrase : null;

    private static string JoinList(List<string> items, LocaleSpeech text)
    {
        var list = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
                list.Append(i == items.Count - 1 ? text.ListLastSeparator : text.ListSeparator);
            list.Append(items[i]);
        }
        return list.ToString();
    }
}
