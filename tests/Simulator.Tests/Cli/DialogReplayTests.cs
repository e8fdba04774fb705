using System.Text.Json.Nodes;
using WorldCapitals.Cli;
using WorldCapitals.Cli.Simulator;
using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Transport;

namespace WorldCapitals.Simulator.Tests.Cli;

/// <summary>`capitals chat --replay` reads ASK CLI `ask dialog` replay files; `--record` and `.record` write them.</summary>
public class DialogReplayTests
{
    // Written by hand in the ASK CLI's format (lib/model/dialog-replay-file.js): skillId, locale, type, userInput.
    private static readonly string HandWrittenReplay = Path.Combine(Repository.Root, "tests", "Simulator.Tests", "Cli", "Replays", "world-capitals.json");

    private string _directory = "";

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), "capitals-replay-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private static async Task<(int ExitCode, string Output, string Error, RecordingTransport Recorder)> Chat(
        string script, DialogReplayFile? replay = null, string? replayPath = null, string? recordPath = null)
    {
        var recorder = new RecordingTransport(InProcessSkillTransport.Create(verify: true));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var session = new ChatSession(LocalSkill.Conversation(recorder), output, error, "in process")
        {
            EchoInput = true,
            Replay = replay,
            RecordPath = recordPath,
            View = replay is null ? null : new AskDialogView(output, replayPath!, 80),
        };
        var exitCode = await session.RunAsync(new StringReader(script), CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString(), recorder);
    }

    private string TempPath(string name) => Path.Combine(_directory, name);

    [Test]
    public async Task The_hand_written_replay_file_prints_the_conversation_as_ask_dialog_does()
    {
        // Arrange
        var replay = DialogReplayFile.Read(HandWrittenReplay);

        // Act
        var (exitCode, output, error, recorder) = await Chat("", replay, "world-capitals.json");

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
            Assert.That(output, Is.EqualTo("""

                ============================= Welcome to ASK Dialog ============================
                ==== Replaying a multi turn conversation with Alexa from world-capitals.json ===
                =========== Alexa will then evaluate your input and give a response! ===========

                User  > open world capitals
                Alexa > Welcome to World Capitals. I know the capital of every country. For example, ask me: what's the capital of Peru? Or ask which country a city is the capital of.
                User  > what's the capital of peru
                Alexa > The capital of Peru is Lima. Which other country would you like?
                User  > what about south africa
                Alexa > South Africa has three capitals: Pretoria, the executive capital; Cape Town, the legislative capital; and Bloemfontein, the judicial capital. Which other country would you like?
                User  > stop
                Session ended
                Alexa > Goodbye!
                User  > ask world capitals what's the capital of france
                Session ended
                Alexa > The capital of France is Paris.
                User  > .quit

                =================================== Goodbye! ===================================


                """.ReplaceLineEndings("\n")));
            Assert.That(recorder.RequestTypes, Is.EqualTo(new[] { "LaunchRequest", "IntentRequest", "IntentRequest", "IntentRequest", "IntentRequest" }));
        });
    }

    [Test]
    public async Task A_replay_without_quit_goes_on_with_what_the_user_types_in_the_same_session()
    {
        var replay = new DialogReplayFile("amzn1.ask.skill.x", "en-US", ["open world capitals"]);

        var (_, output, _, recorder) = await Chat("what about chile\n.quit\n", replay, "r.json");

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("= Switching to interactive dialog. ="));
            Assert.That(output, Does.Contain("= To automatically quit after replay, append '.quit' to the userInput of your replay file. ="));
            Assert.That(output, Does.Contain("User  > what about chile\nAlexa > The capital of Chile is Santiago."));
            Assert.That(recorder.RequestTypes, Is.EqualTo(new[] { "LaunchRequest", "IntentRequest", "SessionEndedRequest" }));
            Assert.That((bool)recorder.Requests[1]["session"]!["new"]!, Is.False, "the typed line goes into the replay's session");
        });
    }

    [Test]
    public async Task Record_then_replay_gives_the_same_conversation()
    {
        // Arrange
        var recording = TempPath("recorded.json");
        var (recordExit, recordOutput, recordError, _) = await Chat("open world capitals\nwhat's the capital of peru\n/json\n/json\nwhat about kenya\nexit\n", recordPath: recording);

        // Act
        var replay = DialogReplayFile.Read(recording);
        var (replayExit, replayOutput, replayError, _) = await Chat("", replay, recording);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(recordExit, Is.EqualTo(ExitCodes.Success), recordError);
            Assert.That(replayExit, Is.EqualTo(ExitCodes.Success), replayError);
            Assert.That(File.ReadAllText(recording), Is.EqualTo(
                """{"skillId":"amzn1.ask.skill.00000000-0000-0000-0000-000000000000","locale":"en-US","type":"text","userInput":["open world capitals","what's the capital of peru","what about kenya",".quit"]}""" + "\n"));
            Assert.That(recordOutput, Does.Contain("Alexa: The capital of Kenya is Nairobi."));
            Assert.That(replayOutput, Does.Contain("User  > what about kenya\nAlexa > The capital of Kenya is Nairobi. Which other country would you like?\nUser  > .quit\n"));
            Assert.That(replayOutput, Does.Not.Contain("Switching to interactive dialog"), "the recording ends with .quit");
        });
    }

    [Test]
    public async Task Dot_record_writes_the_utterances_of_the_open_session_as_ask_dialog_does()
    {
        // ask dialog forgets the utterances of a session once a response ends it.
        var file = TempPath("session.json");

        var (_, output, _, _) = await Chat($"what's the capital of peru\nopen world capitals\nwhat about chile\n.record {file} --append-quit\n");

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain($"Created replay file at {file} (appended \".quit\" to list of utterances)."));
            var written = JsonNode.Parse(File.ReadAllText(file))!;
            Assert.That(written["userInput"]!.AsArray().Select(line => (string?)line), Is.EqualTo(new[] { "open world capitals", "what about chile", ".quit" }));
            Assert.That((string?)written["locale"], Is.EqualTo("en-US"));
            Assert.That((string?)written["type"], Is.EqualTo("text"));
        });
    }

    [TestCase(".record", "incorrect format")]
    [TestCase(".record a.json b.json c.json", "incorrect format")]
    [TestCase(".record a.json --quit", "unable to validate arguments: \"--quit\"")]
    public async Task Dot_record_with_wrong_arguments_says_how_to_use_it_and_writes_nothing(string command, string message)
    {
        var (exitCode, _, error, _) = await Chat($"open world capitals\n{command}\n");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(error, Does.Contain(message).And.Contain("\".record <fileName>\" or \".record <fileName> --append-quit\""));
            Assert.That(File.Exists("a.json"), Is.False);
        });
    }

    [Test]
    public async Task An_unknown_dot_command_is_not_said_to_the_skill()
    {
        var (_, output, _, recorder) = await Chat("open world capitals\n.load x\n");

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("Invalid REPL keyword"));
            Assert.That(recorder.RequestTypes, Is.EqualTo(new[] { "LaunchRequest", "SessionEndedRequest" }));
        });
    }

    [Test]
    public void A_replay_file_with_a_byte_order_mark_is_read()
    {
        var file = TempPath("bom.json");
        File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(HandWrittenReplay)]);

        var replay = DialogReplayFile.Read(file);

        Assert.That(replay.UserInput, Has.Count.EqualTo(6));
    }

    [TestCase("""{"locale":"en-US","type":"text","userInput":["hi"]}""", "must contain skillId")]
    [TestCase("""{"skillId":" ","locale":"en-US","type":"text","userInput":["hi"]}""", "must contain skillId")]
    [TestCase("""{"skillId":"s","type":"text","userInput":["hi"]}""", "must contain locale")]
    [TestCase("""{"skillId":"s","locale":"en-US","type":"text"}""", "must contain userInput")]
    [TestCase("""{"skillId":"s","locale":"en-US","type":"text","userInput":["hi","  "]}""", "non-empty strings")]
    [TestCase("""{"skillId":"s","locale":"en-US","type":"text","userInput":["hi",3]}""", "non-empty strings")]
    [TestCase("""{"skillId":"s","locale":"en-US","type":"voice","userInput":["hi"]}""", "type \"voice\" is not supported")]
    [TestCase("""["hi"]""", "a replay file is a JSON object")]
    [TestCase("""{"skillId":"s",""", "is not valid JSON")]
    public void A_replay_file_the_ask_cli_would_refuse_is_refused_with_a_reason(string content, string message)
    {
        var file = TempPath("bad.json");
        File.WriteAllText(file, content);

        var exception = Assert.Throws<CliException>(() => DialogReplayFile.Read(file));

        Assert.That(exception!.Message, Does.StartWith(file).And.Contain(message));
    }

    [Test]
    public void A_missing_replay_file_is_a_clear_error()
    {
        var exception = Assert.Throws<CliException>(() => DialogReplayFile.Read(TempPath("missing.json")));

        Assert.That(exception!.Message, Does.StartWith("cannot read the replay file"));
    }
}
