namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// Removes what Alexa removes before the skill's model sees an utterance: a leading wake word ("alexa") and a launch
/// phrase with the invocation name ("ask world capitals", "open world capitals to", "ワールドキャピタルズで", ...), as the
/// language says them (the <c>invocation</c> section of NluLexicon.&lt;language&gt;.json, <see cref="LaunchPhrases"/>).
/// </summary>
public static class InvocationForms
{
    /// <summary>The form of an utterance in a locale (English when the locale's language has no lexicon).</summary>
    public static UtteranceForm Parse(string utterance, string invocationName, string locale = "en-US")
    {
        ArgumentNullException.ThrowIfNull(locale);
        var lexicon = NluLexicon.For(locale);
        return Parse(utterance, invocationName, lexicon, LaunchWording.For(locale, invocationName, lexicon));
    }

    internal static UtteranceForm Parse(string utterance, string invocationName, NluLexicon lexicon, LaunchWording? wording = null)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        ArgumentNullException.ThrowIfNull(invocationName);
        var phrases = lexicon.Launch;
        var tokens = lexicon.Tokenize(utterance);
        var start = phrases.WakeWords.Where(wake => Tokenizer.KeysAt(tokens, 0, wake)).Select(wake => wake.Length).DefaultIfEmpty(0).Max();
        var invocation = Tokenizer.Tokenize(invocationName).Select(token => token.Key).ToArray();
        var launch = AfterOpeners(tokens, start, phrases.Openers, lexicon);
        // A launch in other words (LaunchWording) before a one-shot: "start world capitals again" asks nothing.
        if (wording is not null && wording.IsLaunch(tokens, lexicon, phrases.WakeWords))
            return new UtteranceForm(UtteranceKind.Launch, utterance, []) { HasWakeWord = start > 0 };

        foreach (var verb in phrases.Verbs)
        {
            var name = launch + verb.Length;
            // An article before the name: "open the world capitals skill".
            if (name < tokens.Count && lexicon.Articles.Contains(tokens[name].Key) && Tokenizer.KeysAt(tokens, name + 1, invocation))
                name++;
            if (!Tokenizer.KeysAt(tokens, launch, verb) || !Tokenizer.KeysAt(tokens, name, invocation))
                continue;
            var rest = name + invocation.Length;
            // Filler words after the name or its ending do not make a request: "start world capitals please".
            if (OnlyFillersFrom(tokens, rest, lexicon)
                || phrases.LaunchEndings.Any(ending => Tokenizer.KeysAt(tokens, rest, ending) && OnlyFillersFrom(tokens, rest + ending.Length, lexicon)))
            {
                return new UtteranceForm(UtteranceKind.Launch, utterance, []) { HasWakeWord = start > 0 };
            }
            // A launch ending that says a launch verb, with more words after it, is the launch and what follows it:
            // "世界の首都を開いて宛先の国を確認したい" as "open world capitals to check an address" (a reason, or a request). A
            // language that says its verb after the name (Hindi) reads the ending with the request already (NluEngine.ParseForm).
            if (wording is { VerbAfterName: false } && phrases.LaunchEndings.FirstOrDefault(ending => Tokenizer.KeysAt(tokens, rest, ending)
                && rest + ending.Length < tokens.Count && EndsAWord(tokens, rest + ending.Length)
                && wording.SaysVerb(tokens.Skip(rest).Take(ending.Length), lexicon)) is { } launchEnding)
            {
                return new UtteranceForm(UtteranceKind.OneShot, utterance, tokens.Skip(rest + launchEnding.Length).ToList()) { HasWakeWord = start > 0, HasLaunchVerb = true };
            }
            if (phrases.ConnectingWords.FirstOrDefault(connecting => Tokenizer.KeysAt(tokens, rest, connecting) && rest + connecting.Length < tokens.Count) is { } used)
                rest += used.Length;
            return new UtteranceForm(UtteranceKind.OneShot, utterance, tokens.Skip(rest).ToList()) { HasWakeWord = start > 0, HasLaunchVerb = verb.Length > 0 };
        }
        return new UtteranceForm(UtteranceKind.Bare, utterance, tokens.Skip(start).ToList()) { HasWakeWord = start > 0 };
    }

    // Whether a word may end before the token: in a script written without spaces, no run of katakana or kanji goes on
    // ("を開いてけ" is no ending in "を開いてケニア", kana folded alike); hiragana may, a verb's ending ("開いてくれたまえ").
    internal static bool EndsAWord(IReadOnlyList<Token> tokens, int index) =>
        !Tokenizer.CutsScriptRun(tokens, index) || Tokenizer.IsHiragana(tokens[index]);

    private static bool OnlyFillersFrom(IReadOnlyList<Token> tokens, int position, NluLexicon lexicon) =>
        Enumerable.Range(position, tokens.Count - position).All(index => IsFiller(tokens[index], lexicon));

    // Filler words ("please", "hey") and polite openers ("can you", "i'd like to") said before a launch verb: "please open
    // world capitals", "can you open world capitals" launch the skill as "open world capitals" does.
    private static int AfterOpeners(IReadOnlyList<Token> tokens, int start, IReadOnlyList<string[]> openers, NluLexicon lexicon)
    {
        while (start < tokens.Count)
        {
            if (IsFiller(tokens[start], lexicon))
                start++;
            else if (openers.FirstOrDefault(opener => Tokenizer.KeysAt(tokens, start, opener)) is { } opener)
                start += opener.Length;
            else
                break;
        }
        return start;
    }

    // A filler word, also as a spelling variant of one (Hindi "प्लीज" is "please").
    private static bool IsFiller(Token token, NluLexicon lexicon) =>
        lexicon.Expand(token.Key).All(key => lexicon.KindOf(key) == WordKind.Filler);
}

/// <summary>
/// How a language launches a skill, each phrase as its words' keys, longest first: wake words; the launch verbs said
/// before the invocation name (an empty one where the name comes first, as in Japanese); connecting words between the
/// name and the request ("to", "for", "で"); endings that make the name alone a launch ("を開いて"); and polite openers
/// said before a launch verb ("can you", "i'd like to": the optional <c>requestOpeners</c>).
/// </summary>
internal sealed record LaunchPhrases(
    IReadOnlyList<string[]> WakeWords, IReadOnlyList<string[]> Verbs, IReadOnlyList<string[]> ConnectingWords, IReadOnlyList<string[]> LaunchEndings)
{
    public IReadOnlyList<string[]> Openers { get; init; } = [];

    /// <summary>For a language without a lexicon: the wake word, and the invocation name said first.</summary>
    public static LaunchPhrases Default { get; } = new([["alexa"]], [[]], [], []);
}
