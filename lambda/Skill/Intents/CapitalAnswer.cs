using System.Globalization;
using System.Text;
using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Intents;

/// <summary>The answer sentence, testable without a request: spoken (speech forms) or written (for the card).</summary>
internal static class CapitalAnswer
{
    /// <summary><paramref name="parent"/>: the country a territory or subdivision belongs to, for the description said with a territory
    /// (and with a subdivision when <paramref name="describe"/>: the user named it with a qualifier that does not fit it).</summary>
    public static string Compose(Country country, IReadOnlyList<Capital> capitals, LocaleSpeech text, string locale, bool spoken, Country? parent = null, bool describe = false) =>
        Compose(country, country.PlaceNameFor(locale), capitals, text, locale, spoken, parent, describe);

    /// <summary>As <see cref="Compose(Country, IReadOnlyList{Capital}, LocaleSpeech, string, bool, Country?, bool)"/>, with
    /// the country's <see cref="Country.PlaceNameFor"/> the caller already looked up (for the card title too).</summary>
    public static string Compose(Country country, PlaceName countryName, IReadOnlyList<Capital> capitals, LocaleSpeech text, string locale, bool spoken, Country? parent = null, bool describe = false)
    {
        string answer;
        if (capitals.Count == 0)
        {
            answer = ComposeNoCapital(country, countryName, parent, text, locale);
        }
        else if (capitals.Count == 1 && capitals[0].Role is null && (describe || PlaceDescription.IsDescribedInAnswer(country))
            && PlaceDescription.For(country, parent, text, locale) is { } description)
        {
            answer = SpeechTemplate.Render(KindCapitalWord.In(text.PlaceCapitalAnswer, country, text), ("capital", NameOf(capitals[0], spoken, locale)), SpeechValue.Place("place", countryName), ("description", description));
        }
        else if (capitals.Count == 1)
        {
            var capital = capitals[0];
            answer = RolePhrase(capital, text) is { } role
                ? SpeechTemplate.Render(KindCapitalWord.In(text.CapitalAnswerWithRole, country, text), SpeechValue.Place("country", countryName), ("capital", NameOf(capital, spoken, locale)), ("role", role))
                : SpeechTemplate.Render(KindCapitalWord.In(text.CapitalAnswer, country, text), SpeechValue.Place("country", countryName), ("capital", NameOf(capital, spoken, locale)));
        }
        else
        {
            answer = SpeechTemplate.Render(
                KindCapitalWord.In(text.MultiCapitalAnswer, country, text),
                SpeechValue.Place("country", countryName),
                ("count", CountWord(capitals.Count, text)),
                ("capitals", CapitalList(capitals, text, spoken, locale)));
        }
        return country.NoteFor(locale) is { } note ? answer + " " + note : answer;
    }

