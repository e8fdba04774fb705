using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Alexa;

public sealed class VerificationTests
{
    [Test]
    public async Task Request_for_this_skill_is_answered()
    {
        var skill = TestSkill.Create();

        var result = await skill.InvokeAsync(Envelopes.Launch().Bytes());

        Assert.That(result.Error, Is.Null);
    }

    [Test]
    public async Task Request_for_another_skill_is_rejected_without_an_answer_and_logged()
    {
        var logger = new CapturingLogger();
        var skill = TestSkill.Create(logger);
        var envelope = Envelopes.Launch();
        envelope["context"]!["System"]!["application"]!["applicationId"] = "amzn1.ask.skill.someone-else";

        var result = await skill.InvokeAsync(envelope.Bytes());

        Assert.That(result.Error!.Kind, Is.EqualTo(SkillErrorKind.SkillIdMismatch));
        Assert.That(result.Error.IsRejection, Is.True);
        Assert.That(result.Body.IsEmpty, Is.True);
        Assert.That(result.Response, Is.Null);
        Assert.That(logger.Entries.Single().Message, Does.Contain("SkillIdMismatch").And.Contain("amzn1.echo-api.request.test-LaunchRequest"));
    }

    [Test]
    public async Task Skill_id_is_read_from_the_session_when_the_context_has_none()
    {
        var skill = TestSkill.Create();
        var envelope = Envelopes.Launch();
        envelope.Remove("context");

        var result = await skill.InvokeAsync(envelope.Bytes());

        Assert.That(result.Error, Is.Null);
    }

    [Test]
    public async Task Session_skill_id_does_not_override_a_wrong_context_skill_id()
    {
        var skill = TestSkill.Create();
        var envelope = Envelopes.Launch();
        envelope["context"]!["System"]!["application"]!["applicationId"] = "amzn1.ask.skill.someone-else";

        var result = await skill.InvokeAsync(envelope.Bytes());

        Assert.That(result.Error!.Kind, Is.EqualTo(SkillErrorKind.SkillIdMismatch));
    }

    // The ids are compared as the envelope's bytes; an escaped id (decoded when read) or one outside ASCII must compare
    // as the string it spells.
    [TestCase("\\u0061mzn1", "amzn1", true, TestName = "An escaped context id that spells the session's is the same id")]
    [TestCase("amzn1", "\\u0061mzn1", true, TestName = "An escaped session id that spells the context's is the same id")]
    [TestCase("amzn1-é", "amzn1-\\u00e9", false, TestName = "A skill id outside ASCII, raw or escaped, is compared as its string")]
    [TestCase("amzn1-é", "amzn1-e", false, TestName = "A skill id outside ASCII that differs is a mismatch")]
    public async Task Skill_ids_are_compared_as_the_strings_they_spell(string contextPrefix, string sessionPrefix, bool asciiOnly)
    {
        var envelope = Envelopes.Launch();
        var suffix = Envelopes.SkillId["amzn1".Length..];
        envelope["context"]!["System"]!["application"]!["applicationId"] = "CONTEXT-ID";
        envelope["session"]!["application"]!["applicationId"] = "SESSION-ID";
        var json = envelope.ToJsonString()
            .Replace("CONTEXT-ID", contextPrefix + suffix, StringComparison.Ordinal)
            .Replace("SESSION-ID", sessionPrefix + suffix, StringComparison.Ordinal);
        var expected = asciiOnly ? Envelopes.SkillId : "amzn1-é" + suffix;
        var skill = CapitalsSkillFactory.Create(new SkillSettings { SkillId = expected, VerifyTimestamp = false }, new FixedClock());

        var result = await skill.InvokeAsync(System.Text.Encoding.UTF8.GetBytes(json));

        var spellsTheSame = Unescape(contextPrefix) == Unescape(sessionPrefix);
        Assert.That(result.Error?.Kind, spellsTheSame ? Is.Null : Is.EqualTo(SkillErrorKind.SkillIdMismatch));
    }

