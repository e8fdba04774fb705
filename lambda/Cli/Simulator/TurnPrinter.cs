using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorldCapitals.Simulator.Conversations;

namespace WorldCapitals.Cli.Simulator;

/// <summary>Writes a turn as a person reads it (speech, reprompt, card, session state) or as JSON.</summary>
internal static class TurnPrinter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteHuman(TextWriter output, Turn turn)
    {
        var response = turn.Response!;
        if (turn.RequestType == "SessionEndedRequest")
        {
            output.WriteLine("(SessionEndedRequest sent; session ended)");
            return;
        }
        output.WriteLine($"Alexa: {response.Speech ?? "(says nothing)"}");
        if (response.Reprompt is not null)
            output.WriteLine($"Reprompt: {response.Reprompt}");
        if (response.CardTitle is not null || response.CardText is not null)
            output.WriteLine($"Card:  {response.CardTitle} — {response.CardText}");
        output.WriteLine(response.EndsSession ? "(session ended)" : "(session open)");
    }

    /// <summary>{"request": ..., "response": ...}, indented.</summary>
    public static void WriteExchange(TextWriter output, Turn turn)
    {
        var exchange = new JsonObject
        {
            ["request"] = turn.Request.DeepClone(),
            ["response"] = turn.Response!.Envelope.DeepClone(),
        };
        output.WriteLine(exchange.ToJsonString(Indented));
    }

    /// <summary>The response envelope on one line (JSON Lines).</summary>
    public static void WriteResponseLine(TextWriter output, Turn turn) =>
        output.WriteLine(turn.Response!.Envelope.ToJsonString(Compact));

    /// <summary>An error object on one line, so a JSON Lines output keeps one line per input line.</summary>
    public static void WriteErrorLine(TextWriter output, string error) =>
        output.WriteLine(new JsonObject { ["error"] = error }.ToJsonString(Compact));

    public static void WriteJson(TextWriter output, string label, JsonNode node)
    {
        output.WriteLine(label);
        output.WriteLine(node.ToJsonString(Indented));
    }
}
