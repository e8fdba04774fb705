using System.Text.Json;
using WorldCapitals.Skill.Alexa.Requests;
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
        while (NextProperty(ref reader))
        {
            if (Member(ref reader, "name"u8))
                name = knownStrings.Read(ref reader, "intent.name");
            else if (Member(ref reader, "confirmationStatus"u8))
                confirmationStatus = ConfirmationStatus(ref reader, "intent.confirmationStatus");
            else if (Member(ref reader, "slots"u8))
                slots = ReadSlots(ref reader, source, knownStrings);
            else
                SkipValue(ref reader);
        }
        return new Intent { Name = name, ConfirmationStatus = confirmationStatus, Slots = slots };
    }

    private static SlotMap? ReadSlots(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, KnownStrings knownStrings)
    {
        if (!IsObject(ref reader, "intent.slots"))
            return null;
        var slots = new SlotMap();
        while (NextProperty(ref reader))
        {
            var key = knownStrings.Read(ref reader, "intent.slots")!;
            ReadValue(ref reader);
            if (ReadSlot(ref reader, source, key) is { } slot)
                slots.Set(key, slot);
        }
        return slots;
    }

    /// <param name="key">The slot's key in <c>slots</c>, which its <c>name</c> repeats.</param>
    private static Slot? ReadSlot(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, string key)
    {
        if (!IsObject(ref reader, "slot"))
            return null;
        string? name = null;
        string? value = null;
        string? confirmationStatus = null;
        string? slotSource = null;
        Resolutions? resolutions = null;
        SlotValue? slotValue = null;
        while (NextProperty(ref reader))
        {
            if (Member(ref reader, "name"u8))
                name = OpenString(ref reader, "slot.name", key);
            else if (Member(ref reader, "value"u8))
                value = String(ref reader, "slot.value");
            else if (Member(ref reader, "confirmationStatus"u8))
                confirmationStatus = ConfirmationStatus(ref reader, "slot.confirmationStatus");
            else if (Member(ref reader, "source"u8))
                slotSource = OpenString(ref reader, "slot.source", "USER");
            else if (Member(ref reader, "resolutions"u8))
                resolutions = ReadResolutions(ref reader, source);
            else if (Member(ref reader, "slotValue"u8))
                slotValue = ReadSlotValue(ref reader, source);
            else
                SkipValue(ref reader);
        }
        return new Slot { Name = name, Value = value, ConfirmationStatus = confirmationStatus, Source = slotSource, Resolutions = resolutions, SlotValue = slotValue };
    }

    private static SlotValue? ReadSlotValue(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source)
    {
        if (!IsObject(ref reader, "slotValue"))
            return null;
        string? type = null;
        string? value = null;
        Resolutions? resolutions = null;
        SlotValue[]? values = null;
        while (NextProperty(ref reader))
        {
            if (Member(ref reader, "type"u8))
                type = OpenString(ref reader, "slotValue.type", SlotValueTypes.Simple, SlotValueTypes.List);
            else if (Member(ref reader, "value"u8))
                value = String(ref reader, "slotValue.value");
            else if (Member(ref reader, "resolutions"u8))
                resolutions = ReadResolutions(ref reader, source);
            else if (Member(ref reader, "values"u8))
                values = ReadArray(ref reader, source, "slotValue.values", ReadSlotValue);
            else
                SkipValue(ref reader);
        }
        return new SlotValue { Type = type, Value = value, Resolutions = resolutions, Values = values };
    }

    private static Resolutions? ReadResolutions(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source)
    {
        if (!IsObject(ref reader, "resolutions"))
            return null;
        ResolutionAuthority[]? authorities = null;
        while (NextProperty(ref reader))
        {
            if (Member(ref reader, "resolutionsPerAuthority"u8))
                authorities = ReadArray(ref reader, source, "resolutionsPerAuthority", ReadAuthority);
            else
                SkipValue(ref reader);
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
        while (NextProperty(ref reader))
        {
            if (Member(ref reader, "authority"u8))
                authority = Deferred(ref reader, source, "authority");
            else if (Member(ref reader, "status"u8))
                status = ReadStatus(ref reader);
            else if (Member(ref reader, "values"u8))
                values = ReadArray(ref reader, source, "resolution values", ReadValueWrapper);
            else
                SkipValue(ref reader);
        }
        return new ResolutionAuthority { AuthorityJson = authority, Status = status, Values = values };
    }

    private static ResolutionStatus? ReadStatus(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader, "status"))
            return null;
        string? code = null;
        while (NextProperty(ref reader))
        {
            if (Member(ref reader, "code"u8))
                code = StatusCode(ref reader);
            else
                SkipValue(ref reader);
        }
        return new ResolutionStatus { Code = code };
    }

    private static ResolutionValueWrapper? ReadValueWrapper(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source)
    {
        if (!IsObject(ref reader, "values[]"))
            return null;
        ResolutionValue? value = null;
        while (NextProperty(ref reader))
        {
            if (Member(ref reader, "value"u8))
                value = ReadResolutionValue(ref reader, source);
            else
                SkipValue(ref reader);
        }
        return new ResolutionValueWrapper { Value = value };
    }

    private static ResolutionValue? ReadResolutionValue(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source)
    {
        if (!IsObject(ref reader, "value"))
            return null;
        DeferredString name = default;
        string? id = null;
        while (NextProperty(ref reader))
        {
            if (Member(ref reader, "name"u8))
                name = Deferred(ref reader, source, "value.name");
            else if (Member(ref reader, "id"u8))
                id = String(ref reader, "value.id");
            else
                SkipValue(ref reader);
        }
        return new ResolutionValue { NameJson = name, Id = id };
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
