using System.Text.RegularExpressions;

namespace WorldCapitals.Model.Tests;

internal sealed record ExamplePhraseMatch(string Sample, IReadOnlyList<string> SlotTexts);

/// <summary>
/// Checks an example phrase ("Alexa, ask world capitals what's the capital of France") against a model: after the
/// wake word and the launch phrase with the invocation name, what is left must be one sample utterance with any text
/// in its slots. "open/launch/start &lt;invocation name&gt;" alone is a LaunchRequest and needs no sample.
/// </summary>
internal static class ExamplePhrases
{
    public const string Launch = "(launch)";

    private static readonly string[] LaunchOnly = ["open", "launch", "start", "begin"];
    private static readonly string[] LaunchWithUtterance = ["ask", "tell"];

    /// <summary>The sample utterance the phrase matches (<see cref="Launch"/> for a launch phrase) and the text in its
    /// slots, or null when it matches nothing.</summary>
    public static ExamplePhraseMatch? Match(string phrase, string invocationName, IEnumerable<string> samples)
    {
        var text = SampleUtterances.Normalise(Regex.Replace(phrase, @"[,?!]|\.$", " "));
        if (text.StartsWith("alexa ", StringComparison.Ordinal))
            text = text["alexa ".Length..];

        foreach (var launch in LaunchOnly)
        {
            if (text == $"{launch} {invocationName}")
                return new ExamplePhraseMatch(Launch, []);
        }

        foreach (var launch in LaunchWithUtterance)
        {
            var prefix = $"{launch} {invocationName} ";
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                text = text[prefix.Length..];
                break;
            }
        }

        // The sample with the most literal words wins, as in Alexa: "{country}" alone matches anything.
        foreach (var sample in samples.OrderByDescending(LiteralWordCount))
        {
            var match = Pattern(sample).Match(text);
            if (match.Success)
                return new ExamplePhraseMatch(sample, match.Groups.Cast<Group>().Skip(1).Select(group => group.Value).ToList());
        }

        return null;
    }

    private static int LiteralWordCount(string sample) =>
        Regex.Replace(sample, @"\{[A-Za-z_][A-Za-z0-9_]*\}", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static Regex Pattern(string sample)
    {
        var parts = Regex.Split(SampleUtterances.Normalise(sample), @"\{[A-Za-z_][A-Za-z0-9_]*\}");
        return new Regex("^" + string.Join("(.+)", parts.Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant);
    }
}
