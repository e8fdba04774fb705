using System.Text;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Alexa;

/// <summary>A UTF-8 byte-order mark at the start of a body is skipped (RFC 8259 allows it); any other encoding stays an error.</summary>
public sealed class ByteOrderMarkTests
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly string SamplesDirectory = Path.Combine(TestContext.CurrentContext.TestDirectory, "Samples");

    [TestCaseSource(typeof(SampleEnvelopeTests), nameof(SampleEnvelopeTests.RequestSamples))]
    public async Task Sample_with_a_byte_order_mark_gets_the_same_answer_as_without(string file)
    {
        // Arrange
        var skill = TestSkill.CreateUnverified();
        var body = await File.ReadAllBytesAsync(Path.Combine(SamplesDirectory, file));

        // Act
        var plain = await skill.InvokeAsync(body);
        var withBom = await skill.InvokeAsync(Utf8Bom.Concat(body).ToArray());

        // Assert
        Assert.That(withBom.Error, Is.Null, () => $"{file}: {withBom.Error}");
        Assert.That(Encoding.UTF8.GetString(withBom.Body.Span), Is.EqualTo(Encoding.UTF8.GetString(plain.Body.Span)));
        Assert.That(withBom.Summary.RequestId, Is.EqualTo(plain.Summary.RequestId));
    }

    [Test]
    public async Task Deferred_strings_after_a_byte_order_mark_read_from_the_right_place()
    {
        // The parser keeps some strings as offsets into the body: the mark must be cut off before, not skipped inside.
        var skill = TestSkill.CreateUnverified();
        var body = Utf8Bom.Concat(Envelopes.Capital("peru", resolvedId: "PE").Bytes()).ToArray();

        var result = await skill.InvokeAsync(body);

        Assert.That(result.Error, Is.Null, () => result.Error!.Message);
        Assert.That(result.Summary.EntityId, Is.EqualTo("PE"));
        Assert.That(Encoding.UTF8.GetString(result.Body.Span), Does.Contain("Lima"));
    }

    [Test]
    public async Task Byte_order_mark_followed_by_nothing_is_an_empty_body()
    {
        var skill = TestSkill.CreateUnverified();

        var result = await skill.InvokeAsync(Utf8Bom.Concat(" \n"u8.ToArray()).ToArray());

        Assert.That(result.Error!.Kind, Is.EqualTo(SkillErrorKind.EmptyBody));
    }

    [Test]
    public async Task Only_one_byte_order_mark_is_skipped()
    {
        var skill = TestSkill.CreateUnverified();

        var result = await skill.InvokeAsync(Utf8Bom.Concat(Utf8Bom).Concat(Envelopes.Launch().Bytes()).ToArray());

        Assert.That(result.Error!.Kind, Is.EqualTo(SkillErrorKind.InvalidJson));
    }

    [TestCase("UTF-16 LE")]
    [TestCase("UTF-16 BE")]
    public async Task Utf16_body_with_its_byte_order_mark_is_refused_and_named(string encodingName)
    {
        // Arrange
        var skill = TestSkill.CreateUnverified();
        var encoding = encodingName == "UTF-16 LE" ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true) : new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        var body = encoding.GetPreamble().Concat(encoding.GetBytes(Envelopes.Launch().ToJsonString())).ToArray();

        // Act
        var result = await skill.InvokeAsync(body);

        // Assert
        Assert.That(result.Error!.Kind, Is.EqualTo(SkillErrorKind.InvalidJson));
        Assert.That(result.Error.Message, Does.Contain("UTF-16").And.Contain("UTF-8"));
    }
}
