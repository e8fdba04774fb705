using System.Text;
using System.Text.Json.Nodes;
using WorldCapitals.Cli;
using WorldCapitals.Cli.Simulator;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Cli;

/// <summary>Files saved by Windows editors start with a UTF-8 byte-order mark: invoke, ask --file and chat skip it; other encodings are a clear error.</summary>
public class InputEncodingTests
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private string _directory = "";

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), "capitals-encoding-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string File(string name, byte[] content)
    {
        var path = Path.Combine(_directory, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    private static byte[] WithBom(string text) => [.. Utf8Bom, .. Encoding.UTF8.GetBytes(text)];

    [Test]
    public async Task Invoke_answers_an_envelope_file_that_starts_with_a_byte_order_mark()
    {
        var file = File("request.json", WithBom(InvokeCommandTests.CapturedLaunch));

        var (exitCode, output, error) = await InvokeCommandTests.Invoke(file);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
            Assert.That((string?)JsonNode.Parse(output)!["response"]!["outputSpeech"]!["ssml"], Does.Contain("Welcome to World Capitals"));
            Assert.That(error, Is.Empty);
        });
    }

    [Test]
    public async Task Invoke_answers_standard_input_that_starts_with_a_byte_order_mark()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new MemoryStream(WithBom(InvokeCommandTests.CapturedLaunch));

        var exitCode = await InvokeCommand.RunAsync("-", strict: false, endpoint: null, input, output, error, CancellationToken.None);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error.ToString());
    }

    [Test]
    public async Task Invoke_refuses_a_utf16_file_and_says_so()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        var file = File("request.json", [.. encoding.GetPreamble(), .. encoding.GetBytes(InvokeCommandTests.CapturedLaunch)]);

        var (exitCode, output, error) = await InvokeCommandTests.Invoke(file);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(output, Is.Empty);
            Assert.That(error, Is.EqualTo($"capitals invoke: {file} is not UTF-8 text (it is UTF-16); save it as UTF-8\n"));
        });
    }

    [Test]
    public async Task Invoke_refuses_bytes_that_are_not_utf8()
    {
        var file = File("request.json", [.. Encoding.UTF8.GetBytes("{\"request\":{\"type\":\"LaunchRequest\",\"locale\":\"en-"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}}")]);

        var (exitCode, _, error) = await InvokeCommandTests.Invoke(file);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(error, Does.Contain("is not UTF-8 text; save it as UTF-8"));
        });
    }

    [Test]
    public async Task Ask_file_with_a_byte_order_mark_reads_its_first_line_as_said()
    {
        var file = File("utterances.txt", WithBom("what's the capital of peru\nwhat's the capital of chile\n"));

        var (exitCode, output, error) = await AskCommandTests.Ask(new AskRequest(null, file, Json: false));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
            Assert.That(output, Does.StartWith("> what's the capital of peru\nAlexa: The capital of Peru is Lima."));
            Assert.That(output, Does.Not.Contain('\uFEFF'));
        });
    }

    [Test]
    public async Task Ask_standard_input_with_a_byte_order_mark_reads_its_first_line_as_said()
    {
        // A reader that does not detect byte-order marks (the console's) passes it on as U+FEFF.
        var (exitCode, output, error) = await AskCommandTests.Ask(new AskRequest(null, "-", Json: false), standardInput: "\uFEFFwhat's the capital of peru\n");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
            Assert.That(output, Does.StartWith("> what's the capital of peru\nAlexa: The capital of Peru is Lima."));
        });
    }

    [Test]
    public async Task Ask_refuses_a_utf16_utterance_file_and_says_so()
    {
        var file = File("utterances.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("what's the capital of peru\n")]);

        var (exitCode, output, error) = await AskCommandTests.Ask(new AskRequest(null, file, Json: false));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(output, Is.Empty);
            Assert.That(error, Is.EqualTo($"capitals ask: {file} is not UTF-8 text (it is UTF-16); save it as UTF-8\n"));
        });
    }

    [Test]
    public async Task Chat_input_with_a_byte_order_mark_reads_its_first_line_as_said()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var recorder = new RecordingTransport(WorldCapitals.Simulator.Transport.InProcessSkillTransport.Create(verify: true));
        var session = new ChatSession(LocalSkill.Conversation(recorder), output, error, "in process");

        var exitCode = await session.RunAsync(new StringReader("\uFEFFopen world capitals\nstop\n"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error.ToString());
            Assert.That(recorder.RequestTypes.First(), Is.EqualTo("LaunchRequest"));
            Assert.That(output.ToString(), Does.Contain("Alexa: Welcome to World Capitals"));
        });
    }
}
