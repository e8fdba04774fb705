using System.Text;
using System.Text.Json;
using WorldCapitals.Skill.Alexa.Parsing;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Skill.Tests.Alexa;

/// <summary>A request's locale, intent name and slot names are read as the known instances when they are one, and as before otherwise.</summary>
public sealed class KnownStringsTests
{
    private static readonly KnownStrings Names = new(["CapitalIntent", "country"]);

    [Test]
    public void Known_locale_intent_and_slot_names_are_the_known_instances()
    {
        var intent = Read(Intent("en-GB", "CapitalIntent", "country"));

        Assert.That(intent.Locale, Is.SameAs(Known("en-GB")));
        Assert.That(intent.Intent!.Name, Is.SameAs(Known("CapitalIntent")));
        Assert.That(intent.Intent.Slots!.Keys.Single(), Is.SameAs(Known("country")));
        Assert.That(intent.Intent.Slots["country"].Name, Is.SameAs(intent.Intent.Slots.Keys.Single()));
    }

    [Test]
    public void Escaped_known_value_is_the_known_instance()
    {
        var intent = Read(Intent("en\\u002DUS", "Capital\\u0049ntent", "countr\\u0079"));

        Assert.That(intent.Locale, Is.SameAs(Known("en-US")));
        Assert.That(intent.Intent!.Name, Is.SameAs(Known("CapitalIntent")));
        Assert.That(intent.Intent.Slots!.ContainsKey("country"), Is.True);
    }

    [TestCase("xx-YY", "OtherIntent", "other")]
    [TestCase("en-us", "capitalintent", "Country")]
    [TestCase("é-ÉÉ", "Intent名", "スロット")]
    public void Unknown_values_are_read_as_sent(string locale, string intentName, string slot)
    {
        var intent = Read(Intent(locale, intentName, slot));

        Assert.That(intent.Locale, Is.EqualTo(locale));
        Assert.That(intent.Intent!.Name, Is.EqualTo(intentName));
        Assert.That(intent.Intent.Slots!.Keys.Single(), Is.EqualTo(slot));
    }