    private static string Unescape(string prefix) =>
        prefix.Replace("\\u0061", "a", StringComparison.Ordinal).Replace("\\u00e9", "é", StringComparison.Ordinal);

    [Test]
    public async Task A_session_skill_id_that_differs_from_the_context_one_is_rejected()
    {
        var skill = TestSkill.Create();
        var envelope = Envelopes.Launch();
        envelope["session"]!["application"]!["applicationId"] = "amzn1.ask.skill.someone-else";

        var result = await skill.InvokeAsync(envelope.Bytes());

        Assert.That(result.Error!.Kind, Is.EqualTo(SkillErrorKind.SkillIdMismatch));
        Assert.That(result.Error.Message, Does.Contain("context and session"));
    }

    [Test]
    public async Task Request_without_any_skill_id_is_rejected()
    {
        var skill = TestSkill.Create();
        var envelope = Envelopes.Launch();
        envelope.Remove("context");
        envelope.Remove("session");

        var result = await skill.InvokeAsync(envelope.Bytes());

        Assert.That(result.Error!.Kind, Is.EqualTo(SkillErrorKind.SkillIdMismatch));
    }

    [Test]
    public async Task Skill_id_comparison_is_case_sensitive()
    {
        var skill = TestSkill.Create();
        var envelope = Envelopes.Launch();
        envelope["context"]!["System"]!["application"]!["applicationId"] = Envelopes.SkillId.ToUpperInvariant();

        var result = await skill.InvokeAsync(envelope.Bytes());

        Assert.That(result.Error!.Kind, Is.EqualTo(SkillErrorKind.SkillIdMismatch));
    }

    [TestCase(0, true)]
    [TestCase(-150_000, true)]
    [TestCase(150_000, true)]
    [TestCase(-150_001, false)]
    [TestCase(150_001, false)]
    [TestCase(-3_600_000, false)]
    public async Task Timestamp_is_accepted_within_150_seconds_either_way(int offsetMilliseconds, bool accepted)
    {
        var skill = TestSkill.Create();
        var envelope = Envelopes.Launch(timestamp: FixedClock.DefaultNow);
        envelope["request"]!["timestamp"] = FixedClock.DefaultNow.AddMilliseconds(offsetMilliseconds).ToUnixTimeMilliseconds();

        var result = await skill.InvokeAsync(envelope.Bytes());

        Assert.That(result.Error?.Kind, Is.EqualTo(accepted ? (SkillErrorKind?)null : SkillErrorKind.TimestampOutOfTolerance));
    }

    [Test]
    public async Task Missing_timestamp_is_rejected()
    {
        var skill = TestSkill.Create();
        var envelope = Envelopes.Launch();
        envelope["request"]!.AsObject().Remove("timestamp");

        var result = await skill.InvokeAsync(envelope.Bytes());

        Assert.That(result.Error!.Kind, Is.EqualTo(SkillErrorKind.TimestampOutOfTolerance));
        Assert.That(result.Error.IsRejection, Is.True);
    }

    [Test]
    public async Task Tolerance_is_configurable()
    {
        var skill = CapitalsSkillFactory.Create(
            new SkillSettings { SkillId = Envelopes.SkillId, TimestampTolerance = TimeSpan.FromSeconds(10) }, new FixedClock());
        var envelope = Envelopes.Launch(timestamp: FixedClock.DefaultNow.AddSeconds(-11));

        var result = await skill.InvokeAsync(envelope.Bytes());

        Assert.That(result.Error!.Kind, Is.EqualTo(SkillErrorKind.TimestampOutOfTolerance));
        Assert.That(result.Error.Message, Does.Contain("11 s old"));
    }

    [Test]
    public void Skill_id_verification_without_a_skill_id_is_a_configuration_error()
    {
        Assert.That(() => CapitalsSkillFactory.Create(new SkillSettings { SkillId = null }), Throws.ArgumentException);
    }
}
