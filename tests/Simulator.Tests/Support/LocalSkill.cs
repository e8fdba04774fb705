using System.Collections.Concurrent;
using WorldCapitals.Simulator.Conversations;
using WorldCapitals.Simulator.Envelopes;
using WorldCapitals.Simulator.Model;
using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Transport;

namespace WorldCapitals.Simulator.Tests.Support;

/// <summary>The generated en-US model, its NLU (and any locale's), and conversations with the real skill in this process (all checks on).</summary>
internal static class LocalSkill
{
    private static readonly Lazy<NluEngine> EnUs = new(() => new NluEngine(LoadModel("en-US")));

    public static NluEngine Nlu => EnUs.Value;

    private static readonly ConcurrentDictionary<string, NluEngine> Engines = new(StringComparer.Ordinal);

    /// <summary>The NLU of a locale's generated model, built once per test run.</summary>
    public static NluEngine NluFor(string locale) => Engines.GetOrAdd(locale, static locale => new NluEngine(LoadModel(locale)));

    public static InteractionModel LoadModel(string locale) =>
        InteractionModelLoader.LoadFile(InteractionModelLoader.PathFor(Repository.Root, locale), locale);

    public static Conversation Conversation(ISkillTransport? transport = null) => new(
        Nlu,
        new EnvelopeFactory(SkillIdentity.Current(), "en-US", TimeProvider.System),
        transport ?? InProcessSkillTransport.Create(verify: true));
}
