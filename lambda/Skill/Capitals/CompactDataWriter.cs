using System.Buffers;
using System.Text;

namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// Writes the capitals data in the compact form a cold start reads (<see cref="CompactDataReader"/>): what the JSON
/// readers give, with every distinct string once in a table at the head and the records after it as numbers (7-bit
/// encoded) that point into the table. Deterministic: the same contents give the same bytes.
/// </summary>
internal sealed class CompactDataWriter
{
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    private readonly List<string> _table = [];
    private readonly ArrayBufferWriter<byte> _body = new(64 * 1024);

    /// <summary>capitals.json's contents: the language-neutral facts and English.</summary>
    public static byte[] Write(CapitalsDataContents contents)
    {
        var data = new CompactDataWriter();
        data.Strings(contents.Languages);
        data.Number(contents.Countries.Count);
        foreach (var country in contents.Countries)
            data.Country(country);
        data.Number(contents.SharedNames.Count);
        foreach (var shared in contents.SharedNames)
        {
            data.Text(shared.Id);
            data.Strings(shared.PlaceIds);
            data.ListMap(shared.Names);
        }
        data.ListMap(contents.FillerWords);
        data.ListMap(contents.WordPrefixes);
        data.ListMap(contents.ListWords);
        data.ListMap(contents.ExclusionWords);
        return data.Finish(CompactDataReader.CapitalsKind);
    }

    /// <summary>One language's file (languages/&lt;lang&gt;.json).</summary>
    public static byte[] Write(LanguagePart part)
    {
        var data = new CompactDataWriter();
        data.Number(part.Places.Count);
        foreach (var (id, place) in part.Places)
        {
            data.Text(id);
            data.Members(place.ParentNames, place.Names, place.SentenceNames, place.Forms, place.Aliases, place.QualifiedNames, place.Nationalities, place.Note);
            data.Number(place.CapitalNames.Count);
            foreach (var names in place.CapitalNames)
                data.StringMap(names);
        }
        data.Number(part.SharedNames.Count);
        foreach (var (id, names) in part.SharedNames)
        {
            data.Text(id);
            data.ListMap(names);
        }
        data.ListMap(part.FillerWords);
        data.ListMap(part.ListWords);
        data.ListMap(part.ExclusionWords);
        return data.Finish(CompactDataReader.LanguageKind);
    }

    private void Country(Country country)
    {
        Text(country.Id);
        Text(country.Kind);
        NullableText(country.Parent);
        NullableText(country.NoCapital);
        Members(country.ParentNames, country.Names, country.SentenceNames, country.Forms, country.Aliases, country.QualifiedNames, country.Nationalities, country.Note);
        Number(country.Capitals.Count);
        foreach (var capital in country.Capitals)
        {
            Text(capital.Name);
            NullableText(capital.Speech);
            NullableText(capital.Role);
            StringMap(capital.Names);
            ListMap(capital.Aliases);
        }
    }

    // A place's by-language members, in this order in both kinds of file.
    private void Members(
        IReadOnlyDictionary<string, string>? parentNames,
        IReadOnlyDictionary<string, string>? names,
        IReadOnlyDictionary<string, string>? sentenceNames,
        IReadOnlyDictionary<string, PlaceForms>? forms,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? aliases,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? qualifiedNames,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? nationalities,
        IReadOnlyDictionary<string, string>? note)
    {
        StringMap(parentNames);
        StringMap(names);
        StringMap(sentenceNames);
        if (forms is null)
        {
            Number(0);
        }
        else
        {
            Number(forms.Count + 1);
            foreach (var (language, form) in forms)
            {
                Text(language);
                Text(form.Of);
                Text(form.Subject);
            }
        }
        ListMap(aliases);
        ListMap(qualifiedNames);
        ListMap(nationalities);
        StringMap(note);
    }

    // A map is its count + 1, 0 for none.
    private void StringMap(IReadOnlyDictionary<string, string>? map)
    {
        if (map is null)
        {
            Number(0);
            return;
        }
        Number(map.Count + 1);
        foreach (var (key, value) in map)
        {
            Text(key);
            Text(value);
        }
    }

    private void ListMap(IReadOnlyDictionary<string, IReadOnlyList<string>>? map)
    {
        if (map is null)
        {
            Number(0);
            return;
        }
        Number(map.Count + 1);
        foreach (var (key, values) in map)
        {
            Text(key);
            Strings(values);
        }
    }

    private void Strings(IReadOnlyList<string> values)
    {
        Number(values.Count);
        foreach (var value in values)
            Text(value);
    }

    private void Text(string text) => Number(IndexOf(text));

    // A string that may be null is its index + 1, 0 for null.
    private void NullableText(string? text) => Number(text is null ? 0 : IndexOf(text) + 1);

    private void Number(int value) => WriteNumber(_body, value);

    // Seven bits a byte, lowest first; the high bit says another byte follows.
    private static void WriteNumber(ArrayBufferWriter<byte> output, int value)
    {
        var remaining = (uint)value;
        while (remaining >= 0x80)
        {
            output.Write([(byte)(remaining | 0x80)]);
            remaining >>= 7;
        }
        output.Write([(byte)remaining]);
    }

    private int IndexOf(string text)
    {
        if (!_strings.TryGetValue(text, out var index))
        {
            index = _table.Count;
            _strings[text] = index;
            _table.Add(text);
        }
        return index;
    }

    // The header (format and kind), the string table, then the records.
    private byte[] Finish(byte kind)
    {
        var file = new ArrayBufferWriter<byte>(_body.WrittenCount + 64 * 1024);
        file.Write(CompactDataReader.Magic);
        file.Write([kind]);
        WriteNumber(file, _table.Count);
        foreach (var text in _table)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            WriteNumber(file, bytes.Length);
            file.Write(bytes);
        }
        file.Write(_body.WrittenSpan);
        return file.WrittenSpan.ToArray();
    }
}