    /// <summary>
    /// One sentence for a name several countries share, naming every country with its capitals in the given order:
    /// "South Korea's capital is Seoul, and North Korea's is Pyongyang." Each country's note follows the sentence.
    /// </summary>
    /// <remarks>
    /// When a place of the name belongs to a country ("Georgia": the country and the US state), every place is said with
    /// what it is: "Tbilisi is the capital of the country Georgia, and Atlanta is the capital of Georgia, a state of
    /// the United States." <paramref name="findParent"/> finds the parent of such a place.
    /// </remarks>
    /// <remarks><paramref name="isQualified"/>, when given, says which places are said with what they are (a list of places
    /// the user named says so only the places of a name that is itself ambiguous: "Georgia and Spain").</remarks>
    public static string ComposeShared(IReadOnlyList<(Country Country, IReadOnlyList<Capital> Capitals)> places, LocaleSpeech text, string locale, bool spoken, Func<string?, Country?>? findParent = null, Func<Country, bool>? isQualified = null)
    {
        var parts = new List<string>(places.Count);
        var qualifyAll = places.Any(place => place.Country.Parent is not null);
        foreach (var (country, capitals) in places)
        {
            var qualify = isQualified?.Invoke(country) ?? qualifyAll;
            var countryName = qualify ? QualifiedName(country, findParent?.Invoke(country.Parent), text, locale) : country.PlaceNameFor(locale);
            if (qualify && capitals.Count == 1 && capitals[0].Role is null)
            {
                parts.Add(SpeechTemplate.RenderPart(KindCapitalWord.In(text.SharedPlacePart, country, text), ("capital", NameOf(capitals[0], spoken, locale)), SpeechValue.Place("place", countryName)));
            }
            else if (capitals.Count == 1)
            {
                var capital = RolePhrase(capitals[0], text) is { } role
                    ? SpeechTemplate.Render(text.CapitalWithRole, ("capital", NameOf(capitals[0], spoken, locale)), ("role", role))
                    : NameOf(capitals[0], spoken, locale);
                parts.Add(SpeechTemplate.RenderPart(KindCapitalWord.In(parts.Count == 0 ? text.SharedNameFirst : text.SharedNameNext, country, text), SpeechValue.Place("country", countryName), ("capital", capital)));
            }
            else
            {
                parts.Add(SpeechTemplate.RenderPart(
                    KindCapitalWord.In(text.SharedNameMultiCapital, country, text),
                    SpeechValue.Place("country", countryName),
                    ("count", CountWord(capitals.Count, text)),
                    ("capitals", CapitalList(capitals, text, spoken, locale))));
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

    // "the country Georgia", "Georgia, a state of the United States"; its forms are the template said with the name's forms.
    private static PlaceName QualifiedName(Country place, Country? parent, LocaleSpeech text, string locale) =>
        place.Parent is null
            ? PlaceDescription.WithName(text.SharedPlaceCountry, place.PlaceNameFor(locale))
            : PlaceDescription.WithName(text.SharedPlaceWithDescription, place.PlaceNameFor(locale), PlaceDescription.For(place, parent, text, locale) ?? string.Empty);

    // "Hong Kong, a special administrative region of China, is a city territory and has no separate capital."
    private static string ComposeNoCapital(Country place, PlaceName placeName, Country? parent, LocaleSpeech text, string locale)
    {
        var reason = place.NoCapital ?? throw new InvalidDataException($"{place.Id} has no capital and no reason for it.");
        if (!text.NoCapitalAnswers.TryGetValue(reason, out var template))
            throw new InvalidDataException($"The speech for {locale} has no sentence for places without a capital because of '{reason}'.");
        return SpeechTemplate.Render(
            template,
            SpeechValue.Place("place", placeName),
            ("description", PlaceDescription.For(place, parent, text, locale) ?? string.Empty),
            SpeechValue.Place("parent", PlaceDescription.ParentName(place, parent, locale)));
    }

    /// <summary>
    /// Whether the written answer (the card's) differs from the spoken one: only a capital's name can make them differ
    /// ("Washington, D.C." written, "Washington D.C." spoken), so an answer whose capitals are written as spoken is
    /// composed once.
    /// </summary>
    public static bool WrittenDiffersFromSpoken(IReadOnlyList<Capital> capitals, string locale)
    {
        for (var i = 0; i < capitals.Count; i++)
        {
            if (NameOf(capitals[i], spoken: true, locale) != NameOf(capitals[i], spoken: false, locale))
                return true;
        }
        return false;
    }

    private static string NameOf(Capital capital, bool spoken, string locale) => spoken ? capital.SpokenNameFor(locale) : capital.NameFor(locale);

    private static string? RolePhrase(Capital capital, LocaleSpeech text) =>
        capital.Role is not null && text.Roles.TryGetValue(capital.Role, out var phrase) ? phrase : null;

    private static string CountWord(int count, LocaleSpeech text)
    {
        var digits = count.ToString(CultureInfo.InvariantCulture);
        return text.Numbers.TryGetValue(digits, out var word) ? word : digits;
    }

    private static string CapitalList(IReadOnlyList<Capital> capitals, LocaleSpeech text, bool spoken, string locale) =>
        Join(
            [.. capitals.Select(capital => RolePhrase(capital, text) is { } role
                ? SpeechTemplate.Render(text.CapitalWithRole, ("capital", NameOf(capital, spoken, locale)), ("role", role))
                : NameOf(capital, spoken, locale))],
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