    // Known values are found by their UTF-8 bytes: a name that is not ASCII (Alexa allows none, but a skill may give one) too.
    [TestCase("Intent名")]
    [TestCase("país")]
    [TestCase("スロット")]
    public void A_known_name_that_is_not_ascii_is_the_known_instance(string name)
    {
        var known = new KnownStrings([name]);
        var body = Intent("en-US", name, "country");

        var first = ((IntentRequest)EnvelopeReader.Read(body, known).Envelope!.Request!).Intent!.Name;
        var second = ((IntentRequest)EnvelopeReader.Read(body, known).Envelope!.Request!).Intent!.Name;

        Assert.That(first, Is.EqualTo(name));
        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public void Every_string_of_a_table_is_found_by_its_utf8_bytes_and_no_other()
    {
        // Names of one length and first and last letters (es-ES, en-US, es-US), and more than fill a table's first size.
        string[] values = ["es-ES", "en-US", "es-US", "país", "スロット", "CapitalIntent", "AMAZON.HelpIntent", "", .. Enumerable.Range(0, 40).Select(i => "Name" + i)];
        var table = new Utf8StringTable(values);

        Assert.That(values.Where(value => !ReferenceEquals(table.Find(Encoding.UTF8.GetBytes(value)), value)), Is.Empty);
        Assert.That(table.Find("en-us"u8), Is.Null);
        Assert.That(table.Find("pais"u8), Is.Null);
        Assert.That(table.Find("CapitalIntentX"u8), Is.Null);
        Assert.That(table.Find("Name40"u8), Is.Null);
        Assert.That(new Utf8StringTable([]).Find("en-US"u8), Is.Null);
    }

    [Test]
    public void Values_longer_than_any_known_one_are_read_whole()
    {
        var name = new string('x', 63) + "-" + new string('y', 100);

        var intent = Read(Intent(name, name, name));

        Assert.That(intent.Locale, Is.EqualTo(name));
        Assert.That(intent.Intent!.Name, Is.EqualTo(name));
        Assert.That(intent.Intent.Slots!.Keys.Single(), Is.EqualTo(name));
    }

    [Test]
    public void Null_locale_and_name_stay_null_and_other_tokens_are_refused_as_before()
    {
        var nulls = (IntentRequest)EnvelopeReader.Read(Body("""{"type":"IntentRequest","locale":null,"intent":{"name":null}}"""), Names).Envelope!.Request!;
        var (_, error) = EnvelopeReader.Read(Body("""{"type":"IntentRequest","locale":7}"""), Names);

        Assert.That(nulls.Locale, Is.Null);
        Assert.That(nulls.Intent!.Name, Is.Null);
        Assert.That(error!.Kind, Is.EqualTo(SkillErrorKind.InvalidEnvelope));
        Assert.That(error.Message, Does.Contain("'request.locale' must be a string, not Number"));
    }

    [Test]
    public void An_unfilled_slot_of_a_known_name_is_one_shared_slot_that_reads_as_sent()
    {
        const string slots = """{"country":{"name":"country","confirmationStatus":"NONE"},"other":{"name":"other","confirmationStatus":"NONE"}}""";
        var first = Read(Body("""{"type":"IntentRequest","intent":{"name":"CapitalIntent","slots":""" + slots + "}}"));
        var second = Read(Body("""{"type":"IntentRequest","intent":{"name":"CapitalIntent","slots":""" + slots + "}}"));

        var unfilled = first.Intent!.Slots!["country"];
        Assert.That(second.Intent!.Slots!["country"], Is.SameAs(unfilled));
        Assert.That((unfilled.Name, unfilled.ConfirmationStatus, unfilled.Value, unfilled.Source), Is.EqualTo(("country", "NONE", (string?)null, (string?)null)));
        Assert.That(unfilled.Resolutions, Is.Null);
        Assert.That(unfilled.SlotValue, Is.Null);
        Assert.That(second.Intent.Slots["other"], Is.Not.SameAs(first.Intent.Slots["other"]), "a name the skill did not give is read anew");
        Assert.That(second.Intent.Slots["other"].Name, Is.EqualTo("other"));
    }

    [TestCase("""{"name":"country","value":"france","confirmationStatus":"NONE"}""")]
    [TestCase("""{"name":"country","confirmationStatus":"CONFIRMED"}""")]
    [TestCase("""{"name":"country","confirmationStatus":"NONE","source":"USER"}""")]
    [TestCase("""{"name":"country","confirmationStatus":"NONE","resolutions":{"resolutionsPerAuthority":[]}}""")]
    [TestCase("""{"name":"country","confirmationStatus":"NONE","slotValue":{"type":"Simple","value":"x"}}""")]
    [TestCase("""{"name":"nation","confirmationStatus":"NONE"}""")]
    [TestCase("""{"confirmationStatus":"NONE"}""")]
    public void A_slot_that_says_more_than_its_name_is_its_own(string slot)
    {
        var body = Body("""{"type":"IntentRequest","intent":{"name":"CapitalIntent","slots":{"country":""" + slot + "}}}");

        var first = Read(body).Intent!.Slots!["country"];
        var second = Read(body).Intent!.Slots!["country"];

        Assert.That(second, Is.Not.SameAs(first));
    }

    [Test]
    public void The_skill_knows_every_intent_and_slot_name_of_its_interaction_models()
    {
        var models = Directory.GetFiles(Path.Combine(Repository.Root, "skill", "interactionModels", "custom"), "*.json");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(model));
            foreach (var intent in document.RootElement.GetProperty("interactionModel").GetProperty("languageModel").GetProperty("intents").EnumerateArray())
            {
                names.Add(intent.GetProperty("name").GetString()!);
                if (intent.TryGetProperty("slots", out var slots))
                    names.UnionWith(slots.EnumerateArray().Select(slot => slot.GetProperty("name").GetString()!));
            }
        }
        var known = new KnownStrings(CapitalsSkillFactory.IntentAndSlotNames);

        Assert.That(models, Is.Not.Empty);
        Assert.That(names.Where(name => !IsKnown(known, name)), Is.Empty, "names a request may carry that would be read as new strings");
    }

    private static bool IsKnown(KnownStrings known, string name)
    {
        var body = Intent("en-US", name, "country");
        var first = ((IntentRequest)EnvelopeReader.Read(body, known).Envelope!.Request!).Intent!.Name;
        var second = ((IntentRequest)EnvelopeReader.Read(body, known).Envelope!.Request!).Intent!.Name;
        return ReferenceEquals(first, second);
    }

    private static string Known(string value) => ((IntentRequest)EnvelopeReader.Read(Intent(value, value, value), Names).Envelope!.Request!).Locale!;

    private static IntentRequest Read(byte[] body)
    {
        var (envelope, error) = EnvelopeReader.Read(body, Names);
        Assert.That(error, Is.Null, () => error!.Message);
        return (IntentRequest)envelope!.Request!;
    }

    private static byte[] Intent(string locale, string intentName, string slot) => Body(
        $$"""{"type":"IntentRequest","requestId":"r","locale":"{{locale}}","intent":{"name":"{{intentName}}","slots":{"{{slot}}":{"name":"{{slot}}","value":"france"}""" + "}}}");

    private static byte[] Body(string request) => Encoding.UTF8.GetBytes($$"""{"version":"1.0","request":{{request}}}""");
}
