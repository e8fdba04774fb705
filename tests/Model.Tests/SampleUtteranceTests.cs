using WorldCapitals.Cli.Model;

namespace WorldCapitals.Model.Tests;

public class SampleUtteranceTests
{
    private static readonly string[] RequiredBuiltInIntents =
    [
        "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent",
    ];

    [Test]
    public void Every_published_locale_has_an_authored_model_and_no_other_locale_does() =>
        Assert.That(AuthoredModel.Find(Repository.Root).Select(locale => locale.Locale),
            Is.EqualTo(Repository.Manifest()["manifest"]!["publishingInformation"]!["locales"]!.AsObject().Select(pair => pair.Key).Order(StringComparer.Ordinal)));

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Model_has_the_capital_intent_with_the_country_slot_and_the_required_built_in_intents(string locale)
    {
        var model = Repository.Generated(locale);

        Assert.Multiple(() =>
        {
            Assert.That(model.Intents.Select(intent => intent.Name), Is.Unique);
            Assert.That(model.Intents.Select(intent => intent.Name), Is.SupersetOf(RequiredBuiltInIntents.Append("CapitalIntent")));
            Assert.That(model.Intent("CapitalIntent").Slots, Is.EqualTo(new[] { ("country", "COUNTRY") }));
        });
    }

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Capital_intent_has_enough_samples_and_no_intent_has_too_many(string locale)
    {
        var model = Repository.Generated(locale);

        Assert.Multiple(() =>
        {
            Assert.That(model.Intent("CapitalIntent").Samples, Has.Count.InRange(AlexaLimits.MinCapitalIntentSamples, AlexaLimits.MaxCapitalIntentSamples));
            foreach (var intent in model.Intents)
                Assert.That(intent.Samples, Has.Count.LessThanOrEqualTo(AlexaLimits.MaxSamplesPerIntent), intent.Name);
        });
    }

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void No_sample_appears_twice_within_or_across_intents(string locale)
    {
        var samples = Repository.Generated(locale).Intents
            .SelectMany(intent => intent.Samples)
            .Select(SampleUtterances.Normalise);

        Assert.That(samples, Is.Unique);
    }

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Samples_use_only_letters_spaces_apostrophes_periods_and_slots_within_the_length_limit(string locale)
    {
        var samples = Repository.Generated(locale).Intents.SelectMany(intent => intent.Samples).ToList();

        Assert.Multiple(() =>
        {
            foreach (var sample in samples)
            {
                Assert.That(SampleUtterances.FollowsTokenRules(sample), Is.True, sample);
                Assert.That(sample, Has.Length.LessThanOrEqualTo(AlexaLimits.MaxSampleUtteranceLength), sample);
                Assert.That(sample, Is.EqualTo(sample.Trim()), "leading or trailing space");
            }
        });
    }

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Every_slot_used_in_a_sample_is_declared_on_its_intent_and_has_a_defined_type(string locale)
    {
        var model = Repository.Generated(locale);

        Assert.Multiple(() =>
        {
            foreach (var intent in model.Intents)
            {
                var declared = intent.Slots.Select(slot => slot.Name).ToList();
                foreach (var sample in intent.Samples)
                    Assert.That(SampleUtterances.SlotNames(sample), Is.SubsetOf(declared), $"{intent.Name}: {sample}");
                foreach (var (name, type) in intent.Slots)
                    Assert.That(type.StartsWith("AMAZON.", StringComparison.Ordinal) || model.Types.ContainsKey(type), Is.True, $"{intent.Name}.{name}: {type}");
            }
        });
    }

    // English words: each language's grammar README states its own rule for the bare slot.
    [TestCaseSource(typeof(Repository), nameof(Repository.EnglishLocales))]
    public void A_capital_sample_that_does_not_name_the_capital_is_a_short_follow_up_ending_in_the_slot(string locale)
    {
        // Words around a bare slot ("okay {country}", "{country} please") would read "okay stop" or "please help"
        // as a capital question; only short follow-ups ("and what about {country}") may leave the capital unnamed.
        var unanchored = Repository.Generated(locale).Intent("CapitalIntent").Samples
            .Where(sample => !sample.Contains("capital", StringComparison.Ordinal) && !sample.Contains("govern", StringComparison.Ordinal))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(unanchored, Does.Contain("{country}").And.Contain("what about {country}"));
            foreach (var sample in unanchored)
            {
                Assert.That(sample, Does.EndWith("{country}"), sample);
                Assert.That(sample.Split(' '), Has.Length.LessThanOrEqualTo(4), sample);
            }
        });
    }

    [Test]
    public void Locales_are_not_all_copies_of_one_another()
    {
        var sampleSets = Repository.Locales
            .Select(locale => string.Join('\n', Repository.Generated(locale).Intent("CapitalIntent").Samples))
            .Distinct();

        Assert.That(sampleSets.Count(), Is.GreaterThan(1));
    }

    [TestCase("what is the capital of {country}", true)]
    [TestCase("what's {country}'s capital", true)]
    [TestCase("what is the capital of {country}?", false)]
    [TestCase("capital of {country}, please", false)]
    [TestCase("capital no. 2 of {country}", false)]
    [TestCase("capital of {country", false)]
    [TestCase("", false)]
    public void Token_rules_accept_and_reject_as_alexa_does(string sample, bool valid) =>
        Assert.That(SampleUtterances.FollowsTokenRules(sample), Is.EqualTo(valid));

    [Test]
    public void Normalised_samples_differ_only_when_their_words_differ() =>
        Assert.That(SampleUtterances.Normalise("  What  is the Capital of {country} "), Is.EqualTo("what is the capital of {country}"));
}
