using System.Runtime.CompilerServices;
using System.Text.Json;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Serialization;
using static WorldCapitals.Skill.Alexa.Parsing.JsonReading;

namespace WorldCapitals.Skill.Alexa.Parsing;

/// <summary>Reads an <c>intent</c> object: name, confirmation status, slots with their resolutions.</summary>
internal static class IntentParser
{
    public static Intent? ReadIntent(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, KnownStrings knownStrings)
    {
        if (!IsObject(ref reader, "intent"))
            return null;
        string? name = null;
        string? confirmationStatus = null;
        SlotMap? slots = null;
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("name"u8))
                name = knownStrings.Read(ref reader, "intent.name");
            else if (property.SequenceEqual("confirmationStatus"u8))
                confirmationStatus = ConfirmationStatus(ref reader, "intent.confirmationStatus");
            else if (property.SequenceEqual("slots"u8))
                slots = ReadSlots(ref reader, source, knownStrings);
            else
                reader.Skip();
        }
        return new Intent { Name = name, ConfirmationStatus = confirmationStatus, Slots = slots };
    }

    private static SlotMap? ReadSlots(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, KnownStrings knownStrings)
    {
        if (!IsObject(ref reader, "intent.slots"))
            return null;
        // The first slots are gathered on the stack, so that the map's array is of their number; more go to the map.
        var gathered = new GatheredSlots();
        Span<KeyValuePair<string, Slot>> first = gathered;
        var count = 0;
        SlotMap? slots = null;
        while (NextProperty(ref reader))
        {
            var key = knownStrings.Read(ref reader, "intent.slots")!;
            ReadValue(ref reader);
            if (ReadSlot(ref reader, source, key, knownStrings) is not { } slot)
                continue;
            if (slots is not null)
                slots.Set(key, slot);
            else if (count < first.Length)
                first[count++] = new(key, slot);
            else
                (slots = new SlotMap(first)).Set(key, slot);
        }
        return slots ?? new SlotMap(first[..count]);
    }

    [InlineArray(4)]
    private struct GatheredSlots
    {
        private KeyValuePair<string, Slot> _slot;
    }

    /// <param name="key">The slot's key in <c>slots</c>, which its <c>name</c> repeats.</param>
    /// <param name="knownStrings">Holds the one shared slot of each known name that says nothing but its name.</param>
    private static Slot? ReadSlot(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, string key, KnownStrings knownStrings)
    {
        if (!IsObject(ref reader, "slot"))
            return null;
        string? name = null;
        DeferredString value = default;
        string? confirmationStatus = null;
        string? slotSource = null;
        ReadOnlyMemory<byte> resolutions = default;
        IReadOnlyList<string?>? matchedIds = null;
        SlotValue? slotValue = null;
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("name"u8))
                name = OpenString(ref reader, "slot.name", key);
            else if (property.SequenceEqual("value"u8))
                value = Deferred(ref reader, source, "slot.value");
            else if (property.SequenceEqual("confirmationStatus"u8))
                confirmationStatus = ConfirmationStatus(ref reader, "slot.confirmationStatus");
            else if (property.SequenceEqual("source"u8))
                slotSource = OpenString(ref reader, "slot.source", "USER");
            else if (property.SequenceEqual("resolutions"u8))
                (resolutions, matchedIds) = CheckResolutions(ref reader, source);
            else if (property.SequenceEqual("slotValue"u8))
                slotValue = ReadSlotValue(ref reader, source);
            else
                reader.Skip();
        }
        // Alexa sends every slot of the intent, those the user did not fill as their name alone: one shared instance each.
        var unfilled = value.IsNull && slotSource is null && resolutions.IsEmpty && matchedIds is null && slotValue is null
            && name == key && confirmationStatus == ConfirmationStatuses.None;
        if (unfilled && knownStrings.UnfilledSlot(key) is { } shared)
            return shared;
        return new Slot
        {
            Name = name, ValueJson = value, ConfirmationStatus = confirmationStatus, Source = slotSource, SlotValue = slotValue,
            ResolutionsJson = resolutions, MatchedIds = matchedIds,
        };
    }

    /// <summary>A slot's resolutions (<see cref="Slot.ResolutionsJson"/>) read into objects on first use.</summary>
    internal static Resolutions? ReadResolutions(ReadOnlyMemory<byte> json)
    {
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { MaxDepth = AlexaJson.MaxDepth });
        ReadValue(ref reader);
        return ReadResolutions(ref reader, json);
    }

    /// <summary>
    /// Checks a slot's <c>resolutions</c> as <see cref="ReadResolutions(ref Utf8JsonReader, ReadOnlyMemory{byte})"/> reads
    /// them (the same errors), building no objects: their JSON, to be built on first use, and the ids of the values
    /// entity resolution matched (ER_SUCCESS_MATCH), what a skill reads of them on every request. Both empty for null.
    /// </summary>
    private static (ReadOnlyMemory<byte> Json, IReadOnlyList<string?>? MatchedIds) CheckResolutions(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source)
    {
        if (!IsObject(ref reader, "resolutions"))
            return (default, null);
        var start = checked((int)reader.TokenStartIndex);
        var ids = new MatchedIdList();
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("resolutionsPerAuthority"u8))
                CheckAuthorities(ref reader, source, ref ids);
            else
                reader.Skip();
        }
        return (source[start..checked((int)reader.BytesConsumed)], ids.ToList());
    }

    private static void CheckAuthorities(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, ref MatchedIdList ids)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return;
        for (ExpectArray(ref reader, "resolutionsPerAuthority"); NextItem(ref reader);)
        {
            if (!IsObject(ref reader, "resolutionsPerAuthority[]"))
                continue;
            // The status may follow the values: an authority's ids count only once its status says it matched.
            var first = ids.Count;
            var matched = false;
            var hasValues = false;
            while (NextMember(ref reader, out var property))
            {
                if (property.SequenceEqual("authority"u8))
                {
                    Deferred(ref reader, source, "authority");
                }
                else if (property.SequenceEqual("status"u8))
                {
                    matched = ReadStatusCode(ref reader, out var code) && code == ResolutionStatusCodes.SuccessMatch;
                }
                else if (property.SequenceEqual("values"u8))
                {
                    // Read again, a member replaces what it gave.
                    ids.Truncate(first);
                    hasValues = CheckValues(ref reader, source, ref ids);
                }
                else
                {
                    reader.Skip();
                }
            }
            if (!matched || !hasValues)
                ids.Truncate(first);
        }
    }

    /// <returns>False for JSON null (no values), true for an array, whose values' ids are added to <paramref name="ids"/>.</returns>
    private static bool CheckValues(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, ref MatchedIdList ids)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return false;
        for (ExpectArray(ref reader, "resolution values"); NextItem(ref reader);)
        {
            if (ReadValueWrapper(ref reader, source, ResolutionValueId, out var id))
                ids.Add(id);
        }
        return true;
    }

    private static string? ResolutionValueId(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source) =>
        ReadResolutionValue(ref reader, source, out _, out var id) ? id : null;

    /// <summary>Matched ids gathered in the order sent: one id (the usual case) needs no list.</summary>
    private struct MatchedIdList
    {
        private string? _first;
        private List<string?>? _several;

        public int Count { get; private set; }

        public void Add(string? id)
        {
            if (Count == 0)
                _first = id;
            else
                (_several ??= [_first]).Add(id);
            Count++;
        }

        public void Truncate(int count)
        {
            if (count >= Count)
                return;
            _several?.RemoveRange(count, _several.Count - count);
            Count = count;
        }

        public readonly IReadOnlyList<string?> ToList()
        {
            // Each return on its own: in one conditional expression, the array's type would make [_first] an array too.
            if (Count == 0)
                return [];
            if (Count == 1)
                return [_first];
            return [.. _several!];
        }
    }

    private static SlotValue? ReadSlotValue(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source)
    {
        if (!IsObject(ref reader, "slotValue"))
            return null;
        string? type = null;
        string? value = null;
        Resolutions? resolutions = null;
        SlotValue[]? values = null;
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("type"u8))
                type = OpenString(ref reader, "slotValue.type", SlotValueTypes.Simple, SlotValueTypes.List);
            else if (property.SequenceEqual("value"u8))
                value = String(ref reader, "slotValue.value");
            else if (property.SequenceEqual("resolutions"u8))
                resolutions = ReadResolutions(ref reader, source);
            else if (property.SequenceEqual("values"u8))
                values = ReadArray(ref reader, source, "slotValue.values", ReadSlotValue);
            else
                reader.Skip();
        }
        return new SlotValue { Type = type, Value = value, Resolutions = resolutions, Values = values };
    }

    private static Resolutions? ReadResolutions(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source)
    {
        if (!IsObject(ref reader, "resolutions"))
            return null;
        ResolutionAuthority[]? authorities = null;
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("resolutionsPerAuthority"u8))
                authorities = ReadArray(ref reader, source, "resolutionsPerAuthority", ReadAuthority);
            else
                reader.Skip();
        }
        return new Resolutions { ResolutionsPerAuthority = authorities };
    }

    private static ResolutionAuthority? ReadAuthority(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source)
    {
        if (!IsObject(ref reader, "resolutionsPerAuthority[]"))
            return null;
        DeferredString authority = default;
        ResolutionStatus? status = null;
        ResolutionValueWrapper[]? values = null;
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("authority"u8))
                authority = Deferred(ref reader, source, "authority");
            else if (property.SequenceEqual("status"u8))
                status = ReadStatus(ref reader);
            else if (property.SequenceEqual("values"u8))
                values = ReadArray(ref reader, source, "resolution values", ReadValueWrapper);
            else
                reader.Skip();
        }
        return new ResolutionAuthority { AuthorityJson = authority, Status = status, Values = values };
    }

    private static ResolutionStatus? ReadStatus(ref Utf8JsonReader reader) =>
        ReadStatusCode(ref reader, out var code) ? new ResolutionStatus { Code = code } : null;

    /// <returns>False for JSON null (no status object).</returns>
    private static bool ReadStatusCode(ref Utf8JsonReader reader, out string? code)
    {
        code = null;
        if (!IsObject(ref reader, "status"))
            return false;
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("code"u8))
                code = StatusCode(ref reader);
            else
                reader.Skip();
        }
        return true;
    }

    private static ResolutionValueWrapper? ReadValueWrapper(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source) =>
        ReadValueWrapper(ref reader, source, ReadResolutionValue, out var value) ? new ResolutionValueWrapper { Value = value } : null;

    /// <summary>An item of an authority's <c>values</c>: its <c>value</c> read by <paramref name="readValue"/>.</summary>
    /// <returns>False for JSON null (no item).</returns>
    private static bool ReadValueWrapper<T>(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, ItemReader<T> readValue, out T? value)
        where T : class
    {
        value = null;
        if (!IsObject(ref reader, "values[]"))
            return false;
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("value"u8))
                value = readValue(ref reader, source);
            else
                reader.Skip();
        }
        return true;
    }

    private static ResolutionValue? ReadResolutionValue(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source) =>
        ReadResolutionValue(ref reader, source, out var name, out var id) ? new ResolutionValue { NameJson = name, Id = id } : null;

    /// <returns>False for JSON null (no value object).</returns>
    private static bool ReadResolutionValue(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, out DeferredString name, out string? id)
    {
        name = default;
        id = null;
        if (!IsObject(ref reader, "value"))
            return false;
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("name"u8))
                name = Deferred(ref reader, source, "value.name");
            else if (property.SequenceEqual("id"u8))
                id = String(ref reader, "value.id");
            else
                reader.Skip();
        }
        return true;
    }

    private delegate T? ItemReader<T>(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source);

    /// <summary>The array's items in an array of their own size: nearly every array here holds one item.</summary>
    private static T[]? ReadArray<T>(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, string member, ItemReader<T> readItem)
        where T : class
    {
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        T? first = null;
        List<T>? several = null;
        for (ExpectArray(ref reader, member); NextItem(ref reader);)
        {
            if (readItem(ref reader, source) is not { } item)
                continue;
            if (first is null)
                first = item;
            else
                (several ??= [first]).Add(item);
        }
        return several is not null ? [.. several] : first is not null ? [first] : [];
    }

    private static string? StatusCode(ref Utf8JsonReader reader) => OpenString(ref reader, "status.code",
        ResolutionStatusCodes.SuccessMatch, ResolutionStatusCodes.SuccessNoMatch, ResolutionStatusCodes.ErrorTimeout, ResolutionStatusCodes.ErrorException);

    private static string? ConfirmationStatus(ref Utf8JsonReader reader, string member) =>
        OpenString(ref reader, member, ConfirmationStatuses.None, ConfirmationStatuses.Confirmed, ConfirmationStatuses.Denied);
}
