using System.Text;
using WorldCapitals.Skill.Alexa.Parsing;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Skill.Tests.Alexa;

/// <summary>An intent's slots read from a request behave as the dictionary they were before: by name, in order, the last of a repeated name.</summary>
public sealed class SlotMapTests
{
    [Test]
    public void Slots_are_found_by_name_and_listed_in_the_order_sent()
    {
        var names = Enumerable.Range(1, 7).Select(i => "slot" + i).ToArray();

        var slots = ReadSlots(string.Join(',', names.Select(name => $"\"{name}\":{{\"name\":\"{name}\",\"value\":\"v-{name}\"}}")));

        Assert.That(slots.Count, Is.EqualTo(7));
        Assert.That(slots.Keys, Is.EqualTo(names));
        Assert.That(slots.Values.Select(slot => slot.Value), Is.EqualTo(names.Select(name => "v-" + name)));
        Assert.That(slots.Select(pair => pair.Key), Is.EqualTo(names));
        Assert.That(slots["slot6"].Value, Is.EqualTo("v-slot6"));
        Assert.That(slots.ContainsKey("slot7"), Is.True);
        Assert.That(slots.ContainsKey("Slot7"), Is.False);
        Assert.That(slots.TryGetValue("slot8", out _), Is.False);
        Assert.Throws<KeyNotFoundException>(() => _ = slots["slot8"]);
    }

    [Test]
    public void A_repeated_slot_name_keeps_the_last_one_in_the_first_ones_place()
    {
        var slots = ReadSlots("""
            "country":{"name":"country","value":"peru"},"kind":{"name":"kind"},"country":{"name":"country","value":"chile"}
            """);

        Assert.That(slots.Keys, Is.EqualTo(new[] { "country", "kind" }));
        Assert.That(slots["country"].Value, Is.EqualTo("chile"));
    }

    [TestCase(2)]
    [TestCase(4)]
    [TestCase(6)]
    public void A_name_repeated_after_several_slots_keeps_the_last_one_in_the_first_ones_place(int before)
    {
        var names = Enumerable.Range(1, before).Select(i => "slot" + i).ToArray();
        var members = names.Select(name => $"\"{name}\":{{\"value\":\"first\"}}").Append("\"slot2\":{\"value\":\"last\"}");

        var slots = ReadSlots(string.Join(',', members));

        Assert.That(slots.Keys, Is.EqualTo(names));
        Assert.That(slots["slot2"].Value, Is.EqualTo("last"));
        Assert.That(slots["slot1"].Value, Is.EqualTo("first"));
    }

    [Test]
    public void An_empty_slots_object_has_no_slots()
    {
        var slots = ReadSlots("");

        Assert.That(slots.Count, Is.Zero);
        Assert.That(slots, Is.Empty);
    }

    private static IReadOnlyDictionary<string, Slot> ReadSlots(string members)
    {
        var body = Encoding.UTF8.GetBytes("""{"request":{"type":"IntentRequest","intent":{"name":"CapitalIntent","slots":{""" + members + "}}}}");
        var (envelope, error) = EnvelopeReader.Read(body);
        Assert.That(error, Is.Null, () => error!.Message);
        return ((IntentRequest)envelope!.Request!).Intent!.Slots!;
    }
}
