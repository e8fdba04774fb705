using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Alexa.Ssml;
using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Intents;

/// <summary>
/// "What's the capital of X?". A one-shot question ends the session after the answer; inside an open
/// session the answer is followed by a short prompt and the session stays open, so "what about Spain"
/// works next. Which of the two it is comes from the request alone (<c>session.new</c>).
/// </summary>
internal sealed class CapitalIntentHandler(CountrySlotResolver resolver, ICapitalDirectory directory, SpeechCatalog speech)
    : IRequestHandler, ICanFulfillIntent
{
    public const string IntentName = "CapitalIntent";
    public const string CountrySlot = "country";

    // The model's slots for "is X the capital of Y (or is it Z)": the answer is the same whatever the guess, so the
    // skill never reads them, but Alexa sends them unfilled with every request of the intent (KnownStrings).
    public const string GuessSlot = "guess";
    public const string OtherGuessSlot = "otherGuess";

    public bool CanHandle(HandlerInput input) => input.IntentName == IntentName;

    public async ValueTask<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        var text = speech.For(input.Locale);
        var intent = ((IntentRequest)input.Request).Intent;
        var resolution = resolver.Resolve(intent?.GetSlot(CountrySlot), input.Locale);
        var qualifier = intent is null ? PlaceQualifier.None : resolver.QualifierOf(intent, resolution, input.Locale);

        if (resolution.List is { } list && await AnswerListAsync(input, text, list, cancellationToken) is { } listAnswer)
            return listAnswer;
        if (resolution.SharedName is { } shared)
        {
            // "Georgia the country": the qualifier picks among the places of the name; one that fits none picks nothing.
            var picked = qualifier.Narrow(PlacesOf(shared));
            return picked.Count == 1
                ? await AnswerPlaceAsync(input, text, picked[0], describe: false, cancellationToken)
                : await AnswerSharedNameAsync(input, text, shared, picked, cancellationToken);
        }
        if (resolution.Country is null)
            return resolution.Spoken is null ? AskForCountry(input, text) : NotFound(input, text, resolution.Spoken);
        if (qualifier.IsEmpty || qualifier.Fits(resolution.Country))
            return await AnswerPlaceAsync(input, text, resolution.Country, describe: false, cancellationToken);

        // "The state of Mexico" is a place of Mexico named after it. Otherwise the qualifier fits no place the skill
        // knows ("Punjab in Pakistan"): the place is answered with what it is, so the user hears which one it is.
        return resolver.PlaceNamedAfter(resolution.Country, qualifier, input.Locale) is { } named
            ? await AnswerPlaceAsync(input, text, named, describe: false, cancellationToken)
            : await AnswerPlaceAsync(input, text, resolution.Country, describe: true, cancellationToken);
    }

    // Its own method: the lambda's closure is allocated where it is declared, on every request had it stayed in HandleAsync.
    private List<Country> PlacesOf(SharedName shared) =>
        shared.PlaceIds.Select(id => resolver.FindCountry(id) ?? throw new InvalidOperationException($"Shared name {shared.Id} names unknown place {id}.")).ToList();

    private async ValueTask<SkillResponse> AnswerPlaceAsync(HandlerInput input, LocaleSpeech text, Country country, bool describe, CancellationToken cancellationToken)
    {
        // An area without a capital (Hong Kong, Antarctica) has nothing an operator could correct in the directory.
        var capitals = country.NoCapital is not null
            ? country.Capitals
            : await directory.FindCapitalsAsync(country, cancellationToken);
        var parent = resolver.FindCountry(country.Parent);
        input.Summary.EntityId = country.Id;
        input.Summary.Outcome = capitals.Count == 0 ? "no-capital" : "answered";

        // Looked up once for the answer, the written answer and the card title.
        var countryName = country.PlaceNameFor(input.Locale);
        var spokenAnswer = CapitalAnswer.Compose(country, countryName, capitals, text, input.Locale, spoken: true, parent, describe);
        var writtenAnswer = CapitalAnswer.WrittenDiffersFromSpoken(capitals, input.Locale)
            ? CapitalAnswer.Compose(country, countryName, capitals, text, input.Locale, spoken: false, parent, describe)
            : spokenAnswer;
        var cardTitle = SpeechTemplate.Render(KindCapitalWord.In(text.CapitalCardTitle, country, text), SpeechValue.Place("country", countryName));
        return Answer(input, text, cardTitle, spokenAnswer, writtenAnswer);
    }

    /// <summary>
    /// YES when the question names a country the skill knows (or a name several countries share, which the skill
    /// answers with every one), MAYBE when it names none yet (the skill would ask), NO otherwise. A slot understood
    /// only from a guess (a name inside extra words, a forgiving match) is MAYBE understood.
    /// </summary>
    public CanFulfillIntent? CanFulfill(Intent intent, string locale)
    {
        if (intent.Name != IntentName)
            return null;
        var resolution = resolver.Resolve(intent.GetSlot(CountrySlot), locale);
        if (!resolution.IsResolved && resolution.Spoken is null)
            return new CanFulfillIntent { CanFulfill = CanFulfillValues.Maybe };
        var known = resolution.IsResolved ? CanFulfillValues.Yes : CanFulfillValues.No;
        return new CanFulfillIntent
        {
            CanFulfill = known,
            Slots = new()
            {
                [CountrySlot] = new CanFulfillSlot
                {
                    CanUnderstand = resolution.Method switch
                    {
                        CountryResolutionMethod.EntityResolution or CountryResolutionMethod.Name => CanFulfillValues.Yes,
                        CountryResolutionMethod.ExtraWords or CountryResolutionMethod.ForgivingMatch => CanFulfillValues.Maybe,
                        _ => CanFulfillValues.No,
                    },
                    CanFulfill = known,
                },
            },
        };
    }

    // "Korea": every country of the name (or those a qualifier left) in one sentence; nothing is asked and nothing is kept.
    private async ValueTask<SkillResponse> AnswerSharedNameAsync(
        HandlerInput input, LocaleSpeech text, SharedName shared, IReadOnlyList<Country> countries, CancellationToken cancellationToken)
    {
        var places = new List<(Country Country, IReadOnlyList<Capital> Capitals)>(countries.Count);
        foreach (var country in countries)
        {
            places.Add((country, await directory.FindCapitalsAsync(country, cancellationToken)));
        }
        input.Summary.EntityId = countries.Count == shared.PlaceIds.Count ? shared.Id : SharedName.IdOf(countries.Select(country => country.Id));
        input.Summary.Outcome = "ambiguous";

        var cardTitle = SpeechTemplate.Render(text.SharedNameCardTitle, SpeechValue.Place("name", PlaceName.Bare(shared.NameFor(input.Locale))));
        return AnswerPlaces(input, text, places, cardTitle, isQualified: null);
    }

    /// <summary>Several places in one sentence (<see cref="CapitalAnswer.ComposeShared"/>), written again only where a
    /// capital is written otherwise than said.</summary>
    private SkillResponse AnswerPlaces(
        HandlerInput input, LocaleSpeech text, List<(Country Country, IReadOnlyList<Capital> Capitals)> places, string cardTitle, Func<Country, bool>? isQualified)
    {
        var spokenAnswer = CapitalAnswer.ComposeShared(places, text, input.Locale, spoken: true, resolver.FindCountry, isQualified);
        var writtenAnswer = places.Exists(place => CapitalAnswer.WrittenDiffersFromSpoken(place.Capitals, input.Locale))
            ? CapitalAnswer.ComposeShared(places, text, input.Locale, spoken: false, resolver.FindCountry, isQualified)
            : spokenAnswer;
        return Answer(input, text, cardTitle, spokenAnswer, writtenAnswer);
    }

    // "Spain and Portugal": every place named, in the order said, in the shared name's sentence. A name of the list that
    // is itself shared ("Georgia") answers all its places, each said with what it is. Null when a place of the list has no
    // capital (its answer is a sentence of its own): the slot is then answered as before, as one name.
    private async ValueTask<SkillResponse?> AnswerListAsync(
        HandlerInput input, LocaleSpeech text, IReadOnlyList<LookupResult> list, CancellationToken cancellationToken)
    {
        var places = new List<(Country Country, IReadOnlyList<Capital> Capitals)>(list.Count + 1);
        var names = new List<string>(list.Count);
        var qualified = new HashSet<Country>();
        foreach (var part in list)
        {
            IReadOnlyList<Country> countries = part.SharedName is { } shared ? PlacesOf(shared) : [part.Country!];
            if (part.SharedName is not null && countries.Any(country => country.Parent is not null))
                qualified.UnionWith(countries);
            names.Add(part.SharedName is { } named ? named.NameFor(input.Locale) : part.Country!.PlaceNameFor(input.Locale).Name);
            foreach (var country in countries)
            {
                if (country.NoCapital is not null)
                    return null;
                places.Add((country, await directory.FindCapitalsAsync(country, cancellationToken)));
            }
        }
        input.Summary.EntityId = SharedName.IdOf(places.Select(place => place.Country.Id));
        input.Summary.Outcome = "answered";

        var cardTitle = SpeechTemplate.Render(text.PlaceListCardTitle, ("places", PlaceNames(names, text)));
        return AnswerPlaces(input, text, places, cardTitle, qualified.Contains);
    }

    private static string PlaceNames(List<string> names, LocaleSpeech text) =>
        string.Join(text.PlaceListSeparator, names[..^1]) + text.PlaceListLastSeparator + names[^1];

    /// <summary>An answer with its card: a one-shot ends the session, an open session gets a prompt and stays open.</summary>
    internal static SkillResponse Answer(HandlerInput input, LocaleSpeech text, string cardTitle, string spokenAnswer, string writtenAnswer)
    {
        var builder = input.ResponseBuilder.WithSimpleCard(cardTitle, writtenAnswer);
        if (!input.IsInOpenSession)
            return builder.Speak(SsmlBuilder.FromText(spokenAnswer)).EndSession(true).Build();

        return builder
            .Speak(new SsmlBuilder().Sentence(spokenAnswer).Sentence(text.FollowUp).Build())
            .Reprompt(SsmlBuilder.FromText(text.FollowUpReprompt))
            .EndSession(false)
            .Build();
    }

    private static SkillResponse AskForCountry(HandlerInput input, LocaleSpeech text) =>
        OpenQuestionResponses.AskFor(input, "asked-country", text.AskCountry, text.AskCountryReprompt);

    private static SkillResponse NotFound(HandlerInput input, LocaleSpeech text, string spoken)
    {
        var echoed = EchoedName.Write(spoken, text);
        return OpenQuestionResponses.NotFound(input, SpeechTemplate.Render(text.NotFound, ("spoken", echoed)), text.NotFoundReprompt, text.SkillName);
    }
}
