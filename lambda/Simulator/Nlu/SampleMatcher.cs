namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// Aligns an utterance's words with a sample: every literal must equal the word in its place, and every slot
/// takes one or more words. Yields each alignment, shortest captures first.
/// </summary>
internal static class SampleMatcher
{
    public static IEnumerable<IReadOnlyList<SlotCapture>> Align(Sample sample, IReadOnlyList<Token> tokens, string text)
    {
        if (sample.Parts.Count == 0 || tokens.Count < sample.Parts.Count)
            return [];
        return Align(sample.Parts, 0, tokens, 0, text, []);
    }

    private static IEnumerable<IReadOnlyList<SlotCapture>> Align(
        IReadOnlyList<SamplePart> parts, int partIndex, IReadOnlyList<Token> tokens, int tokenIndex, string text, List<SlotCapture> captures)
    {
        if (partIndex == parts.Count)
        {
            if (tokenIndex == tokens.Count)
                yield return captures.ToList();
            yield break;
        }

        var part = parts[partIndex];
        var wordsNeededAfter = parts.Count - partIndex - 1;
        if (part.SlotName is null)
        {
            if (tokenIndex < tokens.Count && tokens[tokenIndex].Key == part.Literal)
            {
                foreach (var alignment in Align(parts, partIndex + 1, tokens, tokenIndex + 1, text, captures))
                    yield return alignment;
            }
            yield break;
        }

        for (var end = tokenIndex + 1; end <= tokens.Count - wordsNeededAfter; end++)
        {
            var capture = Capture(part, tokens, tokenIndex, end, text);
            if (capture is null)
                continue;
            captures.Add(capture);
            foreach (var alignment in Align(parts, partIndex + 1, tokens, end, text, captures))
                yield return alignment;
            captures.RemoveAt(captures.Count - 1);
        }
    }

    private static SlotCapture? Capture(SamplePart part, IReadOnlyList<Token> tokens, int start, int end, string text)
    {
        var last = tokens[end - 1];
        var suffix = part.Suffix;
        if (suffix.Length > 0)
        {
            // The glued suffix must be written as such ("france's"): "bahamas" is not "bahama" + "'s".
            var spelling = Tokenizer.SpellingOf(last.Text);
            if (spelling.Length <= suffix.Length || !spelling.EndsWith(suffix, StringComparison.Ordinal))
                return null;
        }
        var value = text[tokens[start].Start..(last.End - suffix.Length)];
        var keys = new List<string>(end - start);
        for (var i = start; i < end; i++)
            keys.Add(tokens[i].Key);
        keys[^1] = keys[^1][..^part.SuffixKey.Length];
        return new SlotCapture(part.SlotName!, value, string.Join(' ', keys), end - start);
    }
}

/// <summary>What a slot took from the utterance: the text as typed, its comparable key, how many words.</summary>
internal sealed record SlotCapture(string SlotName, string Value, string Key, int WordCount);
