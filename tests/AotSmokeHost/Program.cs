using System.Text.Json;
using WorldCapitals.Skill;

// Runs every file named on the command line through the skill entry point and writes one JSON line per
// file: {"file": name, "error": kind-or-null, "response": the response envelope}. Verification is off:
// the sample envelopes are old and carry other skills' IDs.
var skill = CapitalsSkillFactory.Create(new SkillSettings { VerifySkillId = false, VerifyTimestamp = false });
using var stdout = Console.OpenStandardOutput();
foreach (var path in args)
{
    var result = await skill.InvokeAsync(await File.ReadAllBytesAsync(path));
    using (var writer = new Utf8JsonWriter(stdout))
    {
        writer.WriteStartObject();
        writer.WriteString("file", Path.GetFileName(path));
        if (result.Error is null)
            writer.WriteNull("error");
        else
            writer.WriteString("error", result.Error.Kind.ToString());
        writer.WritePropertyName("response");
        if (result.Body is null)
            writer.WriteNullValue();
        else
            writer.WriteRawValue(result.Body);
        writer.WriteEndObject();
    }
    stdout.WriteByte((byte)'\n');
}
