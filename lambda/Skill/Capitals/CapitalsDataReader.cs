using System.Text.Json;
using static WorldCapitals.Skill.Alexa.Parsing.JsonReading;

namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// Reads capitals.json in one forward pass. The data is read at every cold start, and this reader takes about
/// a fifth of the time the serializer's metadata-driven path does (measured in a Native AOT build).
/// </summary>
internal static class CapitalsDataReader
{
    public static CapitalsDataContents Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        ReadValue(ref reader);
        if (!IsObject(ref reader, "capitals data"))
            throw new InvalidDataException("The capitals data must be a JSON object.");
        List<Country>? countries = null;
        List<SharedName>? sharedNames = null;
        Dictionary<string, IReadOnlyList<string>>? fillerWords = null;
        Dictionary<string, IReadOnlyList<string>>? wordPrefixes = null;
        Dictionary<string, IReadOnlyList<string>>? listWords = null;
        Dictionary<string, IReadOnlyList<string>>? exclusionWords = null;
        List<string>? languages = null;
        while (NextProperty(ref reader))
        {
            if (Member(ref reader, "countries"u8))
                countries = ReadCountries(ref reader);
            else if (Member(ref reader, "sharedNames"u8))
                sharedNames = ReadSharedNames(ref reader);
            else if (Member(ref reader, "fillerWords"u8))
                fillerWords = ListMap(ref reader, "fillerWords");
            else if (Member(ref reader, "wordPrefixes"u8))
                wordPrefixes = ListMap(ref reader, "wordPrefixes");
            else if (Member(ref reader, "listWords"u8))
                listWords = ListMap(ref reader, "listWords");
            else if (Member(ref reader, "exclusionWords"u8))
                exclusionWords = ListMap(ref reader, "exclusionWords");
            else if (Member(ref reader, "languages"u8))
                languages = StringList(ref reader, "languages");
            else
                SkipValue(ref reader);
        }
        return new CapitalsDataContents(
            countries ?? throw new InvalidDataException("The capitals data has no 'countries'."),
            sharedNames ?? [],
            fillerWords ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal),
            wordPrefixes ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal),
            languages ?? [],
            listWords ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal),
            exclusionWords ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));
    }

    private static List<SharedName> ReadSharedNames(ref Utf8JsonReader reader) =>
        [.. ReadSharedNameEntries(ref reader).Select(entry => new SharedName
        {
            Id = entry.Id,
            PlaceIds = entry.Places ?? throw new InvalidDataException($"Shared name {entry.Id} has no 'places'."),
            Names = entry.Names is not null && entry.Names.TryGetValue("en", out var english) && english.Count > 0
                ? entry.Names
                : throw new InvalidDataException($"Shared name {entry.Id} has no English name."),
        })];

    /// <summary>The "sharedNames" array of capitals.json or of a language's file: each entry's id, places (capitals.json only) and names.</summary>
    internal static List<SharedNameEntry> ReadSharedNameEntries(ref Utf8JsonReader reader)
    {
        var entries = new List<SharedNameEntry>();
        for (ExpectArray(ref reader, "sharedNames"); NextItem(ref reader);)
        {
            if (!IsObject(ref reader, "shared name"))
                throw new InvalidDataException("A shared name must be a JSON object.");
            string? id = null;
            List<string>? places = null;
            Dictionary<string, IReadOnlyList<string>>? names = null;
            while (NextProperty(ref reader))
            {
                if (Member(ref reader, "id"u8))
                    id = String(ref reader, "sharedNames.id");
                else if (Member(ref reader, "places"u8))
                    places = StringList(ref reader, "sharedNames.places");
                else if (Member(ref reader, "names"u8))
                    names = ListMap(ref reader, "sharedNames.names");
                else
                    SkipValue(ref reader);
            }
            entries.Add(new SharedNameEntry(id ?? throw new InvalidDataException("A shared name has no 'id'."), places, names));
        }
        return entries;
    }

    private static List<Country> ReadCountries(ref Utf8JsonReader reader)
    {
        var countries = new List<Country>(512);
        for (ExpectArray(ref reader, "countries"); NextItem(ref reader);)
            countries.Add(ReadCountry(ref reader));
        return countries;
    }

    private static Country ReadCountry(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader, "country"))
            throw new InvalidDataException("A country must be a JSON object.");
        string? id = null;
        string? kind = null;
        string? parent = null;
        string? noCapital = null;
        var members = new PlaceLanguageMembers();
        List<Capital>? capitals = null;
        while (NextProperty(ref reader))
        {
            if (Member(ref reader, "id"u8))
                id = String(ref reader, "id");
            else if (Member(ref reader, "kind"u8))
                kind = String(ref reader, "kind");
            else if (Member(ref reader, "parent"u8))
                parent = String(ref reader, "parent");
            else if (Member(ref reader, "noCapital"u8))
                noCapital = String(ref reader, "noCapital");
            else if (Member(ref reader, "capitals"u8))
                capitals = ReadCapitals(ref reader);
            else if (!ReadLanguageMember(ref reader, members))
                SkipValue(ref reader);
        }
        if (id is null)
            throw new InvalidDataException("A country has no 'id'.");
        return members.ToCountry(
            id,
            kind ?? throw new InvalidDataException($"Country {id} has no 'kind'."),
            parent,
            noCapital,
            capitals is null ? throw new InvalidDataException($"Country {id} has no 'capitals'.")
                : capitals.Count == 0 && noCapital is null ? throw new InvalidDataException($"Country {id} has no capital and no 'noCapital' reason.")
                : capitals);
    }

    /// <summary>Reads the member at the reader into <paramref name="members"/> when it is one of a place's by-language members.</summary>
    internal static bool ReadLanguageMember(ref Utf8JsonReader reader, PlaceLanguageMembers members)
    {
        if (Member(ref reader, "parentNames"u8))
            members.ParentNames = StringMap(ref reader, "parentNames");
        else if (Member(ref reader, "names"u8))
            members.Names = StringMap(ref reader, "names");
        else if (Member(ref reader, "sentenceNames"u8))
            members.SentenceNames = StringMap(ref reader, "sentenceNames");
        else if (Member(ref reader, "forms"u8))
            members.Forms = ReadForms(ref reader);
        else if (Member(ref reader, "aliases"u8))
            members.Aliases = ListMap(ref reader, "aliases");
        else if (Member(ref reader, "qualifiedNames"u8))
            members.QualifiedNames = ListMap(ref reader, "qualifiedNames");
        else if (Member(ref reader, "nationalities"u8))
            members.Nationalities = ListMap(ref reader, "nationalities");
        else if (Member(ref reader, "note"u8))
            members.Note = StringMap(ref reader, "note");
        else
            return false;
        return true;
    }

    private static List<Capital> ReadCapitals(ref Utf8JsonReader reader)
    {
        var capitals = new List<Capital>(1);
        for (ExpectArray(ref reader, "capitals"); NextItem(ref reader);)
        {
            if (!IsObject(ref reader, "capital"))
                throw new InvalidDataException("A capital must be a JSON object.");
            string? name = null;
            string? speech = null;
            string? role = null;
            Dictionary<string, string>? names = null;
            Dictionary<string, IReadOnlyList<string>>? aliases = null;
            while (NextProperty(ref reader))
            {
                if (Member(ref reader, "name"u8))
                    name = String(ref reader, "capital.name");
                else if (Member(ref reader, "speech"u8))
                    speech = String(ref reader, "capital.speech");
                else if (Member(ref reader, "role"u8))
                    role = String(ref reader, "capital.role");
                else if (Member(ref reader, "names"u8))
                    names = StringMap(ref reader, "capital.names");
                else if (Member(ref reader, "aliases"u8))
                    aliases = ListMap(ref reader, "capital.aliases");
                else
                    SkipValue(ref reader);
            }
            capitals.Add(new Capital { Name = name ?? throw new InvalidDataException("A capital has no 'name'."), Speech = speech, Role = role, Names = names, Aliases = aliases });
        }
        return capitals;
    }

    // "forms": { "fr": { "of": "de la France", "subject": "la France" }, ... }
    internal static Dictionary<string, PlaceForms>? ReadForms(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader, "forms"))
            return null;
        var forms = new Dictionary<string, PlaceForms>(StringComparer.Ordinal);
        while (NextProperty(ref reader))
        {
            var language = reader.GetString()!;
            ReadValue(ref reader);
            var pair = StringMap(ref reader, $"forms.{language}");
            if (pair is null || !pair.TryGetValue("of", out var of) || !pair.TryGetValue("subject", out var subject))
                throw new InvalidDataException($"'forms.{language}' needs an 'of' and a 'subject'.");
            forms[language] = new PlaceForms(of, subject);
        }
        return forms;
    }

    internal static Dictionary<string, string>? StringMap(ref Utf8JsonReader reader, string member)
    {
        if (!IsObject(ref reader, member))
            return null;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (NextProperty(ref reader))
        {
            var key = reader.GetString()!;
            ReadValue(ref reader);
            map[key] = String(ref reader, member) ?? throw new InvalidDataException($"'{member}.{key}' is null.");
        }
        return map;
    }

    internal static Dictionary<string, IReadOnlyList<string>>? ListMap(ref Utf8JsonReader reader, string member)
    {
        if (!IsObject(ref reader, member))
            return null;
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        while (NextProperty(ref reader))
        {
            var key = reader.GetString()!;
            ReadValue(ref reader);
            map[key] = StringList(ref reader, $"{member}.{key}");
        }
        return map;
    }

    internal static List<string> StringList(ref Utf8JsonReader reader, string member)
    {
        var list = new List<string>();
        for (ExpectArray(ref reader, member); NextItem(ref reader);)
            list.Add(String(ref reader, member) ?? throw new InvalidDataException($"'{member}' holds a null."));
        return list;
    }
}

