namespace WorldCapitals.Cli.Model;

/// <summary>
/// A language's phrase grammar: named phrase lists and, per intent, phrase templates (syntax on
/// <see cref="PhraseTemplate"/>; a list's phrases use the same syntax and may use other lists). Expanding an intent
/// gives its sample utterances in a stable order: template by template, each in the order its alternatives are
/// written, an optional group's "nothing" first; spaces collapsed; a sample equal to an earlier one (ignoring case)
/// is dropped.
/// </summary>
internal sealed class PhraseGrammar(
    IReadOnlyDictionary<string, IReadOnlyList<string>> lists,
    IReadOnlyDictionary<string, IReadOnlyList<string>> templates)
{
    /// <summary>Alexa's limit on the samples of one intent.</summary>
    public const int MaxSamplesPerIntent = 2_000;

    /// <summary>Alexa's limit on the length of one sample.</summary>
    public const int MaxSampleLength = 200;

    public static PhraseGrammar Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>Phrase lists by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Lists { get; } = lists;

    /// <summary>Templates by intent name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Templates { get; } = templates;

    /// <summary>The sample utterances of one intent (none when the grammar has no templates for it).</summary>
    /// <param name="intent">The intent's name.</param>
    /// <param name="slots">The intent's slot names: a template may use no other.</param>
    /// <exception cref="CliException">A template or list is malformed, names an unknown list or slot, refers to
    /// itself, can be empty, or the samples exceed Alexa's limits.</exception>
    public IReadOnlyList<string> Expand(string intent, IReadOnlySet<string> slots)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(slots);
        if (!Templates.TryGetValue(intent, out var intentTemplates))
            return [];

        try
        {
            return Expand(intentTemplates, slots);
        }
        catch (CliException exception)
        {
            throw new CliException($"{intent}: {exception.Message}", exception);
        }
    }

    private List<string> Expand(IReadOnlyList<string> intentTemplates, IReadOnlySet<string> slots)
    {
        var expansion = new Expansion(this, slots);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var samples = new List<string>();
        foreach (var template in intentTemplates)
        {
            foreach (var text in expansion.Expand(PhraseTemplate.Parse(template, slots), template))
            {
                var sample = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                if (sample.Length == 0)
                    throw new CliException($"\"{template}\" can say nothing at all; make one of its parts required.");
                if (sample.Length > MaxSampleLength)
                    throw new CliException($"\"{template}\" gives a sample longer than Alexa's {MaxSampleLength} characters: \"{sample}\".");
                if (seen.Add(sample))
                    samples.Add(sample);
            }

            if (samples.Count > MaxSamplesPerIntent)
                throw TooMany("its templates");
        }

        return samples;
    }

    private static CliException TooMany(string what) =>
        new($"{what} expand to more than Alexa's {MaxSamplesPerIntent:N0} samples per intent; put optional words on fewer templates.");

    /// <summary>One expansion run: caches each list's phrases and detects lists that use themselves.</summary>
    private sealed class Expansion(PhraseGrammar grammar, IReadOnlySet<string> slots)
    {
        private readonly Dictionary<string, List<string>> _expandedLists = new(StringComparer.Ordinal);
        private readonly List<string> _inProgress = [];

        public List<string> Expand(PhrasePart part, string template) => part switch
        {
            PhraseText text => [text.Text],
            PhraseListReference reference => List(reference.Name, template),
            PhraseChoice choice => choice.Alternatives.SelectMany(alternative => Expand(alternative, template)).ToList(),
            PhraseSequence sequence => Sequence(sequence, template),
            _ => throw new InvalidOperationException($"Unknown phrase part {part.GetType().Name}."),
        };

        private List<string> Sequence(PhraseSequence sequence, string template)
        {
            List<string> results = [""];
            foreach (var part in sequence.Parts)
            {
                var next = Expand(part, template);
                results = results.SelectMany(prefix => next.Select(suffix => prefix + suffix)).ToList();
                if (results.Count > MaxSamplesPerIntent)
                    throw TooMany($"\"{template}\" and the lists it uses");
            }

            return results;
        }

        private List<string> List(string name, string template)
        {
            if (_expandedLists.TryGetValue(name, out var cached))
                return cached;
            if (!grammar.Lists.TryGetValue(name, out var phrases))
                throw new CliException($"\"{template}\": unknown list <{name}> (lists: {string.Join(", ", grammar.Lists.Keys.Order(StringComparer.Ordinal).Select(key => $"<{key}>"))}).");
            if (_inProgress.Contains(name))
                throw new CliException($"list <{name}> uses itself: {string.Join(" -> ", _inProgress.SkipWhile(entry => entry != name).Append(name).Select(entry => $"<{entry}>"))}.");

            _inProgress.Add(name);
            var expanded = new List<string>();
            foreach (var phrase in phrases)
            {
                try
                {
                    expanded.AddRange(Expand(PhraseTemplate.Parse(phrase, slots), phrase));
                }
                catch (CliException exception) when (!exception.Message.StartsWith("list <", StringComparison.Ordinal))
                {
                    throw new CliException($"list <{name}>: {exception.Message}", exception);
                }
            }

            _inProgress.RemoveAt(_inProgress.Count - 1);
            _expandedLists[name] = expanded;
            return expanded;
        }
    }
}
