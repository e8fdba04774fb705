using System.Text;
using System.Text.Json;
using WorldCapitals.Skill.Alexa.Parsing;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Intents;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Alexa;

/// <summary>
/// A slot's resolutions are checked in the envelope's one pass and built on first use, and the ids entity resolution
/// matched are read in that pass: the ids, the objects and the errors are those of building them at once.
/// </summary>
public sealed class SlotResolutionsTests
{
    public static IEnumerable<string> RequestSamples() => SampleEnvelopes.RequestFiles();

    [TestCaseSource(nameof(RequestSamples))]
    public void Sample_slots_match_the_same_ids_read_in_the_pass_as_from_their_built_resolutions(string file)
    {
        var envelope = EnvelopeReading.Read(File.ReadAllBytes(SampleEnvelopes.PathOf(file)));
        var slots = (envelope.Request as IntentRequest)?.Intent?.Slots ?? (envelope.Request as CanFulfillIntentRequest)?.Intent?.Slots;
        foreach (var (name, slot) in slots ?? new Dictionary<string, Slot>())
            Assert.That(SlotReading.MatchedIds(slot), Is.EqualTo(FromBuiltResolutions(slot)), $"{file}: slot {name}");
    }

    [TestCase("""{"resolutionsPerAuthority":[{"authority":"a","status":{"code":"ER_SUCCESS_MATCH"},"values":[{"value":{"name":"France","id":"FR"}}]}]}""", "FR")]
    [TestCase("""{"resolutionsPerAuthority":[{"values":[{"value":{"id":"FR"}}],"status":{"code":"ER_SUCCESS_MATCH"}}]}""", "FR")]
    [TestCase("""{"resolutionsPerAuthority":[{"values":[{"value":{"id":"FR"}}],"status":{"code":"ER_SUCCESS_NO_MATCH"}},{"status":{"code":"ER_SUCCESS_MATCH"},"values":[{"value":{"id":"KP"}},{"value":{"id":"KR"}}]}]}""", "KP KR")]
    [TestCase("""{"resolutionsPerAuthority":[{"status":{"code":"ER_SUCCESS_MATCH"},"values":[{"value":{"id":"A"}}]},{"status":{"code":"ER_SUCCESS_MATCH"},"values":[{"value":{"id":"B"}}]}]}""", "A B")]
    [TestCase("""{"resolutionsPerAuthority":[{"status":{"code":"ER_SUCCESS_MATCH"},"values":null}]}""", "")]
    [TestCase("""{"resolutionsPerAuthority":[{"status":{"code":"ER_SUCCESS_MATCH"},"values":[null,{},{"value":null},{"value":{"name":"x"}}]}]}""", "(null) (null) (null)")]
    [TestCase("""{"resolutionsPerAuthority":[{"status":{"code":"ER_SUCCESS_MATCH"},"values":[{"value":{"id":"A"}}],"values":[{"value":{"id":"B"}}]}]}""", "B")]
    [TestCase("""{"resolutionsPerAuthority":[{"status":null,"values":[{"value":{"id":"A"}}]},null,{"status":{}}]}""", "")]
    [TestCase("""{"resolutionsPerAuthority":null}""", "")]
    [TestCase("""{"resolutionsPerAuthority":[]}""", "")]
    public void Matched_ids_read_in_the_pass_are_those_of_the_built_resolutions(string resolutions, string expected)
    {
        var slot = ReadSlot(resolutions);

        var ids = SlotReading.MatchedIds(slot);

        Assert.That(string.Join(' ', ids.Select(id => id ?? "(null)")), Is.EqualTo(expected));
        Assert.That(ids, Is.EqualTo(FromBuiltResolutions(slot)));
        Assert.That(Serialized(slot.Resolutions), Is.EqualTo(Serialized(IntentParser.ReadResolutions(Encoding.UTF8.GetBytes(resolutions)))));
    }

    [Test]
    public void Null_resolutions_leave_the_structured_value_to_be_read()
    {
        var slot = ReadSlot("null", ""","slotValue":{"type":"Simple","value":"peru","resolutions":{"resolutionsPerAuthority":[{"status":{"code":"ER_SUCCESS_MATCH"},"values":[{"value":{"id":"PE"}}]}]}}""");

        Assert.That(slot.Resolutions, Is.Null);
        Assert.That(SlotReading.MatchedIds(slot), Is.EqualTo(new[] { "PE" }));
    }

    [TestCase("""{"resolutionsPerAuthority":{}}""", "'resolutionsPerAuthority' must be an array")]
    [TestCase("""{"resolutionsPerAuthority":[7]}""", "'resolutionsPerAuthority[]' must be an object")]
    [TestCase("""{"resolutionsPerAuthority":[{"authority":1}]}""", "'authority' must be a string")]
    [TestCase("""{"resolutionsPerAuthority":[{"status":"x"}]}""", "'status' must be an object")]
    [TestCase("""{"resolutionsPerAuthority":[{"status":{"code":1}}]}""", "'status.code' must be a string")]
    [TestCase("""{"resolutionsPerAuthority":[{"values":{}}]}""", "'resolution values' must be an array")]
    [TestCase("""{"resolutionsPerAuthority":[{"values":[1]}]}""", "'values[]' must be an object")]
    [TestCase("""{"resolutionsPerAuthority":[{"values":[{"value":[]}]}]}""", "'value' must be an object")]
    [TestCase("""{"resolutionsPerAuthority":[{"values":[{"value":{"id":2}}]}]}""", "'value.id' must be a string")]
    [TestCase("""{"resolutionsPerAuthority":[{"values":[{"value":{"name":false}}]}]}""", "'value.name' must be a string")]
    [TestCase("[]", "'resolutions' must be an object")]
    public void Bad_resolutions_are_refused_as_when_built_at_once(string resolutions, string expected)
    {
        var built = Assert.Throws<JsonException>(() => IntentParser.ReadResolutions(Encoding.UTF8.GetBytes(resolutions)))!;

        var (envelope, error) = EnvelopeReader.Read(Envelope(resolutions, ""));

        Assert.That(envelope, Is.Null);
        Assert.That(built.Message, Does.StartWith(expected));
        Assert.That(error!.Message, Does.Contain(expected));
    }

    private static Slot ReadSlot(string resolutions, string more = "")
    {
        var intent = (IntentRequest)EnvelopeReading.Read(Envelope(resolutions, more)).Request!;
        return intent.Intent!.GetSlot("country")!;
    }

    private static byte[] Envelope(string resolutions, string more) => Encoding.UTF8.GetBytes(
        """{"version":"1.0","request":{"type":"IntentRequest","requestId":"r","timestamp":"2026-11-27T12:00:00Z","locale":"en-US","intent":{"name":"CapitalIntent","slots":{"country":{"name":"country","value":"x","resolutions":"""
        + resolutions + more + "}}}}}");

    // The same slot as a host or test would build it, without what the parser read in its pass.
    private static IReadOnlyList<string?> FromBuiltResolutions(Slot slot) =>
        SlotReading.MatchedIds(new Slot { Name = slot.Name, Value = slot.Value, Resolutions = slot.Resolutions, SlotValue = slot.SlotValue });

    private static string Serialized(Resolutions? resolutions) =>
        resolutions is null ? "null" : JsonSerializer.Serialize(resolutions, WorldCapitals.Skill.Alexa.Serialization.AlexaJsonContext.Default.Resolutions);
}
