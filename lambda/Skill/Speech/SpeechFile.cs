using System.Text.Json;
using static WorldCapitals.Skill.Alexa.Parsing.JsonReading;

namespace WorldCapitals.Skill.Speech;

/// <summary>
/// One speech file as read: its texts and its maps (numbers, roles, ...) by member name, read in one forward pass.
/// The serializer's metadata for <see cref="LocaleSpeech"/> cost a cold start more than reading the file itself.
/// </summary>
internal sealed class SpeechFile
{
    private readonly string _name;
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _maps = new(StringComparer.Ordinal);

    private SpeechFile(string name) => _name = name;

    /// <summary>Reads a speech file; <paramref name="name"/> ("fr-CA.json") names it in errors.</summary>
    public static SpeechFile Read(ReadOnlySpan<byte> utf8, string name)
    {
        var file = new SpeechFile(name);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        ReadValue(ref reader);
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new InvalidDataException($"The speech file {name} is not a JSON object.");
        while (NextProperty(ref reader))
        {
            var member = reader.GetString()!;
            ReadValue(ref reader);
            if (reader.TokenType == JsonTokenType.StartObject)
                file._maps[member] = ReadMap(ref reader, name, member);
            else
                file._texts[member] = String(ref reader, member) ?? throw new InvalidDataException($"The speech file {name} has null for \"{member}\".");
        }
        return file;
    }

    /// <summary>
    /// Takes a locale's differences (<paramref name="differences"/>, e.g. fr-CA.json): its texts replace this file's,
    /// the entries of its maps replace the entries of this file's maps. It may only hold members (and map entries) this
    /// file has.
    /// </summary>
    public void Apply(SpeechFile differences)
    {
        foreach (var (member, text) in differences._texts)
        {
            if (!_texts.ContainsKey(member))
                throw Unknown(differences, member);
            _texts[member] = text;
        }
        foreach (var (member, changes) in differences._maps)
        {
            if (!_maps.TryGetValue(member, out var map))
                throw Unknown(differences, member);
            foreach (var (entry, text) in changes)
            {
                if (!map.ContainsKey(entry))
                    throw Unknown(differences, $"{member}.{entry}");
                map[entry] = text;
            }
        }
    }

    /// <summary>The speech these members say; every member <see cref="LocaleSpeech"/> requires must be present.</summary>
    public LocaleSpeech ToLocaleSpeech()
    {
        if (_texts.ContainsKey("capitalWord") != _maps.ContainsKey("capitalWordsByKind"))
            throw new InvalidDataException($"The speech file {_name} has one of \"capitalWord\" and \"capitalWordsByKind\" without the other.");
        return ToLocaleSpeechMembers();
    }

    private LocaleSpeech ToLocaleSpeechMembers() => new()
    {
        SkillName = Text("skillName"),
        Welcome = Text("welcome"),
        WelcomeReprompt = Text("welcomeReprompt"),
        Help = Text("help"),
        HelpReprompt = Text("helpReprompt"),
        Goodbye = Text("goodbye"),
        Fallback = Text("fallback"),
        FallbackReprompt = Text("fallbackReprompt"),
        Error = Text("error"),
        ErrorReprompt = Text("errorReprompt"),
        CapitalAnswer = Text("capitalAnswer"),
        CapitalAnswerWithRole = Text("capitalAnswerWithRole"),
        MultiCapitalAnswer = Text("multiCapitalAnswer"),
        CapitalWithRole = Text("capitalWithRole"),
        ListSeparator = Text("listSeparator"),
        ListLastSeparator = Text("listLastSeparator"),
        SharedNameAnswer = Text("sharedNameAnswer"),
        SharedNameFirst = Text("sharedNameFirst"),
        SharedNameNext = Text("sharedNameNext"),
        SharedNameMultiCapital = Text("sharedNameMultiCapital"),
        SharedNameSeparator = Text("sharedNameSeparator"),
        SharedNameLastSeparator = Text("sharedNameLastSeparator"),
        SharedNameCardTitle = Text("sharedNameCardTitle"),
        PlaceListCardTitle = Text("placeListCardTitle"),
        PlaceListSeparator = Text("placeListSeparator"),
        PlaceListLastSeparator = Text("placeListLastSeparator"),
        CapitalCardTitle = Text("capitalCardTitle"),
        FollowUp = Text("followUp"),
        FollowUpReprompt = Text("followUpReprompt"),
        NotFound = Text("notFound"),
        NotFoundReprompt = Text("notFoundReprompt"),
        LowercaseNameWords = Words("lowercaseNameWords"),
        AskCountry = Text("askCountry"),
        AskCountryReprompt = Text("askCountryReprompt"),
        Numbers = Map("numbers"),
        Roles = Map("roles"),
        PlaceCapitalAnswer = Text("placeCapitalAnswer"),
        PlaceDescriptions = Map("placeDescriptions"),
        SharedPlacePart = Text("sharedPlacePart"),
        SharedPlaceCountry = Text("sharedPlaceCountry"),
        SharedPlaceWithDescription = Text("sharedPlaceWithDescription"),
        NoCapitalAnswers = Map("noCapitalAnswers"),
        CityAnswer = Text("cityAnswer"),
        CityCapitalOf = Text("cityCapitalOf"),
        CityAlsoCapitalOf = Text("cityAlsoCapitalOf"),
        CityRoles = Map("cityRoles"),
        CityPlaceWithDescription = Text("cityPlaceWithDescription"),
        CityPlaceSeparator = Text("cityPlaceSeparator"),
        CityPlaceGroup = _texts.GetValueOrDefault("cityPlaceGroup"),
        CityGroupLastSeparator = _texts.GetValueOrDefault("cityGroupLastSeparator"),
        PlaceDescriptionsPlural = _maps.GetValueOrDefault("placeDescriptionsPlural"),
        CityItself = _texts.GetValueOrDefault("cityItself"),
        CityPlaceLastSeparator = Text("cityPlaceLastSeparator"),
        CapitalWord = _texts.GetValueOrDefault("capitalWord"),
        CapitalWordsByKind = _maps.GetValueOrDefault("capitalWordsByKind"),
        CityCardTitle = Text("cityCardTitle"),
        CityNotFound = Text("cityNotFound"),
        CityNotFoundReprompt = Text("cityNotFoundReprompt"),
        AskCity = Text("askCity"),
        AskCityReprompt = Text("askCityReprompt"),
    };

    private string Text(string member) =>
        _texts.TryGetValue(member, out var text) ? text : throw Missing(member, "a text");

    private HashSet<string> Words(string member) =>
        new(Text(member).Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    private Dictionary<string, string> Map(string member) =>
        _maps.TryGetValue(member, out var map) ? map : throw Missing(member, "an object of texts");

    private InvalidDataException Missing(string member, string what) =>
        new($"The speech file {_name} has no \"{member}\" ({what}).");

    private InvalidDataException Unknown(SpeechFile differences, string member) =>
        new($"The speech file {differences._name} has \"{member}\", which {_name} does not have: a locale file holds only members of its language's file.");

    private static Dictionary<string, string> ReadMap(ref Utf8JsonReader reader, string name, string member)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (NextProperty(ref reader))
        {
            var key = reader.GetString()!;
            ReadValue(ref reader);
            map[key] = String(ref reader, $"{member}.{key}") ?? throw new InvalidDataException($"The speech file {name} has null for \"{member}.{key}\".");
        }
        return map;
    }
}
