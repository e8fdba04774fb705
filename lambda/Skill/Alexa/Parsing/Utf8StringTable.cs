using System.Numerics;
using System.Text;

namespace WorldCapitals.Skill.Alexa.Parsing;

/// <summary>
/// A fixed set of strings found by their UTF-8 bytes, without decoding the bytes (<see cref="KnownStrings"/>): an open
/// table whose slot comes from a value's length and three of its bytes, which tell Alexa's locales and a skill's names
/// apart with few collisions, and a byte comparison confirms. Immutable once built.
/// </summary>
internal sealed class Utf8StringTable
{
    private readonly (byte[] Utf8, string Value)?[] _slots;

    public Utf8StringTable(IEnumerable<string> values)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).ToArray();
        // At most a quarter full: a miss meets few entries before an empty slot.
        _slots = new (byte[], string)?[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)distinct.Length * 4))];
        foreach (var value in distinct)
        {
            var utf8 = Encoding.UTF8.GetBytes(value);
            var slot = SlotOf(utf8);
            while (_slots[slot] is not null)
                slot = (slot + 1) & (_slots.Length - 1);
            _slots[slot] = (utf8, value);
        }
    }

    /// <summary>The string whose UTF-8 encoding <paramref name="utf8"/> is, if it is one of the set.</summary>
    public string? Find(ReadOnlySpan<byte> utf8)
    {
        for (var slot = SlotOf(utf8); _slots[slot] is (var bytes, var value); slot = (slot + 1) & (_slots.Length - 1))
        {
            if (utf8.SequenceEqual(bytes))
                return value;
        }
        return null;
    }

    private int SlotOf(ReadOnlySpan<byte> utf8)
    {
        var hash = utf8.IsEmpty ? 0 : (((utf8.Length * 31) + utf8[0]) * 31 + utf8[utf8.Length / 2]) * 31 + utf8[^1];
        return hash & (_slots.Length - 1);
    }
}
