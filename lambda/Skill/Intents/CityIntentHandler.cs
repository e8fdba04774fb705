using System.Globalization;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Intents;

/// <summary>
/// The reverse question: "what is Nairobi the capital of?", "which country has Canberra as its capital?". Every
/// place of the data with a capital of that name is named in one sentence, with the city's role where it has one
/// ("Pretoria is the executive capital of South Africa.") and what a place of a country is, then the note of a
/// disputed case. Ends a one-shot
/// question; inside an open session a prompt follows and the session stays open, as for the capital question.
/// </summary>
internal sealed class CityIntentHandler(CityLookup cities, Func<string?, Country?> findPlace, SpeechCatalog speech)
    : IRequestHandler, ICanFulfillIntent
{
    public const string IntentName = "CityIntent";
    public const string CitySlot = "city";

    private const string EnglishLocale = "en";

    public bool CanHandle(HandlerInput input) => input.IntentName == IntentName;

    public ValueTask<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        var text = speech.For(input.Locale);
        var slot = ((IntentRequest)input.Request).Intent?.GetSlot(CitySlot);
        var spoken = SlotReading.SpokenValue(slot);
        var city = Find(slot, spoken, input.Locale);
        if (city is null)
            return ValueTask.FromResult(spoken is null ? AskForCity(input, text) : NotFound(input, text, spoken));

        input.Summary.EntityId = city.PlaceIds;
        input.Summary.Outcome = "answered";
        var spokenAnswer = Compose(city, text, input.Locale, spoken: true);
        var writtenAnswer = Compose(city, text, input.Locale, spoken: false);
        var cardTitle = SpeechTemplate.Render(text.CityCardTitle, ("city", city.NameFor(input.Locale)));
        return ValueTask.FromResult(CapitalIntentHandler.Answer(input, text, cardTitle, spokenAnswer, writtenAnswer));
    }

    /// <summary>YES for a known capital city, NO for an unknown one, MAYBE when no city was said (the skill asks for it).</summary>
    public CanFulfillIntent? CanFulfill(Intent intent, string locale)
    {
        if (intent.Name != IntentName)
            return null;
        var slot = intent.GetSlot(CitySlot);
        var spoken = SlotReading.SpokenValue(slot);
        var city = Find(slot, spoken, locale);
        if (city is null && spoken is null)
            return new CanFulfillIntent { CanFulfill = CanFulfillValues.Maybe };
        var known = city is null ? CanFulfillValues.No : CanFulfillValues.Yes;
        return new CanFulfillIntent
        {
            CanFulfill = known,
            Slots = new() { [CitySlot] = new CanFulfillSlot { CanUnderstand = known, CanFulfill = known } },
        };
    }

    /// <summary>
    /// "Victoria is the capital of Seychelles, and of British Columbia, a province of Canada." Places of one kind in one
    /// country are said together ("the capital of Haryana and Punjab, two states of India"), and a place of the city's
    /// own name comes last, as what the city itself is (", and is itself a union territory of India"), where the
    /// locale words these.
    /// </summary>
    public string Compose(CapitalCity city, LocaleSpeech text, string locale, bool spoken)
    {
        var entries = city.Places.ToList();
        var itself = entries.Count > 1 ? ItselfDescription(city, entries, text, locale) : null;
        if (itself is not null)
            entries.RemoveAll(entry => IsItself(city, entry));

        var parts = new List<string>(entries.Count);
        var previousPlain = false;
        for (var index = 0; index < entries.Count; index++)
        {
            var (place, capital) = entries[index];
            var name = SaidName(place, text, locale);
            if (capital.Role is not null && text.CityRoles.TryGetValue(capital.Role, out var role))
            {
                parts.Add(SpeechTemplate.RenderPart(KindCapitalWord.In(role, place, text), SpeechValue.Place("place", name)));
                previousPlain = false;
                continue;
            }
            var group = Group(entries, index);
            if (group.Count > 1 && GroupPart(group, text, locale) is { } grouped)
            {
                parts.Add(grouped);
                entries.RemoveAll(entry => entry != entries[index] && group.Contains(entry));
                previousPlain = false;
                continue;
            }
            parts.Add(SpeechTemplate.RenderPart(KindCapitalWord.In(previousPlain ? text.CityAlsoCapitalOf : text.CityCapitalOf, place, text), SpeechValue.Place("place", name)));
            previousPlain = true;
        }
        var places = string.Concat(parts.Select((part, i) =>
            (i == 0 ? string.Empty : i == parts.Count - 1 ? text.CityPlaceLastSeparator : text.CityPlaceSeparator) + part));
        if (itself is not null)
            places += SpeechTemplate.RenderPart(text.CityItself!, ("description", itself));
        var answer = SpeechTemplate.Render(text.CityAnswer, ("city", spoken ? city.SpokenNameFor(locale) : city.NameFor(locale)), ("places", places));
        // The neutral note of a disputed case follows, as it does after the capital question's answer.
        var notes = city.Places.Select(entry => entry.Place.NoteFor(locale)).OfType<string>();
        return string.Join(' ', notes.Prepend(answer));
    }

    // "Chandigarh" is also a union territory of its own name: what it is, when the locale can say it.
    private string? ItselfDescription(CapitalCity city, List<CapitalOf> entries, LocaleSpeech text, string locale)
    {
        if (text.CityItself is null || entries.FirstOrDefault(entry => IsItself(city, entry)) is not { Place: { } place })
            return null;
        return PlaceDescription.For(place, findPlace(place.Parent), text, locale);
    }

    // Compared by the English names, the data's own: a language may name the place apart from its city ("ベルリン州").
    private static bool IsItself(CapitalCity city, CapitalOf entry) =>
        entry.Capital.Role is null && entry.Place.Parent is not null
        && string.Equals(entry.Place.NameFor(EnglishLocale), city.NameFor(EnglishLocale), StringComparison.OrdinalIgnoreCase);

    // The plain places from this one on of the same kind in the same country (all of them, wherever they are).
    private static List<CapitalOf> Group(List<CapitalOf> entries, int index)
    {
        var first = entries[index].Place;
        return first.Parent is null
            ? [entries[index]]
            : entries.Where(entry => entry.Capital.Role is null && entry.Place.Parent == first.Parent && entry.Place.Kind == first.Kind).ToList();
    }

    private string? GroupPart(List<CapitalOf> group, LocaleSpeech text, string locale)
    {
        var first = group[0].Place;
        if (text.CityPlaceGroup is null || text.CityGroupLastSeparator is null
            || PlaceDescription.TemplateFor(text.PlaceDescriptionsPlural, first) is not { } plural)
        {
            return null;
        }
        var names = group.Select(entry => entry.Place.PlaceNameFor(locale)).ToList();
        string Joined(Func<PlaceName, string> form) =>
            string.Join(text.CityPlaceSeparator, names[..^1].Select(form)) + text.CityGroupLastSeparator + form(names[^1]);
        // {places}, {placesOf} ("du Haryana et du Pendjab") and {placesSubject}.
        var joined = new PlaceName(Joined(name => name.Name), Joined(name => name.Of), Joined(name => name.Subject));
        var digits = group.Count.ToString(CultureInfo.InvariantCulture);
        var count = text.Numbers.TryGetValue(digits, out var word) ? word : digits;
        var description = SpeechTemplate.RenderPart(plural, SpeechValue.Place("parent", PlaceDescription.ParentName(first, findPlace(first.Parent), locale)));
        return SpeechTemplate.RenderPart(KindCapitalWord.In(text.CityPlaceGroup, first, text), SpeechValue.Place("places", joined), ("count", count), ("description", description));
    }

    // A territory or subdivision is said with what it is, as the user asking may not know the place; not where that
    // would repeat its name ("the Federal District, the federal district of Brazil").
    private PlaceName SaidName(Country place, LocaleSpeech text, string locale)
    {
        var name = place.PlaceNameFor(locale);
        return place.Parent is not null
            && PlaceDescription.For(place, findPlace(place.Parent), text, locale) is { } description
            && !description.Contains(name.Name, StringComparison.OrdinalIgnoreCase)
            ? PlaceDescription.WithName(text.CityPlaceWithDescription, name, description)
            : name;
    }

    private CapitalCity? Find(Slot? slot, string? spoken, string locale) =>
        ResolvedCity(slot) ?? cities.FindBySpokenName(spoken, locale);

    private CapitalCity? ResolvedCity(Slot? slot) =>
        SlotReading.MatchedIds(slot).Select(cities.FindById).FirstOrDefault(city => city is not null);

    private static SkillResponse AskForCity(HandlerInput input, LocaleSpeech text) =>
        OpenQuestionResponses.AskFor(input, "asked-city", text.AskCity, text.AskCityReprompt);

    private static SkillResponse NotFound(HandlerInput input, LocaleSpeech text, string spoken) =>
        OpenQuestionResponses.NotFound(
            input,
            SpeechTemplate.Render(text.CityNotFound, ("spoken", EchoedName.Write(spoken, text))),
            text.CityNotFoundReprompt,
            text.SkillName);
}
