using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorldCapitals.Skill.Tests.Support;

/// <summary>
/// Structural JSON comparison written for the tests, independent of the production serializer: object
/// member order is ignored, array order is not, numbers compare by value. Returns one line per difference.
/// </summary>
internal static class JsonComparison
{
    public static List<string> Differences(JsonNode? expected, JsonNode? actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected, actual)
        {
            case (null, null):
                return;
            case (JsonObject e, JsonObject a):
                foreach (var (name, value) in e)
                {
                    if (!a.ContainsKey(name))
                        differences.Add($"{path}.{name} is missing");
                    else
                        Compare(value, a[name], $"{path}.{name}", differences);
                }
                foreach (var (name, _) in a)
                {
                    if (!e.ContainsKey(name))
                        differences.Add($"{path}.{name} is unexpected");
                }
                return;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                    differences.Add($"{path} has {a.Count} items, expected {e.Count}");
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                    Compare(e[i], a[i], $"{path}[{i}]", differences);
                return;
            case (JsonValue e, JsonValue a) when SameValue(e, a):
                return;
            default:
                differences.Add($"{path}: expected {expected?.ToJsonString() ?? "null"}, got {actual?.ToJsonString() ?? "null"}");
                return;
        }
    }

    private static bool SameValue(JsonValue expected, JsonValue actual)
    {
        var e = expected.GetValueKind();
        var a = actual.GetValueKind();
        if (e != a)
            return false;
        return e switch
        {
            JsonValueKind.String => expected.GetValue<string>() == actual.GetValue<string>(),
            JsonValueKind.Number => decimal.Parse(expected.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)
                == decimal.Parse(actual.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture),
            _ => true,
        };
    }
}
