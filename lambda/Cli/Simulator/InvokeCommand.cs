using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorldCapitals.Simulator.Transport;

namespace WorldCapitals.Cli.Simulator;

/// <summary>
/// `capitals invoke request.json`: send a raw request envelope, print the response envelope; the local
/// equivalent of a Lambda test event. Captured envelopes are old and carry other skill IDs, so the timestamp
/// and skill-ID checks are off unless --strict; everything else runs as in production. A UTF-8 byte-order mark
/// is skipped; a placeholder timestamp ("now") becomes the current time with a warning, or is refused with --strict.
/// </summary>
internal static class InvokeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("request")
        {
            Description = "A request envelope (JSON) file, or - for standard input.",
        };
        var strict = new Option<bool>("--strict")
        {
            Description = "Keep the timestamp (±150 s) and skill-ID checks on, as in production (skill ID from SKILL_ID, else the local development ID); " +
                "a timestamp that is not a date is refused.",
        };
        var endpoint = SimulatorOptions.Endpoint();
        var command = new Command("invoke", "Send a raw request envelope to the skill and print the response envelope. " +
            "The file is UTF-8 (a byte-order mark is skipped). A request.timestamp that is not a date, such as the placeholder \"now\", " +
            "is replaced by the current time with a one-line warning on standard error; with --strict it is refused. " + ExitCodes.SimulatorHelp)
        {
            file, strict, endpoint,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(file)!, parseResult.GetValue(strict), parseResult.GetValue(endpoint),
            Console.OpenStandardInput(), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string path, bool strict, string? endpoint, Stream standardInput, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var endpointUri = SimulatorOptions.ParseEndpoint(endpoint);
            var where = path == UtteranceFile.StandardInput ? "standard input" : path;
            var body = Utf8Input.SkipByteOrderMark(await ReadAsync(path, standardInput, cancellationToken));
            Utf8Input.EnsureUtf8(body.Span, where);
            if (ParseJson(where, body) is JsonObject envelope && PlaceholderTimestamp.Find(envelope) is { } placeholder)
                body = ReplacePlaceholder(where, envelope, placeholder, strict, error);
            ISkillTransport skill = endpointUri is null ? HostConfiguredSkill.Create(strict, error) : HttpSkillTransport.Create(endpointUri);
            var reply = await skill.SendAsync(body, cancellationToken);
            if (!reply.Succeeded)
            {
                await error.WriteLineAsync($"capitals invoke: {reply.Error}");
                return AskCommand.ExitCode(reply.Failure);
            }
            await output.WriteLineAsync(Encoding.UTF8.GetString(reply.Body!));
            return ExitCodes.Success;
        }
        catch (CliException exception)
        {
            await error.WriteLineAsync($"capitals invoke: {exception.Message}");
            return ExitCodes.Failed;
        }
    }

    private static async Task<byte[]> ReadAsync(string path, Stream standardInput, CancellationToken cancellationToken)
    {
        try
        {
            if (path != UtteranceFile.StandardInput)
                return await File.ReadAllBytesAsync(path, cancellationToken);
            using var buffer = new MemoryStream();
            await standardInput.CopyToAsync(buffer, cancellationToken);
            return buffer.ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"cannot read {path}: {exception.Message}", exception);
        }
    }

    // The skill would refuse it too; saying so here names the file and gives exit code 2 (bad input), endpoint or not.
    private static JsonNode? ParseJson(string where, ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonNode.Parse(body.Span);
        }
        catch (JsonException exception)
        {
            throw new CliException($"{where} is not valid JSON: {exception.Message.ReplaceLineEndings(" ")}", exception);
        }
    }

    private static byte[] ReplacePlaceholder(string where, JsonObject envelope, JsonNode placeholder, bool strict, TextWriter error)
    {
        var instant = DateTimeOffset.UtcNow;
        var now = PlaceholderTimestamp.FormatNow(instant);
        if (strict)
        {
            throw new CliException($"{where}: request.timestamp {placeholder.ToJsonString()} is not a date; with --strict it must be the time of the request, " +
                $"as an ISO 8601 string such as \"{now}\" or as epoch milliseconds");
        }
        error.WriteLine($"capitals invoke: warning: {where}: request.timestamp {placeholder.ToJsonString()} is not a date; sending the current time ({now}) instead");
        PlaceholderTimestamp.ReplaceWithNow(envelope, instant);
        return Encoding.UTF8.GetBytes(envelope.ToJsonString());
    }
}
