using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary>
/// An intent's slots by name, as read from a request: the few slots of an intent in one small array, found by comparing
/// names, instead of a hash table built for every request. Filled by the parser, read-only after.
/// </summary>
internal sealed class SlotMap : IReadOnlyDictionary<string, Slot>
{
    private KeyValuePair<string, Slot>[] _slots;
    private int _count;

    /// <summary>The slots in the order sent, the last of a repeated name in the first one's place; room for as many as given.</summary>
    public SlotMap(ReadOnlySpan<KeyValuePair<string, Slot>> slots)
    {
        _slots = slots.IsEmpty ? [] : new KeyValuePair<string, Slot>[slots.Length];
        foreach (var (key, slot) in slots)
            Set(key, slot);
    }

    public int Count => _count;

    public IEnumerable<string> Keys => this.Select(slot => slot.Key);

    public IEnumerable<Slot> Values => this.Select(slot => slot.Value);

    public Slot this[string key] => TryGetValue(key, out var slot) ? slot : throw new KeyNotFoundException($"No slot '{key}'.");

    /// <summary>Adds a slot, or replaces the one of the same name (as a dictionary's indexer does).</summary>
    public void Set(string key, Slot slot)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            if (_count == _slots.Length)
                Array.Resize(ref _slots, Math.Max(4, _count * 2));
            index = _count++;
        }
        _slots[index] = new(key, slot);
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Slot value)
    {
        var index = IndexOf(key);
        value = index < 0 ? null : _slots[index].Value;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, Slot>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
            yield return _slots[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_slots[i].Key, key, StringComparison.Ordinal))
                return i;
        }
        return -1;
    }
}
