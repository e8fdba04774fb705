namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// Removes what Alexa removes before the skill's model sees an utterance: a leading "alexa" wake word and a
/// launch phrase with the invocation name ("ask world capitals", "open world capitals to", ...).
/// </summary>
public static class InvocationForms
{
    private static readonly HashSet<string> LaunchVerbs = new(StringComparer.Ordinal)
    {
        "ask", "tell", "open", "launch", "start", "begin", "load", "use", "run",
    };

    private static readonly HashSet<string> ConnectingWords = new(StringComparer.Ordinal)
    {
        "to", "for", "about", "if", "whether", "and", "that",
    };

    public const string WakeWord = "alexa";

    public static UtteranceForm Parse(string utterance, string invocationName)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        ArgumentNullException.ThrowIfNull(invocationName);
        var tokens = Tokenizer.Tokenize(utterance);
        var start = tokens.Count > 0 && tokens[0].Key == WakeWord ? 1 : 0;
        var invocation = Tokenizer.Tokenize(invocationName).Select(token => token.Key).ToArray();

        if (start < tokens.Count && LaunchVerbs.Contains(tokens[start].Key) && Follows(tokens, start + 1, invocation))
        {
            var rest = start + 1 + invocation.Length;
            if (rest == tokens.Count)
                return new UtteranceForm(UtteranceKind.Launch, utterance, []);
            if (ConnectingWords.Contains(tokens[rest].Key) && rest + 1 < tokens.Count)
                rest++;
            return new UtteranceForm(UtteranceKind.OneShot, utterance, tokens.Skip(rest).ToList());
        }
        return new UtteranceForm(UtteranceKind.Bare, utterance, tokens.Skip(start).ToList());
    }

    private static bool Follows(IReadOnlyList<Token> tokens, int start, string[] words)
    {
        if (words.Length == 0 || start + words.Length > tokens.Count)
            return false;
        for (var i = 0; i < words.Length; i++)
        {
            if (tokens[start + i].Key != words[i])
                return false;
        }
        return true;
    }
}
