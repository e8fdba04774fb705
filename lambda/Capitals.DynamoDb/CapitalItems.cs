using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Amazon.DynamoDBv2.Model;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Capitals.DynamoDb;

/// <summary>Converts between a country's capitals and a table item, and validates what comes back from the table.</summary>
public static class CapitalItems
{
    /// <summary>More capitals than any country has (three at most); an item with more is an editing mistake.</summary>
    public const int MaxCapitals = 8;

    /// <summary>Longer than any capital's name, spoken form or role; longer values would make the answer too long for Alexa.</summary>
    public const int MaxTextLength = 100;

    public static Dictionary<string, AttributeValue> ToItem(Country country, DateTimeOffset updatedAt)
    {
        ArgumentNullException.ThrowIfNull(country);
        return new Dictionary<string, AttributeValue>
        {
            [CapitalsTable.Id] = new AttributeValue { S = country.Id },
            [CapitalsTable.Capitals] = new AttributeValue { L = country.Capitals.Select(ToAttribute).ToList() },
            [CapitalsTable.UpdatedAt] = new AttributeValue
            {
                S = updatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            },
        };
    }

    /// <summary>Reads the capitals of an item: a list of one to <see cref="MaxCapitals"/> maps, each with a non-empty <c>name</c> and,
    /// when present, string <c>speech</c> and <c>role</c>, none longer than <see cref="MaxTextLength"/> characters.
    /// Anything else is malformed and <paramref name="problem"/> says why.
    /// <paramref name="allowEmpty"/>: the item is of a place without a capital (Hong Kong), whose list is empty.</summary>
    public static bool TryReadCapitals(
        IReadOnlyDictionary<string, AttributeValue> item,
        [NotNullWhen(true)] out IReadOnlyList<Capital>? capitals,
        [NotNullWhen(false)] out string? problem,
        bool allowEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(item);
        capitals = null;
        if (!item.TryGetValue(CapitalsTable.Capitals, out var list) || list.L is null)
        {
            problem = $"'{CapitalsTable.Capitals}' is missing or not a list";
            return false;
        }
        if (list.L.Count == 0 && !allowEmpty)
        {
            problem = $"'{CapitalsTable.Capitals}' is empty";
            return false;
        }
        if (list.L.Count > MaxCapitals)
        {
            problem = $"'{CapitalsTable.Capitals}' has {list.L.Count} entries; at most {MaxCapitals} are accepted";
            return false;
        }

        var read = new List<Capital>(list.L.Count);
        for (var index = 0; index < list.L.Count; index++)
        {
            var element = list.L[index].M;
            if (element is null)
            {
                problem = $"capital {index + 1} is not a map";
                return false;
            }
            if (!TryReadString(element, CapitalsTable.Name, out var name) || string.IsNullOrWhiteSpace(name))
            {
                problem = $"capital {index + 1} has no '{CapitalsTable.Name}'";
                return false;
            }
            if (!TryReadOptionalString(element, CapitalsTable.Speech, out var speech) || !TryReadOptionalString(element, CapitalsTable.Role, out var role))
            {
                problem = $"capital {index + 1} has a '{CapitalsTable.Speech}' or '{CapitalsTable.Role}' that is not a non-empty string";
                return false;
            }
            if (LongestOf(name, speech, role) > MaxTextLength)
            {
                problem = $"capital {index + 1} has a '{CapitalsTable.Name}', '{CapitalsTable.Speech}' or '{CapitalsTable.Role}' longer than {MaxTextLength} characters";
                return false;
            }
            read.Add(new Capital { Name = name, Speech = speech, Role = role });
        }

        capitals = read;
        problem = null;
        return true;
    }

    private static int LongestOf(string name, string? speech, string? role) =>
        Math.Max(name.Length, Math.Max(speech?.Length ?? 0, role?.Length ?? 0));

    private static AttributeValue ToAttribute(Capital capital)
    {
        var map = new Dictionary<string, AttributeValue> { [CapitalsTable.Name] = new AttributeValue { S = capital.Name } };
        if (capital.Speech is not null)
            map[CapitalsTable.Speech] = new AttributeValue { S = capital.Speech };
        if (capital.Role is not null)
            map[CapitalsTable.Role] = new AttributeValue { S = capital.Role };
        return new AttributeValue { M = map };
    }

    private static bool TryReadString(Dictionary<string, AttributeValue> map, string name, [NotNullWhen(true)] out string? value)
    {
        value = map.TryGetValue(name, out var attribute) ? attribute.S : null;
        return value is not null;
    }

    /// <summary>Absent is fine (null); present must be a non-empty string.</summary>
    private static bool TryReadOptionalString(Dictionary<string, AttributeValue> map, string name, out string? value)
    {
        value = null;
        if (!map.TryGetValue(name, out var attribute))
            return true;
        value = attribute.S;
        return !string.IsNullOrWhiteSpace(value);
    }
}
