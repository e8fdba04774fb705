using WorldCapitals.Cli.Simulator;
using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Transport;

namespace WorldCapitals.Simulator.Tests.Cli;

public class ChatSessionTests
{
    private static async Task<(int ExitCode, string Output, RecordingTransport Recorder)> Chat(string script, CancellationToken cancellationToken = default)
    {
        var recorder = new RecordingTransport(InProcessSkillTransport.Create(verify: true));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var session = new ChatSession(LocalSkill.Conversation(recorder), output, error, "in process") { EchoInput = true };
        var exitCode = await session.RunAsync(new StringReader(script), cancellationToken);
        return (exitCode, output.ToString(), recorder);
    }

    [Test]
    public async Task A_scripted_session_shows_speech_reprompt_card_and_session_state()
    {
        var (exitCode, output, _) = await Chat("open world capitals\nwhat's the capital of peru\nstop\n");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(output, Does.Contain("Alexa: Welcome to World Capitals"));
            Assert.That(output, Does.Contain("Alexa: The capital of Peru is Lima. Which other country would you like?"));
            Assert.That(output, Does.Contain("Reprompt: You can ask about another country, or say stop."));
            Assert.That(output, Does.Contain("Card:  Capital of Peru — The capital of Peru is Lima."));
            Assert.That(output, Does.Contain("Alexa: Goodbye!\n(session ended)"));
        });
    }

    [Test]
    public async Task End_of_input_with_a_session_open_sends_session_ended()
    {
        var (_, output, recorder) = await Chat("open world capitals\nwhat about chile\n");

        Assert.Multiple(() =>
        {
            Assert.That(recorder.RequestTypes, Is.EqualTo(new[] { "LaunchRequest", "IntentRequest", "SessionEndedRequest" }));
            Assert.That(output, Does.Contain("SessionEndedRequest sent"));
        });
    }

    [TestCase("exit")]
    [TestCase("quit")]
    [TestCase("/quit")]
    [TestCase("/exit")]
    public async Task A_quit_command_with_a_session_open_sends_session_ended_and_stops_reading(string command)
    {
        var (_, _, recorder) = await Chat($"open world capitals\n{command}\nwhat's the capital of peru\n");

        Assert.That(recorder.RequestTypes, Is.EqualTo(new[] { "LaunchRequest", "SessionEndedRequest" }));
    }

    [Test]
    public async Task Quitting_after_the_skill_ended_the_session_sends_nothing_more()
    {
        var (_, _, recorder) = await Chat("what's the capital of peru\nexit\n");

        Assert.That(recorder.RequestTypes, Is.EqualTo(new[] { "IntentRequest" }));
    }

    [Test]
    public async Task The_json_command_toggles_the_envelopes()
    {
        var (_, output, _) = await Chat("what's the capital of peru\n/json\nwhat's the capital of chile\n/json\nwhat's the capital of spain\n");

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("JSON view on."));
            Assert.That(output, Does.Contain("JSON view off."));
            Assert.That(output.Split("\"type\": \"IntentRequest\"").Length - 1, Is.EqualTo(1));
            Assert.That(output, Does.Contain("\"ssml\": \"<speak>The capital of Chile is Santiago.</speak>\""));
        });
    }

    [Test]
    public async Task Help_lists_every_chat_command()
    {
        var (_, output, recorder) = await Chat("/help\n/nonsense\n");

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("/json"));
            Assert.That(output, Does.Contain("/quit"));
            Assert.That(output, Does.Contain("/help"));
            Assert.That(output, Does.Contain("Unknown command /nonsense"));
            Assert.That(recorder.Requests, Is.Empty);
        });
    }

    [Test]
    public async Task Cancellation_ends_the_chat_and_the_open_session()
    {
        using var cancellation = new CancellationTokenSource();
        var recorder = new RecordingTransport(InProcessSkillTransport.Create(verify: true));
        using var output = new StringWriter();
        var session = new ChatSession(LocalSkill.Conversation(recorder), output, TextWriter.Null, "in process");
        using var input = new BlockingAfterFirstLine("open world capitals", cancellation);

        await session.RunAsync(input, cancellation.Token);

        Assert.That(recorder.RequestTypes, Is.EqualTo(new[] { "LaunchRequest", "SessionEndedRequest" }));
    }

    /// <summary>Gives one line, then blocks like a terminal waiting for input, and presses Ctrl+C.</summary>
    private sealed class BlockingAfterFirstLine(string line, CancellationTokenSource cancellation) : TextReader
    {
        private readonly ManualResetEventSlim _never = new();
        private bool _given;

        public override string? ReadLine()
        {
            if (!_given)
            {
                _given = true;
                return line;
            }
            cancellation.Cancel();
            _never.Wait(TimeSpan.FromSeconds(30));
            return null;
        }

        protected override void Dispose(bool disposing)
        {
            _never.Set();
            if (disposing)
                _never.Dispose();
            base.Dispose(disposing);
        }
    }
}
