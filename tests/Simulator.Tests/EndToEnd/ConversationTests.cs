using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Transport;

namespace WorldCapitals.Simulator.Tests.EndToEnd;

/// <summary>Sessions: launch, follow-ups in the open session, the end of a session, and the next one.</summary>
public class ConversationTests
{
    private static RecordingTransport Recorder() => new(InProcessSkillTransport.Create(verify: true));

    [Test]
    public async Task Follow_ups_go_into_the_launched_session_and_keep_it_open()
    {
        var recorder = Recorder();
        var conversation = LocalSkill.Conversation(recorder);

        var launch = await conversation.SayAsync("open world capitals", CancellationToken.None);
        var first = await conversation.SayAsync("what's the capital of peru", CancellationToken.None);
        var second = await conversation.SayAsync("what about spain", CancellationToken.None);
        var third = await conversation.SayAsync("and japan", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(launch.RequestType, Is.EqualTo("LaunchRequest"));
            Assert.That(launch.Request["session"]!["new"]!.GetValue<bool>(), Is.True);
            Assert.That(first.Response!.Speech, Is.EqualTo("The capital of Peru is Lima. Which other country would you like?"));
            Assert.That(second.Response!.Speech, Does.StartWith("The capital of Spain is Madrid."));
            Assert.That(third.Response!.Speech, Does.StartWith("The capital of Japan is Tokyo."));
            Assert.That(third.Response.ShouldEndSession, Is.False);
            Assert.That(third.Response.Reprompt, Is.Not.Null);
            Assert.That(recorder.Requests.Skip(1).Select(r => r["session"]!["new"]!.GetValue<bool>()), Is.All.False);
            Assert.That(recorder.Requests.Select(r => r["session"]!["sessionId"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(1));
            Assert.That(conversation.InSession, Is.True);
        });
    }

    [Test]
    public async Task Stop_ends_the_session_and_the_next_utterance_is_a_one_shot_in_a_new_session()
    {
        var recorder = Recorder();
        var conversation = LocalSkill.Conversation(recorder);

        await conversation.SayAsync("open world capitals", CancellationToken.None);
        var stop = await conversation.SayAsync("stop", CancellationToken.None);
        var next = await conversation.SayAsync("what's the capital of peru", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(stop.Response!.Speech, Is.EqualTo("Goodbye!"));
            Assert.That(stop.Response.EndsSession, Is.True);
            Assert.That(next.Request["session"]!["new"]!.GetValue<bool>(), Is.True);
            Assert.That(next.Request["session"]!["sessionId"]!.GetValue<string>(), Is.Not.EqualTo(stop.Request["session"]!["sessionId"]!.GetValue<string>()));
            Assert.That(next.Response!.Speech, Is.EqualTo("The capital of Peru is Lima."));
            Assert.That(conversation.InSession, Is.False);
        });
    }

    [Test]
    public async Task Help_and_fallback_inside_a_session_keep_it_open()
    {
        var conversation = LocalSkill.Conversation();
        await conversation.SayAsync("open world capitals", CancellationToken.None);

        var help = await conversation.SayAsync("what can you do", CancellationToken.None);
        var fallback = await conversation.SayAsync("sing me a song", CancellationToken.None);
        var answer = await conversation.SayAsync("kenya", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(help.Response!.Speech, Does.Contain(UtteranceCases.Help));
            Assert.That(fallback.Response!.Speech, Does.Contain(UtteranceCases.Fallback));
            Assert.That(answer.Request["session"]!["new"]!.GetValue<bool>(), Is.False);
            Assert.That(answer.Response!.Speech, Does.StartWith("The capital of Kenya is Nairobi."));
        });
    }

    [Test]
    public async Task An_unknown_place_in_a_session_is_not_known_and_the_session_continues()
    {
        var conversation = LocalSkill.Conversation();
        await conversation.SayAsync("open world capitals", CancellationToken.None);

        var unknown = await conversation.SayAsync("what about narnia", CancellationToken.None);
        var known = await conversation.SayAsync("what about chile", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(unknown.Response!.Speech, Does.Contain("I don't know the capital of Narnia yet"));
            Assert.That(known.Response!.Speech, Does.StartWith("The capital of Chile is Santiago."));
        });
    }

    [Test]
    public async Task Naming_the_skill_inside_an_open_session_starts_a_new_one_shot_session()
    {
        var conversation = LocalSkill.Conversation();
        var launch = await conversation.SayAsync("open world capitals", CancellationToken.None);

        var oneShot = await conversation.SayAsync("ask world capitals what's the capital of peru", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(oneShot.Request["session"]!["new"]!.GetValue<bool>(), Is.True);
            Assert.That(oneShot.Request["session"]!["sessionId"]!.GetValue<string>(), Is.Not.EqualTo(launch.Request["session"]!["sessionId"]!.GetValue<string>()));
            Assert.That(oneShot.Response!.Speech, Is.EqualTo("The capital of Peru is Lima."));
            Assert.That(conversation.InSession, Is.False);
        });
    }

    [Test]
    public async Task Ending_an_open_session_sends_session_ended_with_user_initiated()
    {
        var recorder = Recorder();
        var conversation = LocalSkill.Conversation(recorder);
        await conversation.SayAsync("open world capitals", CancellationToken.None);

        var ended = await conversation.EndAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(ended, Is.Not.Null);
            Assert.That(ended!.Answered, Is.True, ended.Error);
            Assert.That(recorder.RequestTypes, Is.EqualTo(new[] { "LaunchRequest", "SessionEndedRequest" }));
            Assert.That(recorder.Requests[1]["request"]!["reason"]!.GetValue<string>(), Is.EqualTo("USER_INITIATED"));
            Assert.That(recorder.Requests[1]["session"]!["sessionId"]!.GetValue<string>(), Is.EqualTo(recorder.Requests[0]["session"]!["sessionId"]!.GetValue<string>()));
            Assert.That(conversation.InSession, Is.False);
        });
    }

    [Test]
    public async Task Ending_with_no_open_session_sends_nothing()
    {
        var recorder = Recorder();
        var conversation = LocalSkill.Conversation(recorder);
        await conversation.SayAsync("what's the capital of peru", CancellationToken.None);

        var ended = await conversation.EndAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(ended, Is.Null);
            Assert.That(recorder.RequestTypes, Is.EqualTo(new[] { "IntentRequest" }));
        });
    }

    [Test]
    public async Task Envelopes_pass_the_skills_production_checks()
    {
        // The in-process skill runs with skill-ID and timestamp checks on; a refused envelope would not be answered.
        var turn = await LocalSkill.Conversation().SayAsync("open world capitals", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(turn.Answered, Is.True, turn.Error);
            Assert.That(turn.Request["context"]!["System"]!["application"]!["applicationId"]!.GetValue<string>(), Is.EqualTo(SkillIdentity.Current()));
        });
    }
}
