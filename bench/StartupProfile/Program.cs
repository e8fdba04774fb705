using System.Diagnostics;
using System.Globalization;
using WorldCapitals.Skill;
using WorldCapitals.Skill.Alexa.Serialization;
using WorldCapitals.Skill.Capitals;

// Times, in one fresh process, each step the Lambda host takes before it can answer its first event:
// the embedded capitals data, building the skill, the first invocation (parse, answer, ResponseWriter).
// The response serializer's metadata is no longer on that path (ResponseWriter writes without it); `--metadata`
// times building it first, as the host did before, for comparison.
// Usage: startup-profile [--metadata] <envelope.json>
var withMetadata = args.Length == 2 && args[0] == "--metadata";
if (args.Length != 1 && !withMetadata)
{
    await Console.Error.WriteLineAsync("usage: startup-profile [--metadata] <envelope.json>");
    return 2;
}
var envelope = await File.ReadAllBytesAsync(args[^1]);

var start = Stopwatch.GetTimestamp();
_ = CapitalsData.Embedded;
var dataLoaded = Stopwatch.GetTimestamp();
if (withMetadata)
    _ = AlexaJson.SkillResponse;
var metadataReady = Stopwatch.GetTimestamp();
var skill = CapitalsSkillFactory.Create(new SkillSettings { VerifySkillId = false, VerifyTimestamp = false });
var skillBuilt = Stopwatch.GetTimestamp();
var result = await skill.InvokeAsync(envelope);
var answered = Stopwatch.GetTimestamp();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"capitals data {Ms(start, dataLoaded):F2} ms; response metadata {(withMetadata ? Ms(dataLoaded, metadataReady).ToString("F2", CultureInfo.InvariantCulture) + " ms" : "not built")}; " +
    $"skill {Ms(metadataReady, skillBuilt):F2} ms; first invocation {Ms(skillBuilt, answered):F2} ms; " +
    $"total {Ms(start, answered):F2} ms; answered: {result.Error is null}"));
return result.Error is null ? 0 : 1;

static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
