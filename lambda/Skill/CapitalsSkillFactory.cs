using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WorldCapitals.Skill.Alexa.Parsing;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Verification;
using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Intents;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill;

/// <summary>The composition root: the skill's verifiers and its ordered handler list.</summary>
public static class CapitalsSkillFactory
{
    /// <param name="directory">Where capital facts come from; the embedded data when null.</param>
    public static SkillEntryPoint Create(
        SkillSettings settings,
        TimeProvider? clock = null,
        ILoggerFactory? loggerFactory = null,
        ICapitalDirectory? directory = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("WorldCapitals.Skill");
        var speech = SpeechCatalog.LoadEmbedded();
        var data = CapitalsData.Embedded;
        var resolver = new CountrySlotResolver(new CountryLookup(data));

        // Order matters: the first handler that can handle a request answers it; the catch-alls come last.
        IRequestHandler[] answering =
        [
            new LaunchRequestHandler(speech),
            new CapitalIntentHandler(resolver, directory ?? new EmbeddedCapitalDirectory(), speech),
            new CityIntentHandler(new CityLookup(data), data.FindById, speech),
            new HelpIntentHandler(speech),
            new GoodbyeIntentHandler(speech),
            new FallbackIntentHandler(speech, logger),
        ];
        IRequestHandler[] handlers =
        [
            .. answering,
            new CanFulfillIntentHandler([.. answering.OfType<ICanFulfillIntent>()]),
            new SessionEndedRequestHandler(),
            new ExceptionEncounteredHandler(logger),
            new UnknownRequestHandler(logger),
        ];
        var pipeline = new SkillPipeline(handlers, [new SpokenErrorHandler(speech)], logger);
        return new SkillEntryPoint(pipeline, CreateVerifiers(settings, clock ?? TimeProvider.System), logger, new KnownStrings(IntentAndSlotNames));
    }

    /// <summary>Every intent and slot name of the skill's interaction model: requests carry them over and over.</summary>
    internal static IReadOnlyList<string> IntentAndSlotNames { get; } =
    [
        CapitalIntentHandler.IntentName, CapitalIntentHandler.CountrySlot, CountrySlotResolver.KindSlot, CountrySlotResolver.ParentSlot,
        CapitalIntentHandler.GuessSlot, CapitalIntentHandler.OtherGuessSlot, CityIntentHandler.IntentName, CityIntentHandler.CitySlot,
    ];

    private static List<IRequestVerifier> CreateVerifiers(SkillSettings settings, TimeProvider clock)
    {
        var verifiers = new List<IRequestVerifier>();
        if (settings.VerifySkillId)
        {
            if (string.IsNullOrWhiteSpace(settings.SkillId))
                throw new ArgumentException("A skill ID is required while skill ID verification is on.", nameof(settings));
            verifiers.Add(new SkillIdVerifier(settings.SkillId));
        }
        if (settings.VerifyTimestamp)
            verifiers.Add(new TimestampVerifier(clock, settings.TimestampTolerance));
        return verifiers;
    }
}
