using System.Text.Json;
using static WorldCapitals.Skill.Alexa.Parsing.JsonReading;
using static WorldCapitals.Skill.Capitals.CapitalsDataReader;

namespace WorldCapitals.Skill.Capitals;

/// <summary>Reads one language's file (languages/&lt;lang&gt;.json) in one forward pass, as <see cref="CapitalsDataReader"/> does capitals.json.</summary>
internal static class LanguagePartReader
{
    public static LanguagePart Read(ReadOnlySpan<byte> utf8, string language)
    {
        var reader = new Utf8JsonReader(utf8);
        ReadValue(ref reader);
        if (!IsObject(ref reader, $"{language} data"))
            throw new InvalidDataException($"The {language} capitals data must be a JSON object.");
        Dictionary<string, PlaceLanguageEntries>? places = null;
        var sharedNames = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal);
        Dictionary<string, IReadOnlyList<string>>? fillerWords = null;
        Dictionary<string, IReadOnlyList<string>>? listWords = null;
        Dictionary<string, IReadOnlyList<string>>? exclusionWords = null;
        while (NextProperty(ref reader))
        {
            if (Member(ref reader, "countries"u8))
                places = ReadPlaces(ref reader);
            else if (Member(ref reader, "sharedNames"u8))
                AddSharedNames(ReadSharedNameEntries(ref reader), sharedNames);
            else if (Member(ref reader, "fillerWords"u8))
                fillerWords = ListMap(ref reader, "fillerWords");
            else if (Member(ref reader, "listWords"u8))
                listWords = ListMap(ref reader, "listWords");
            else if (Member(ref reader, "exclusionWords"u8))
                exclusionWords = ListMap(ref reader, "exclusionWords");
            else
                SkipValue(ref reader);
        }
        return new LanguagePart(
            places ?? throw new InvalidDataException($"The {language} capitals data has no 'countries'."),
            sharedNames,
            fillerWords ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal),
            listWords ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal),
            exclusionWords ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));
    }

    // A shared name without names in this language says nothing here.
    private static void AddSharedNames(List<SharedNameEntry> entries, Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> sharedNames)
    {
        foreach (var (id, _, names) in entries)
        {
            if (names is not null)
                sharedNames[id] = names;
        }
    }

    private static Dictionary<string, PlaceLanguageEntries> ReadPlaces(ref Utf8JsonReader reader)
    {
        var places = new Dictionary<string, PlaceLanguageEntries>(512, StringComparer.Ordinal);
        for (ExpectArray(ref reader, "countries"); NextItem(ref reader);)
        {
            if (!IsObject(ref reader, "country"))
                throw new InvalidDataException("A country must be a JSON object.");
            string? id = null;
            var members = new PlaceLanguageMembers();
            var capitalNames = new List<IReadOnlyDictionary<string, string>?>(1);
            while (NextProperty(ref reader))
            {
                if (Member(ref reader, "id"u8))
                    id = String(ref reader, "id");
                else if (Member(ref reader, "capitals"u8))
                    ReadCapitalNames(ref reader, capitalNames);
                else if (!ReadLanguageMember(ref reader, members))
                    SkipValue(ref reader);
            }
            places[id ?? throw new InvalidDataException("A country has no 'id'.")] = new PlaceLanguageEntries(
                members.ParentNames, members.Names, members.SentenceNames, members.Forms, members.Aliases, members.QualifiedNames, members.Nationalities, members.Note, capitalNames);
        }
        return places;
    }

    private static void ReadCapitalNames(ref Utf8JsonReader reader, List<IReadOnlyDictionary<string, string>?> capitalNames)
    {
        for (ExpectArray(ref reader, "capitals"); NextItem(ref reader);)
        {
            if (!IsObject(ref reader, "capital"))
                throw new InvalidDataException("A capital must be a JSON object.");
            Dictionary<string, string>? names = null;
            while (NextProperty(ref reader))
            {
                if (Member(ref reader, "names"u8))
                    names = StringMap(ref reader, "capital.names");
                else
                    SkipValue(ref reader);
            }
            capitalNames.Add(names);
        }
    }
}