/// <summary>A place's members keyed by language, as read so far.</summary>
internal sealed class PlaceLanguageMembers
{
    public Dictionary<string, string>? ParentNames { get; set; }

    public Dictionary<string, string>? Names { get; set; }

    public Dictionary<string, string>? SentenceNames { get; set; }

    public Dictionary<string, PlaceForms>? Forms { get; set; }

    public Dictionary<string, IReadOnlyList<string>>? Aliases { get; set; }

    public Dictionary<string, IReadOnlyList<string>>? QualifiedNames { get; set; }

    public Dictionary<string, IReadOnlyList<string>>? Nationalities { get; set; }

    public Dictionary<string, string>? Note { get; set; }

    /// <summary>The place with these members; every place has names and aliases.</summary>
    public Country ToCountry(string id, string kind, string? parent, string? noCapital, IReadOnlyList<Capital> capitals) => new()
    {
        Id = id,
        Kind = kind,
        Parent = parent,
        ParentNames = ParentNames,
        NoCapital = noCapital,
        Names = Names ?? throw new InvalidDataException($"Country {id} has no 'names'."),
        SentenceNames = SentenceNames,
        Forms = Forms,
        Aliases = Aliases ?? throw new InvalidDataException($"Country {id} has no 'aliases'."),
        QualifiedNames = QualifiedNames,
        Nationalities = Nationalities,
        Capitals = capitals,
        Note = Note,
    };
}

/// <summary>One entry of a "sharedNames" array as read.</summary>
internal sealed record SharedNameEntry(string Id, List<string>? Places, Dictionary<string, IReadOnlyList<string>>? Names);

/// <summary>Everything capitals.json holds that the skill reads; <see cref="Languages"/> have their entries in their own files.</summary>
internal sealed record CapitalsDataContents(
    List<Country> Countries,
    List<SharedName> SharedNames,
    Dictionary<string, IReadOnlyList<string>> FillerWords,
    Dictionary<string, IReadOnlyList<string>> WordPrefixes,
    List<string> Languages,
    Dictionary<string, IReadOnlyList<string>> ListWords,
    Dictionary<string, IReadOnlyList<string>> ExclusionWords);
