using System.Text.RegularExpressions;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Model.Tests;

internal sealed record ExamplePhraseMatch(string Sample, IReadOnlyList<string> SlotTexts);

/// <summary>
/// Checks an example phrase ("Alexa, ask world capitals what's the capital of France") against a model: after the
/// wake word and the launch phrase with the invocation name, as the locale's language says them (the simulator's
/// <see cref="InvocationForms"/>), what is left must be one sample utterance with any text in its slots. The
/// invocation name alone ("open world capitals") is a LaunchRequest and needs no sample.
/// </summary>
internal static class ExamplePhrases
{
    public const string Launch = "(launch)";

    /// <summary>The sample utterance the phrase matches (<see cref="Launch"/> for a launch phrase) and the text in its
    /// slots, or null when it matches nothing.</summary>
    public static ExamplePhraseMatch? Match(string phrase, string invocationName, IEnumerable<string> samples, string locale = "en-US")
    {
        var form = InvocationForms.Parse(phrase, invocationName, locale);
        if (form.Kind == UtteranceKind.Launch)
            return LaunchVerbs(form, invocationName, locale) ? new ExamplePhraseMatch(Launch, []) : null;
        if (form.RequestTokens.Count == 0)
            return null;
        var requests = new List<string> { phrase[form.RequestTokens[0].Start..form.RequestTokens[^1].End] };
        // A connecting word may also be the sample's own first word ("ask world capitals for the capital of Nepal").
        var named = form.Kind == UtteranceKind.OneShot ? phrase.IndexOf(invocationName, StringComparison.OrdinalIgnoreCase) : -1;
        if (named >= 0)
            requests.Add(phrase[(named + invocationName.Length)..]);

        // The sample with the most literal words wins, as in Alexa: "{country}" alone matches anything.
        return requests
            .Select(request => SampleUtterances.Normalise(Regex.Replace(request, @"[,?!、。？！،؟:]|\.$", " ")))
            .SelectMany(text => samples.Select(sample => (Sample: sample, Match: Pattern(sample).Match(text))))
            .Where(candidate => candidate.Match.Success)
            .OrderByDescending(candidate => LiteralWordCount(candidate.Sample))
            .Select(candidate => new ExamplePhraseMatch(candidate.Sample, candidate.Match.Groups.Cast<Group>().Skip(1).Select(group => group.Value).ToList()))
            .FirstOrDefault();
    }

    /// <summary>Whether the phrase starts with the locale's wake word ("Alexa, ").</summary>
    public static bool StartsWithWakeWord(string phrase, string invocationName, string locale) =>
        InvocationForms.Parse(phrase, invocationName, locale).HasWakeWord;

    // "ask world capitals" alone, "please open world capitals" or "open world capitals please" open the skill for the
    // simulator; an example phrase says exactly "open" or "launch" and the name.
    private static bool LaunchVerbs(UtteranceForm form, string invocationName, string locale) =>
        !locale.StartsWith("en-", StringComparison.Ordinal)
        || Regex.IsMatch(form.Text, @"^\s*(alexa\W+)?(open|launch|start|begin)\s+" + Regex.Escape(invocationName) + @"\W*$", RegexOptions.IgnoreCase);

    private static int LiteralWordCount(string sample) =>
        Regex.Replace(sample, @"\{[A-Za-z_][A-Za-z0-9_]*\}", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static Regex Pattern(string sample)
    {
        var parts = Regex.Split(SampleUtterances.Normalise(sample), @"\{[A-Za-z_][A-Za-z0-9_]*\}");
        return new Regex("^" + string.Join("(.+)", parts.Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant);
    }
}
