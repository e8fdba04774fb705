using System.Xml;
using WorldCapitals.Skill.Alexa.Ssml;

namespace WorldCapitals.Skill.Tests.Alexa;

public sealed class SsmlBuilderTests
{
    [Test]
    public void Text_escapes_the_five_xml_characters()
    {
        var ssml = SsmlBuilder.FromText("Tom & Jerry's <b> \"quoted\" > less");

        Assert.That(ssml.Document, Is.EqualTo("<speak>Tom &amp; Jerry&apos;s &lt;b&gt; &quot;quoted&quot; &gt; less</speak>"));
    }

    [TestCase("Côte d'Ivoire")]
    [TestCase("São Tomé & Príncipe")]
    [TestCase("<speak>nested</speak>")]
    [TestCase("]]><!-- -->&#x41;&amp;")]
    [TestCase("control \u0001\u0008\u000B\u001F chars")]
    [TestCase("lone surrogates \uD800 and \uDC00 here")]
    [TestCase("emoji 🌍 stays")]
    [TestCase("\uFFFE\uFFFF")]
    public void Any_text_gives_well_formed_ssml(string text)
    {
        var ssml = new SsmlBuilder().Text(text).Sentence(text).Lang(text, text).Build();

        Assert.That(() => ParseXml(ssml.Document), Throws.Nothing);
    }

    [Test]
    public void Control_characters_and_lone_surrogates_are_dropped_and_pairs_kept()
    {
        var ssml = SsmlBuilder.FromText("a\u0001b\uD800c🌍");

        Assert.That(ssml.Document, Is.EqualTo("<speak>abc🌍</speak>"));
    }

    [Test]
    public void From_text_writes_every_character_as_the_escaping_builder_does()
    {
        // FromText takes a shortcut for text with nothing to escape or drop; for no character may it differ.
        for (var c = char.MinValue; ; c++)
        {
            var text = $"a{c}b";
            Assert.That(SsmlBuilder.FromText(text).Document, Is.EqualTo(new SsmlBuilder().Text(text).Build().Document), $"U+{(int)c:X4}");
            if (c == char.MaxValue)
                break;
        }
        Assert.That(SsmlBuilder.FromText("🌍").Document, Is.EqualTo("<speak>🌍</speak>"));
    }

    [Test]
    public void Elements_escape_their_attributes()
    {
        var ssml = new SsmlBuilder().Lang("fr \"quoted\" <FR>", "Yamoussoukro").Build();

        Assert.That(ssml.Document, Is.EqualTo("<speak><lang xml:lang=\"fr &quot;quoted&quot; &lt;FR&gt;\">Yamoussoukro</lang></speak>"));
    }

    [Test]
    public void Sentences_are_separated_by_one_space()
    {
        var ssml = new SsmlBuilder().Sentence("One.").Sentence("Two.").Sentence(null).Sentence("Three.").Build();

        Assert.That(ssml.Document, Is.EqualTo("<speak>One. Two. Three.</speak>"));
    }

    private static void ParseXml(string document)
    {
        using var reader = XmlReader.Create(new StringReader(document), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
        }
    }
}
