using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.EndToEnd;

/// <summary>Utterances through the NLU and the real skill in this process, each a one-shot in a new session.</summary>
public class OneShotUtteranceTests
{
    [TestCaseSource(typeof(UtteranceCases), nameof(UtteranceCases.EverySample))]
    [TestCaseSource(typeof(UtteranceCases), nameof(UtteranceCases.CountriesAndAliases))]
    [TestCaseSource(typeof(UtteranceCases), nameof(UtteranceCases.UnknownPlaces))]
    [TestCaseSource(typeof(UtteranceCases), nameof(UtteranceCases.BuiltInPhrasings))]
    [TestCaseSource(typeof(UtteranceCases), nameof(UtteranceCases.FallbackAndLaunch))]
    public async Task The_skill_says_the_expected_answer(string utterance, string expected, bool endsSession)
    {
        var turn = await LocalSkill.Conversation().SayAsync(utterance, CancellationToken.None);

        Assert.That(turn.Answered, Is.True, turn.Error);
        Assert.Multiple(() =>
        {
            Assert.That(turn.Response!.Speech, Does.Contain(expected));
            Assert.That(turn.Response.ShouldEndSession, Is.EqualTo(endsSession));
        });
    }

    [TestCaseSource(typeof(UtteranceCases), nameof(UtteranceCases.MultiCapitalCountries))]
    public async Task Every_capital_of_a_multi_capital_country_is_named(string utterance, string[] capitals)
    {
        var turn = await LocalSkill.Conversation().SayAsync(utterance, CancellationToken.None);

        Assert.That(turn.Answered, Is.True, turn.Error);
        Assert.Multiple(() =>
        {
            foreach (var capital in capitals)
                Assert.That(turn.Response!.Speech, Does.Contain(capital));
            Assert.That(turn.Response!.ShouldEndSession, Is.True);
        });
    }

    [Test]
    public async Task A_bare_question_is_sent_as_a_new_session_with_the_resolved_entity()
    {
        var turn = await LocalSkill.Conversation().SayAsync("what's the capital of holland", CancellationToken.None);

        var slot = turn.Request["request"]!["intent"]!["slots"]!["country"]!;
        Assert.Multiple(() =>
        {
            Assert.That(turn.Request["session"]!["new"]!.GetValue<bool>(), Is.True);
            Assert.That(slot["value"]!.GetValue<string>(), Is.EqualTo("holland"));
            Assert.That(slot["resolutions"]!["resolutionsPerAuthority"]![0]!["values"]![0]!["value"]!["id"]!.GetValue<string>(), Is.EqualTo("NL"));
            Assert.That(turn.Response!.CardTitle, Does.Contain("Netherlands"));
        });
    }
}
