using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Support;

/// <summary>The NLU of each locale's generated model, built once per locale for the tests that ask it.</summary>
internal static class LocaleNlu
{
    private static readonly Dictionary<string, NluEngine> Engines = [];

    public static Interpretation Recognize(string locale, string text)
    {
        if (!Engines.TryGetValue(locale, out var engine))
            Engines[locale] = engine = new NluEngine(LocalSkill.LoadModel(locale));
        return engine.Recognize(text)!;
    }
}
