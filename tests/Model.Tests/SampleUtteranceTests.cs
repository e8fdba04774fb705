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
            Assert.That(model.Intent("CapitalIntent").Slots[0], Is.EqualTo(("country", "COUNTRY")));
            Assert.That(model.Intent("CapitalIntent").Slots.Skip(1), Is.SubsetOf(new[] { ("kind", "PLACE_KIND"), ("parent", "COUNTRY"), ("guess", "AMAZON.City"), ("otherGuess", "AMAZON.City") }));
        });
    }

    // The skill narrows a place by a PLACE_KIND id: "country", or a kind of the data or the end of one ("territory"
    // for union-territory). An id that fits no place would never narrow anything.
    [Test]
    public void Every_place_kind_value_names_a_kind_of_the_data()
    {
        var dataKinds = WorldCapitals.Skill.Capitals.CapitalsData.Embedded.Countries.Select(place => place.Kind).ToHashSet();
        var models = Repository.Locales.Select(locale => (Locale: locale, Model: Repository.Generated(locale))).ToList();

        Assert.That(models.First(model => model.Locale == "en-US").Model.Types, Does.ContainKey("PLACE_KIND"));
        foreach (var (locale, model) in models.Where(model => model.Model.Types.ContainsKey("PLACE_KIND")))
        {
            foreach (var kind in model.Types["PLACE_KIND"])
            {
                Assert.That(kind.Id == "country" || dataKinds.Any(data => data == kind.Id || data.EndsWith("-" + kind.Id, StringComparison.Ordinal)),
                    Is.True, $"{locale}: PLACE_KIND {kind.Id}");
            }
        }
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
        // as a capital question; only short follow-ups ("and what about {country}") may leave the capital unnamed (en-IN
        // also names it in Hindi, "rajdhani"). A
        // qualifier said with the place ("{country} the {kind}", "{country} in the {parent}") is part of the place.
        var unanchored = Repository.Generated(locale).Intent("CapitalIntent").Samples
            .Where(sample => !new[] { "capital", "rajdhani", "govern" }.Any(word => sample.Contains(word, StringComparison.Ordinal)))
            .Select(WithoutQualifier)
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

    private static string WithoutQualifier(string sample) => sample
        .Replace("the {kind} of {country}", "{country}", StringComparison.Ordinal)
        .Replace("{country} the {kind}", "{country}", StringComparison.Ordinal)
        .Replace("{country} in the {parent}", "{country}", StringComparison.Ordinal)
        .Replace("{country} in {parent}", "{country}", StringComparison.Ordinal);

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
