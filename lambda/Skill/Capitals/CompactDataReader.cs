using System.Text;

namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// Reads the compact form of the capitals data (<see cref="CompactDataWriter"/>): capitals.bin at start, a language's
/// languages/&lt;lang&gt;.bin on its first use. It gives what the JSON readers give for capitals.json and the language
/// files (a test checks it), without the JSON's cost: no tokens, no member names, each distinct string made once.
/// </summary>
internal ref struct CompactDataReader
{
    public const byte CapitalsKind = 1;
    public const byte LanguageKind = 2;

    private readonly ReadOnlySpan<byte> _data;
    private readonly string[] _strings;
    private int _position;

    private CompactDataReader(ReadOnlySpan<byte> data, byte kind, string what)
    {
        _data = data;
        if (data.Length < Magic.Length + 1 || !data[..Magic.Length].SequenceEqual(Magic) || data[Magic.Length] != kind)
            throw new InvalidDataException($"{what} is not compact capitals data of this version.");
        _position = Magic.Length + 1;
        _strings = new string[Number()];
        for (var i = 0; i < _strings.Length; i++)
        {
            var length = Number();
            _strings[i] = Encoding.UTF8.GetString(Bytes(length));
        }
    }

    /// <summary>The first bytes of every compact file: the format and its version.</summary>
    public static ReadOnlySpan<byte> Magic => "WCD2"u8;

    /// <summary>capitals.bin: the same contents <see cref="CapitalsDataReader"/> reads from capitals.json.</summary>
    public static CapitalsDataContents ReadCapitals(ReadOnlySpan<byte> data)
    {
        var reader = new CompactDataReader(data, CapitalsKind, "capitals.bin");
        var languages = reader.StringList();
        var countries = new List<Country>(reader.Number());
        for (var i = countries.Capacity; i > 0; i--)
            countries.Add(reader.Country());
        var sharedNames = new List<SharedName>(reader.Number());
        for (var i = sharedNames.Capacity; i > 0; i--)
        {
            sharedNames.Add(new SharedName
            {
                Id = reader.Text(),
                PlaceIds = reader.StringList(),
                Names = reader.ListMap() ?? throw new InvalidDataException("A shared name has no names."),
            });
        }
        var fillerWords = reader.ListMap() ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var wordPrefixes = reader.ListMap() ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var listWords = reader.ListMap() ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var exclusionWords = reader.ListMap() ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        reader.ExpectEnd("capitals.bin");
        return new CapitalsDataContents(countries, sharedNames, fillerWords, wordPrefixes, [.. languages], listWords, exclusionWords);
    }

    /// <summary>languages/&lt;lang&gt;.bin: the same contents <see cref="LanguagePartReader"/> reads from the language's JSON file.</summary>
    public static LanguagePart ReadLanguage(ReadOnlySpan<byte> data, string language)
    {
        var what = $"languages/{language}.bin";
        var reader = new CompactDataReader(data, LanguageKind, what);
        var count = reader.Number();
        var places = new Dictionary<string, PlaceLanguageEntries>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var id = reader.Text();
            var members = reader.Members();
            var capitalNames = new IReadOnlyDictionary<string, string>?[reader.Number()];
            for (var capital = 0; capital < capitalNames.Length; capital++)
                capitalNames[capital] = reader.StringMap();
            places[id] = new PlaceLanguageEntries(
                members.ParentNames, members.Names, members.SentenceNames, members.Forms, members.Aliases, members.QualifiedNames, members.Nationalities, members.Note, capitalNames);
        }
        count = reader.Number();
        var sharedNames = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
            sharedNames[reader.Text()] = reader.ListMap() ?? throw new InvalidDataException($"{what}: a shared name has no names.");
        var fillerWords = reader.ListMap() ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var listWords = reader.ListMap() ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var exclusionWords = reader.ListMap() ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        reader.ExpectEnd(what);
        return new LanguagePart(places, sharedNames, fillerWords, listWords, exclusionWords);
    }

    private Country Country()
    {
        var id = Text();
        var kind = Text();
        var parent = NullableText();
        var noCapital = NullableText();
        var members = Members();
        var capitals = new Capital[Number()];
        for (var i = 0; i < capitals.Length; i++)
        {
            capitals[i] = new Capital
            {
                Name = Text(),
                Speech = NullableText(),
                Role = NullableText(),
                Names = StringMap(),
                Aliases = ListMap(),
            };
        }
        return members.ToCountry(id, kind, parent, noCapital, capitals);
    }

    // In the writer's order.
    private PlaceLanguageMembers Members()
    {
        var members = new PlaceLanguageMembers
        {
            ParentNames = StringMap(),
            Names = StringMap(),
            SentenceNames = StringMap(),
        };
        var forms = Number() - 1;
        if (forms >= 0)
        {
            members.Forms = new Dictionary<string, PlaceForms>(forms, StringComparer.Ordinal);
            for (var i = 0; i < forms; i++)
                members.Forms[Text()] = new PlaceForms(Text(), Text());
        }
        members.Aliases = ListMap();
        members.QualifiedNames = ListMap();
        members.Nationalities = ListMap();
        members.Note = StringMap();
        return members;
    }

    private Dictionary<string, string>? StringMap()
    {
        var count = Number() - 1;
        if (count < 0)
            return null;
        var map = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
            map[Text()] = Text();
        return map;
    }

    private Dictionary<string, IReadOnlyList<string>>? ListMap()
    {
        var count = Number() - 1;
        if (count < 0)
            return null;
        var map = new Dictionary<string, IReadOnlyList<string>>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
            map[Text()] = StringList();
        return map;
    }

    private string[] StringList()
    {
        var list = new string[Number()];
        for (var i = 0; i < list.Length; i++)
            list[i] = Text();
        return list;
    }

    private string Text() => String(Number());

    private string? NullableText()
    {
        var index = Number();
        return index == 0 ? null : String(index - 1);
    }

    private readonly string String(int index) =>
        (uint)index < (uint)_strings.Length ? _strings[index] : throw new InvalidDataException($"String {index} is not in the table of {_strings.Length}.");

    // Seven bits a byte, lowest first; the high bit says another byte follows.
    private int Number()
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Bytes(1)[0];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
                return value;
        }
        throw new InvalidDataException("A number of the compact capitals data is too long.");
    }

    private ReadOnlySpan<byte> Bytes(int length)
    {
        if (length < 0 || length > _data.Length - _position)
            throw new InvalidDataException("The compact capitals data ends early.");
        var bytes = _data.Slice(_position, length);
        _position += length;
        return bytes;
    }

    private readonly void ExpectEnd(string what)
    {
        if (_position != _data.Length)
            throw new InvalidDataException($"{what} has {_data.Length - _position} bytes after its records.");
    }
}
