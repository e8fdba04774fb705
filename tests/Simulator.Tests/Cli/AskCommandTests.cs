using System.Text.Json.Nodes;
using WorldCapitals.Cli;
using WorldCapitals.Cli.Simulator;

namespace WorldCapitals.Simulator.Tests.Cli;

public class AskCommandTests
{
    internal static async Task<(int ExitCode, string Output, string Error)> Ask(AskRequest request, string standardInput = "")
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await AskCommand.RunAsync(request with { Root = request.Root ?? Repository.Root }, Repository.Root, new StringReader(standardInput), output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Test]
    public async Task One_question_prints_the_answer_the_card_and_the_session_state()
    {
        var (exitCode, output, error) = await Ask(new AskRequest("what's the capital of france", null, Json: false));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(output, Is.EqualTo("Alexa: The capital of France is Paris.\nCard:  Capital of France — The capital of France is Paris.\n(session ended)\n"));
            Assert.That(error, Is.Empty);
        });
    }

    [Test]
    public async Task Json_prints_the_request_and_the_response_envelopes()
    {
        var (exitCode, output, _) = await Ask(new AskRequest("ask world capitals about peru", null, Json: true));

        var exchange = JsonNode.Parse(output)!;
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(exchange["request"]!["request"]!["intent"]!["name"]!.GetValue<string>(), Is.EqualTo("CapitalIntent"));
            Assert.That(exchange["response"]!["response"]!["outputSpeech"]!["ssml"]!.GetValue<string>(), Does.Contain("Lima"));
        });
    }

    [Test]
    public async Task Batch_json_prints_one_response_envelope_per_line_in_input_order()
    {
        var countries = new[] { "peru", "japan", "kenya", "chile", "norway", "egypt", "spain", "canada" };
        var file = Path.Combine(Path.GetTempPath(), $"utterances-{Guid.NewGuid():N}.txt");
        await File.WriteAllLinesAsync(file, ["# a comment", "", .. countries.Select(c => $"what's the capital of {c}")]);
        try
        {
            var (exitCode, output, _) = await Ask(new AskRequest(null, file, Json: true));

            var lines = output.TrimEnd('\n').Split('\n');
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(lines, Has.Length.EqualTo(countries.Length));
            for (var i = 0; i < countries.Length; i++)
                Assert.That(JsonNode.Parse(lines[i])!["response"]!["card"]!["title"]!.GetValue<string>(), Does.EndWith(" " + char.ToUpperInvariant(countries[i][0]) + countries[i][1..]));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task Batch_from_standard_input_prints_each_utterance_and_its_answer()
    {
        var (exitCode, output, _) = await Ask(new AskRequest(null, "-", Json: false), "help\nwhat's the capital of peru\n");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(output, Does.StartWith("> help\nAlexa: You can ask me"));
            Assert.That(output, Does.Contain("\n\n> what's the capital of peru\nAlexa: The capital of Peru is Lima."));
        });
    }

    [Test]
    public async Task A_missing_model_is_a_one_line_error_with_exit_code_2()
    {
        var (exitCode, output, error) = await Ask(new AskRequest("what's the capital of peru", null, Json: false, Locale: "xx-XX"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(output, Is.Empty);
            Assert.That(error.TrimEnd('\n'), Does.Not.Contain('\n'));
            Assert.That(error, Does.StartWith("capitals ask: no interaction model for xx-XX"));
            Assert.That(error, Does.Contain("(available: ").And.Contain("en-AU, en-CA, en-GB, en-IN, en-US"));
        });
    }

    [Test]
    public async Task An_unreadable_file_is_a_one_line_error_with_exit_code_2()
    {
        var (exitCode, _, error) = await Ask(new AskRequest(null, "/nonexistent/utterances.txt", Json: true));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(error, Does.StartWith("capitals ask: cannot read /nonexistent/utterances.txt"));
            Assert.That(error.TrimEnd('\n'), Does.Not.Contain('\n'));
        });
    }

    [TestCase("peru", "utterances.txt")]
    [TestCase(null, null)]
    [TestCase("   ", null)]
    public async Task An_utterance_and_a_file_together_or_neither_is_a_usage_error(string? utterance, string? file)
    {
        var (exitCode, _, error) = await Ask(new AskRequest(utterance, file, Json: false));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(error, Does.StartWith("capitals ask: "));
        });
    }

    [Test]
    public async Task Another_locale_uses_its_own_model()
    {
        var (exitCode, output, _) = await Ask(new AskRequest("have you got the capital of france", null, Json: true, Locale: "en-GB"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(JsonNode.Parse(output)!["request"]!["request"]!["locale"]!.GetValue<string>(), Is.EqualTo("en-GB"));
        });
    }
}
