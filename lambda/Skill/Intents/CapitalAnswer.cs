using System.Globalization;
using System.Text;
using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Intents;

/// <summary>The answer sentence, testable without a request: spoken (speech forms) or written (for the card).</summary>
internal static class CapitalAnswer
{
    /// <summary><paramref name="parent"/>: the country a territory or subdivision belongs to, for the description said with a territory.</summary>
    public static string Compose(Country country, IReadOnlyList<Capital> capitals, LocaleSpeech text, string locale, bool spoken, Country? parent = null)
    {
        var countryName = country.SentenceNameFor(locale);
        string answer;
        if (capitals.Count == 0)
        {
            answer = ComposeNoCapital(country, parent, text, locale);
        }
        else if (capitals.Count == 1 && capitals[0].Role is null && PlaceDescription.IsDescribedInAnswer(country)
            && PlaceDescription.For(country, parent, text, locale) is { } description)
        {
            answer = SpeechTemplate.Render(text.PlaceCapitalAnswer, ("capital", NameOf(capitals[0], spoken)), ("place", countryName), ("description", description));
        }
        else if (capitals.Count == 1)
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

    // "Hong Kong, a special administrative region of China, is a city territory and has no separate capital."
    private static string ComposeNoCapital(Country place, Country? parent, LocaleSpeech text, string locale)
    {
        var reason = place.NoCapital ?? throw new InvalidDataException($"{place.Id} has no capital and no reason for it.");
        if (!text.NoCapitalAnswers.TryGetValue(reason, out var template))
            throw new InvalidDataException($"The speech for {locale} has no sentence for places without a capital because of '{reason}'.");
        return SpeechTemplate.Render(
            template,
            ("place", place.SentenceNameFor(locale)),
            ("description", PlaceDescription.For(place, parent, text, locale) ?? string.Empty),
            ("parent", PlaceDescription.ParentName(place, parent, locale)));
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
