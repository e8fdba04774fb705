using WorldCapitals.Simulator.Model;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// Emulates Alexa's intent recognition from an interaction model, with nothing coded per intent:
/// <list type="number">
/// <item>The utterance must match a sample (or a built-in intent's usual phrasing) word for word, each slot
/// taking one or more words; case, punctuation, spacing and accents do not matter.</item>
/// <item>Of several matching samples, the one with most literal words wins, then the one whose slots took the
/// fewest words, then the first in the model (intent order, then sample order).</item>
/// <item>A sample made only of slots ("{country}") matches any text, so it counts only when every slot's value
/// resolves to a value of its custom type (ER_SUCCESS_MATCH). A sample with literal words matches whatever
/// its slots resolve to: "what about narnia" reaches CapitalIntent with ER_SUCCESS_NO_MATCH.</item>
/// <item>An utterance that matches nothing goes to AMAZON.FallbackIntent, when the model declares it.</item>
/// </list>
/// </summary>
public sealed class NluEngine
{
    public const string FallbackIntent = "AMAZON.FallbackIntent";

    private readonly InteractionModel _model;
    private readonly List<Sample> _samples = [];
    private readonly EntityResolver _resolver;

    public NluEngine(InteractionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _resolver = new EntityResolver(model.Types);
        var phrasings = BuiltInPhrasings.For(model.Locale);
        foreach (var intent in model.Intents)
        {
            var texts = intent.Samples.Concat(phrasings.TryGetValue(intent.Name, out var builtIn) ? builtIn : []);
            foreach (var text in texts)
                _samples.Add(Sample.Compile(intent.Name, text, _samples.Count));
        }
    }

    public InteractionModel Model => _model;

    public UtteranceForm ParseForm(string utterance) => InvocationForms.Parse(utterance, _model.InvocationName);

    /// <summary>The intent for the words of a request (invocation already removed); null only when nothing
    /// matches and the model has no fallback intent.</summary>
    public Interpretation? Recognize(IReadOnlyList<Token> tokens, string text)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(text);
        Candidate? best = null;
        foreach (var sample in _samples)
        {
            if (best is not null && sample.LiteralCount < best.Sample.LiteralCount)
                continue;
            foreach (var captures in SampleMatcher.Align(sample, tokens, text))
            {
                var candidate = Evaluate(sample, captures);
                if (candidate is null)
                    continue;
                if (best is null || IsBetter(candidate, best))
                    best = candidate;
                break;
            }
        }

        if (best is not null)
            return new Interpretation(best.Sample.IntentName, best.Slots, best.Sample.Text);
        var fallback = _model.FindIntent(FallbackIntent);
        return fallback is null ? null : new Interpretation(fallback.Name, EmptySlots(fallback), null);
    }

    /// <summary>Recognizes a bare request text (no invocation removal).</summary>
    public Interpretation? Recognize(string text) => Recognize(Tokenizer.Tokenize(text), text);

    private Candidate? Evaluate(Sample sample, IReadOnlyList<SlotCapture> captures)
    {
        var intent = _model.FindIntent(sample.IntentName)!;
        var slots = new List<FilledSlot>();
        foreach (var declared in intent.Slots)
        {
            var capture = captures.FirstOrDefault(c => c.SlotName == declared.Name);
            if (capture is null)
            {
                slots.Add(new FilledSlot(declared.Name, declared.Type, null, null));
                continue;
            }
            var resolution = _resolver.Resolve(declared.Type, capture.Key);
            if (sample.IsSlotOnly && resolution is not { IsMatch: true })
                return null;
            slots.Add(new FilledSlot(declared.Name, declared.Type, capture.Value, resolution));
        }
        // A placeholder naming a slot the intent does not declare cannot be sent; the model linter forbids it.
        if (captures.Any(c => intent.Slots.All(s => s.Name != c.SlotName)))
            return null;
        return new Candidate(sample, slots, captures.Sum(c => c.WordCount));
    }

    private static bool IsBetter(Candidate candidate, Candidate best) =>
        candidate.Sample.LiteralCount != best.Sample.LiteralCount
            ? candidate.Sample.LiteralCount > best.Sample.LiteralCount
            : candidate.SlotWords < best.SlotWords;

    private static List<FilledSlot> EmptySlots(ModelIntent intent) =>
        intent.Slots.Select(slot => new FilledSlot(slot.Name, slot.Type, null, null)).ToList();

    private sealed record Candidate(Sample Sample, IReadOnlyList<FilledSlot> Slots, int SlotWords);
}
