namespace WorldCapitals.Skill.Speech;

/// <summary>
/// Everything the skill says in one locale: Speech/&lt;language&gt;.json carries every member, Speech/&lt;locale&gt;.json
/// only those that differ (<see cref="SpeechCatalog"/>). Every place placeholder ({country}, {place}, {parent}, {name})
/// also comes as {countryOf} ("du Japon": the place after the language's "capital of", with its preposition and
/// article) and {countrySubject} ("le Japon": the place as a sentence subject), from the data's forms; without forms
/// all three are the name. The first letter of a sentence is capitalised by the renderer. A template around {name}
/// ("{name}, {description}") gets the name's forms in {name} where its result is itself said as {placeOf}.
/// The files' member names are those of <see cref="SpeechFile.ToLocaleSpeech"/> (the property names, camel-cased).
/// </summary>
public sealed class LocaleSpeech
{
    public required string SkillName { get; init; }

    public required string Welcome { get; init; }

    public required string WelcomeReprompt { get; init; }

    public required string Help { get; init; }

    public required string HelpReprompt { get; init; }

    public required string Goodbye { get; init; }

    public required string Fallback { get; init; }

    public required string FallbackReprompt { get; init; }

    public required string Error { get; init; }

    public required string ErrorReprompt { get; init; }

    /// <summary>The answer for a single capital: {country}, {capital}.</summary>
    public required string CapitalAnswer { get; init; }

    /// <summary>A single capital that needs its role said: {country}, {capital}, {role}.</summary>
    public required string CapitalAnswerWithRole { get; init; }

    /// <summary>Several capitals: {country}, {count} (a number word), {capitals} (the list).</summary>
    public required string MultiCapitalAnswer { get; init; }

    /// <summary>One item of the list: {capital}, {role}.</summary>
    public required string CapitalWithRole { get; init; }

    public required string ListSeparator { get; init; }

    public required string ListLastSeparator { get; init; }

    /// <summary>
    /// A name several countries share ("Korea"), one sentence naming every one: {answers}, the parts below joined
    /// by <see cref="SharedNameSeparator"/> and, before the last, <see cref="SharedNameLastSeparator"/>.
    /// </summary>
    public required string SharedNameAnswer { get; init; }

    /// <summary>The first country of a shared name: {country}, {capital} (with its role where it has one).</summary>
    public required string SharedNameFirst { get; init; }

    /// <summary>Each following country: {country}, {capital}.</summary>
    public required string SharedNameNext { get; init; }

    /// <summary>A country with several capitals, in any position: {country}, {count}, {capitals}.</summary>
    public required string SharedNameMultiCapital { get; init; }

    public required string SharedNameSeparator { get; init; }

    public required string SharedNameLastSeparator { get; init; }

    /// <summary>{name}: the shared name ("Korea").</summary>
    public required string SharedNameCardTitle { get; init; }

    /// <summary>The card title of a list of places said in one question: {places}, their names joined by
    /// <see cref="PlaceListSeparator"/> and, before the last, <see cref="PlaceListLastSeparator"/>.</summary>
    public required string PlaceListCardTitle { get; init; }

    public required string PlaceListSeparator { get; init; }

    public required string PlaceListLastSeparator { get; init; }

    /// <summary>{country}.</summary>
    public required string CapitalCardTitle { get; init; }

    /// <summary>Said after an answer inside an open session.</summary>
    public required string FollowUp { get; init; }

    public required string FollowUpReprompt { get; init; }

    /// <summary>
    /// The words of a place name written in lower case when the skill writes back a name it heard (Alexa sends slot
    /// values in lower case): articles, prepositions, "and", "or"; one ending in an apostrophe ("l'") is an elided
    /// article, written before the capitalised word it is joined to. Every other word gets a capital first letter.
    /// </summary>
    public required IReadOnlySet<string> LowercaseNameWords { get; init; }

    /// <summary>{spoken}: what the user said.</summary>
    public required string NotFound { get; init; }

    public required string NotFoundReprompt { get; init; }

    /// <summary>Asked when the country slot is empty.</summary>
    public required string AskCountry { get; init; }

    public required string AskCountryReprompt { get; init; }

    /// <summary>Number words for the count of capitals, keyed by the digit.</summary>
    public required IReadOnlyDictionary<string, string> Numbers { get; init; }

