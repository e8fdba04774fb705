using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorldCapitals.Cli.Simulator;

/// <summary>
/// An ASK CLI `ask dialog --replay` file, as the ASK CLI (2.30.x, lib/model/dialog-replay-file.js and
/// lib/commands/dialog) reads and writes it: a JSON object with "skillId" and "locale" (both required),
/// "type" ("text", the only kind) and "userInput", the lines to say in order. A line may be one of the dialog's
/// special commands instead (".quit", ".record FILE [--append-quit]"). The ASK CLI writes it on one line,
/// with a final newline.
/// </summary>
internal sealed record DialogReplayFile(string SkillId, string Locale, IReadOnlyList<string> UserInput)
{
    public const string TextType = "text";

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <exception cref="CliException">The file cannot be read, is not UTF-8 JSON, or lacks what the ASK CLI requires.</exception>
    public static DialogReplayFile Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"cannot read the replay file {path}: {exception.Message}", exception);
        }
        var text = Utf8Input.Decode(bytes, path);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException exception)
        {
            throw new CliException($"{path} is not valid JSON: {exception.Message.ReplaceLineEndings(" ")}", exception);
        }
        if (root is not JsonObject file)
            throw new CliException($"{path}: a replay file is a JSON object with skillId, locale, type and userInput");
        var skillId = RequiredString(file, "skillId", path);
        var locale = RequiredString(file, "locale", path);
        if (file["type"] is JsonNode type && String(type) != TextType)
            throw new CliException($"{path}: type {type.ToJsonString()} is not supported; a replay file's type is \"{TextType}\"");
        return new DialogReplayFile(skillId, locale, UserInputOf(file, path));
    }

    /// <summary>Writes the file as the ASK CLI's `.record` does, creating its folder.</summary>
    /// <exception cref="CliException">The file cannot be written.</exception>
    public void Write(string path)
    {
        var content = new JsonObject
        {
            ["skillId"] = SkillId,
            ["locale"] = Locale,
            ["type"] = TextType,
            ["userInput"] = new JsonArray(UserInput.Select(line => (JsonNode?)line).ToArray()),
        };
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
                Directory.CreateDirectory(directory);
            File.WriteAllText(path, content.ToJsonString(Compact) + "\n");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"cannot write the replay file {path}: {exception.Message}", exception);
        }
    }

    private static string RequiredString(JsonObject file, string name, string path) =>
        String(file[name]) is { } value && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : throw new CliException($"{path}: a replay file must contain {name}");

    // The ASK CLI trims every line and refuses an empty one.
    private static List<string> UserInputOf(JsonObject file, string path)
    {
        if (file["userInput"] is not JsonArray lines)
            throw new CliException($"{path}: a replay file must contain userInput, a list of what to say");
        var inputs = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            var text = String(line)?.Trim();
            if (string.IsNullOrEmpty(text))
                throw new CliException($"{path}: userInput must hold non-empty strings only");
            inputs.Add(text);
        }
        return inputs;
    }

    private static string? String(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
