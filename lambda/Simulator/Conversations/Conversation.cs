using System.Text;
using System.Text.Json.Nodes;
using WorldCapitals.Simulator.Envelopes;
using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Transport;

namespace WorldCapitals.Simulator.Conversations;

/// <summary>
/// A user talking to the skill through Alexa, utterance by utterance, with Alexa's session rules:
/// "open world capitals" starts a session (LaunchRequest); an utterance naming the skill ("ask world
/// capitals ...") is a one-shot in a new session; a bare utterance goes to the open session (new: false),
/// or is a one-shot in a new session when none is open. A response with shouldEndSession true or omitted
/// ends the session. The simulator keeps only the session ID, as Alexa does; the skill keeps nothing.
/// </summary>
public sealed class Conversation(NluEngine nlu, EnvelopeFactory envelopes, ISkillTransport skill)
{
    private string? _sessionId;

    public bool InSession => _sessionId is not null;

    public NluEngine Nlu => nlu;

    public async Task<Turn> SayAsync(string utterance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        var form = nlu.ParseForm(utterance);
        if (form.Kind == UtteranceKind.Launch)
        {
            _sessionId = EnvelopeFactory.NewSessionId();
            return await SendAsync(utterance, null, envelopes.Launch(_sessionId), cancellationToken);
        }

        var interpretation = nlu.Recognize(form.RequestTokens, form.Text);
        var isNew = form.Kind == UtteranceKind.OneShot || !InSession;
        if (isNew)
            _sessionId = EnvelopeFactory.NewSessionId();
        if (interpretation is null)
        {
            _sessionId = null;
            return new Turn(utterance, null, [], null, SkillFailure.BadInput,
                $"\"{utterance}\" matches no intent, and the model declares no {NluEngine.FallbackIntent}");
        }
        return await SendAsync(utterance, interpretation, envelopes.Intent(interpretation, _sessionId!, isNew), cancellationToken);
    }

    /// <summary>Sends SessionEndedRequest (USER_INITIATED) when a session is open: the user left. Null otherwise.</summary>
    public async Task<Turn?> EndAsync(CancellationToken cancellationToken)
    {
        if (_sessionId is null)
            return null;
        var request = envelopes.SessionEnded(_sessionId);
        return await SendAsync(null, null, request, cancellationToken);
    }

    private async Task<Turn> SendAsync(string? utterance, Interpretation? interpretation, JsonObject request, CancellationToken cancellationToken)
    {
        var reply = await skill.SendAsync(Encoding.UTF8.GetBytes(request.ToJsonString()), cancellationToken);
        if (!reply.Succeeded)
        {
            _sessionId = null;
            return new Turn(utterance, interpretation, request, null, reply.Failure, reply.Error) { Summary = reply.Summary };
        }
        var response = ResponseView.Parse(reply.Body!);
        var endedByRequest = request["request"]?["type"]?.GetValue<string>() == "SessionEndedRequest";
        if (response is null || response.EndsSession || endedByRequest)
            _sessionId = null;
        return response is null
            ? new Turn(utterance, interpretation, request, null, SkillFailure.NotAnswered, "the response is not a JSON object") { Summary = reply.Summary }
            : new Turn(utterance, interpretation, request, response, SkillFailure.None, null) { Summary = reply.Summary };
    }
}
