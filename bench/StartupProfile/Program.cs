using System.Diagnostics;
using System.Globalization;
using WorldCapitals.Skill;
using WorldCapitals.Skill.Alexa.Serialization;
using WorldCapitals.Skill.Capitals;

// Times, in one fresh process, each step the Lambda host takes before it can answer its first event:
// the embedded capitals data, the response serializer's metadata, building the skill, the first invocation.
// Usage: startup-profile <envelope.json>
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: startup-profile <envelope.json>");
    return 2;
}
var envelope = await File.ReadAllBytesAsync(args[0]);

var start = Stopwatch.GetTimestamp();
_ = CapitalsData.Embedded;
var dataLoaded = Stopwatch.GetTimestamp();
_ = AlexaJson.SkillResponse;
var metadataReady = Stopwatch.GetTimestamp();
var skill = CapitalsSkill.Create(new SkillSettings { VerifySkillId = false, VerifyTimestamp = false });
var skillBuilt = Stopwatch.GetTimestamp();
var result = await skill.InvokeAsync(envelope);
var answered = Stopwatch.GetTimestamp();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"capitals data {Ms(start, dataLoaded):F2} ms; response metadata {Ms(dataLoaded, metadataReady):F2} ms; " +
    $"skill {Ms(metadataReady, skillBuilt):F2} ms; first invocation {Ms(skillBuilt, answered):F2} ms; " +
    $"total {Ms(start, answered):F2} ms; answered: {result.Error is null}"));
return result.Error is null ? 0 : 1;

static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