    /// <summary>How each capital role key of the data is said.</summary>
    public required IReadOnlyDictionary<string, string> Roles { get; init; }

    /// <summary>The answer for a territory, which says what it is: {capital}, {place}, {description}.</summary>
    public required string PlaceCapitalAnswer { get; init; }

    /// <summary>What a place of each kind is ("an autonomous territory of {parent}"), keyed by the data's kind; a kind
    /// the language words differently in one country is keyed by kind and parent id too ("state@DE": "ein deutsches
    /// Bundesland", where other countries' states are "Bundesstaaten"), and that entry wins.</summary>
    public required IReadOnlyDictionary<string, string> PlaceDescriptions { get; init; }

    /// <summary>One place of a name that places of different kinds share: {capital}, {place} (said with what it is).</summary>
    public required string SharedPlacePart { get; init; }

    /// <summary>A country among the places of a shared name: {name} ("the country Georgia").</summary>
    public required string SharedPlaceCountry { get; init; }

    /// <summary>A place of a country among the places of a shared name: {name}, {description}.</summary>
    public required string SharedPlaceWithDescription { get; init; }

    /// <summary>The answer for an area without a capital, keyed by the data's reason: {place}, {description}, {parent}.</summary>
    public required IReadOnlyDictionary<string, string> NoCapitalAnswers { get; init; }

    /// <summary>The reverse question ("what is Nairobi the capital of?"): {city}, {places} (the parts below, joined).</summary>
    public required string CityAnswer { get; init; }

    /// <summary>A place the city is the capital of, where the part before it is not: {place} ("the capital of Kenya").</summary>
    public required string CityCapitalOf { get; init; }

    /// <summary>A further place the city is the capital of, right after another one: {place} ("of British Columbia, ...").</summary>
    public required string CityAlsoCapitalOf { get; init; }

    /// <summary>A place the city is a capital of in a role, keyed by the data's role: {place} ("the executive capital of {place}").</summary>
    public required IReadOnlyDictionary<string, string> CityRoles { get; init; }

    /// <summary>A place of a country, said with what it is: {name}, {description}.</summary>
    public required string CityPlaceWithDescription { get; init; }

    public required string CityPlaceSeparator { get; init; }

    /// <summary>Optional. Places of one kind in one country the city is the capital of, said once: {places} (their
    /// names, joined by <see cref="CityGroupLastSeparator"/>; {placesOf} and {placesSubject} join their forms), {count}, {description} (from
    /// <see cref="PlaceDescriptionsPlural"/>): "the capital of Haryana and Punjab, two states of India".</summary>
    public string? CityPlaceGroup { get; init; }

    public string? CityGroupLastSeparator { get; init; }

    /// <summary>Optional. What several places of one kind are, keyed by the data's kind (or kind and parent id, as
    /// <see cref="PlaceDescriptions"/>): {parent} ("states of {parent}").</summary>
    public IReadOnlyDictionary<string, string>? PlaceDescriptionsPlural { get; init; }

    /// <summary>Optional. Said after the places when the city is also a place of its own name: {description}
    /// (", and is itself a union territory of India").</summary>
    public string? CityItself { get; init; }

    public required string CityPlaceLastSeparator { get; init; }

    /// <summary>Optional, with <see cref="CapitalWordsByKind"/>. The word for "capital" as this locale's templates write it
    /// ("首都"); in every template said of a place whose kind has a word of its own in <see cref="CapitalWordsByKind"/>, that
    /// word takes its place: Japanese says 州都 of a state's or province's capital ("テキサス州の州都はオースティンです").</summary>
    public string? CapitalWord { get; init; }

    /// <summary>Optional. The word for the capital of a place of a kind, keyed as <see cref="PlaceDescriptions"/> (kind, or
    /// kind and parent id).</summary>
    public IReadOnlyDictionary<string, string>? CapitalWordsByKind { get; init; }

    /// <summary>{city}.</summary>
    public required string CityCardTitle { get; init; }

    /// <summary>{spoken}: what the user said.</summary>
    public required string CityNotFound { get; init; }

    public required string CityNotFoundReprompt { get; init; }

    /// <summary>Asked when the city slot is empty.</summary>
    public required string AskCity { get; init; }

    public required string AskCityReprompt { get; init; }
}
