using System.Text.RegularExpressions;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Model.Tests;

/// <summary>The English evaluation corpora (round 1 in tests/Eval/en, rounds 2 to 5 in tests/Eval/en/round2 to round5): well formed,
/// large and varied enough to measure with, and split into two halves that share no sentence.</summary>
[TestFixture("en", 1500, 150, 30, 30, 3)]
[TestFixture("en/round2", 1000, 140, 20, 20, 3)]
[TestFixture("en/round3", 800, 100, 20, 25, 1)]
[TestFixture("en/round4", 900, 100, 12, 18, 1)]
[TestFixture("en/round5", 900, 90, 10, 18, 1)]
public partial class EvaluationCorpusTests(
    string corpus, int minimumLines, int minimumFallback, int minimumHelp, int minimumStopOrCancel, int minimumAsksPerCountry)
{
    private static readonly string[] Halves = [EvaluationCorpus.Tuning, EvaluationCorpus.HeldBack];
    private static readonly string[] IntentNames =
        ["AMAZON.FallbackIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "LaunchRequest"];

    private static HashSet<string> PlaceIds() =>
        CapitalsData.Embedded.Countries.Select(country => country.Id).ToHashSet(StringComparer.Ordinal);

    private List<EvaluationLine> Read(string file) => [.. EvaluationCorpus.Read(corpus, file)];

    private List<EvaluationLine> BothHalves() => Halves.SelectMany(Read).ToList();

    private static bool IsKnownExpectation(string expected, HashSet<string> placeIds) =>
        IntentNames.Contains(expected) || expected.Split('+').All(placeIds.Contains);

    [GeneratedRegex("^[a-z']+( [a-z']+)*$")]
    private static partial Regex SpokenText();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();

    [TestCaseSource(nameof(Halves))]
    public void Every_line_has_four_known_columns(string file)
    {
        var placeIds = PlaceIds();
        var lines = Read(file);

        Assert.Multiple(() =>
        {
            Assert.That(EvaluationCorpus.HeaderOf(corpus, file), Is.EqualTo(EvaluationCorpus.Header));
            Assert.That(lines, Is.Not.Empty);
            foreach (var line in lines)
            {
                Assert.That(line.Columns, Has.Length.EqualTo(4), line.ToString());
                if (line.Columns.Length != 4)
                    continue;
                Assert.That(SpokenText().IsMatch(line.Utterance), Is.True, $"not lower-case spoken text: {line}");
                Assert.That(Repository.EnglishLocales, Does.Contain(line.Locale), line.ToString());
                Assert.That(IsKnownExpectation(line.Expected, placeIds), Is.True, $"unknown expected value: {line}");
                Assert.That(KebabCase().IsMatch(line.Family), Is.True, $"family is not kebab-case: {line}");
            }
        });
    }

    [Test]
    public void A_group_of_places_is_in_ordinal_order_without_repeats()
    {
        var groups = BothHalves().Select(line => line.Expected).Where(expected => expected.Contains('+')).Distinct().ToList();

        Assert.That(groups, Is.Not.Empty);
        Assert.That(groups, Has.All.Matches<string>(group =>
            group.Split('+').SequenceEqual(group.Split('+').Distinct().Order(StringComparer.Ordinal))));
    }

    [Test]
    public void The_halves_hold_enough_lines_and_differ_in_size_by_at_most_one()
    {
        var tuning = Read(EvaluationCorpus.Tuning).Count;
        var heldBack = Read(EvaluationCorpus.HeldBack).Count;

        Assert.Multiple(() =>
        {
            Assert.That(tuning + heldBack, Is.GreaterThanOrEqualTo(minimumLines));
            Assert.That(Math.Abs(tuning - heldBack), Is.LessThanOrEqualTo(1));
        });
    }

    [Test]
    public void No_sentence_is_in_both_halves()
    {
        var tuning = Read(EvaluationCorpus.Tuning).Select(line => (line.Utterance, line.Locale)).ToHashSet();
        var shared = Read(EvaluationCorpus.HeldBack).Where(line => tuning.Contains((line.Utterance, line.Locale)));

        Assert.That(shared, Is.Empty);
    }

    [Test]
    public void At_least_12_phrasing_families_and_each_is_in_both_halves()
    {
        var familiesPerHalf = Halves.Select(file => Read(file).Select(line => line.Family).ToHashSet()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(familiesPerHalf[0].Union(familiesPerHalf[1]).Count(), Is.GreaterThanOrEqualTo(12));
            Assert.That(familiesPerHalf[0], Is.EquivalentTo(familiesPerHalf[1]));
        });
    }

    [Test]
    public void Every_english_locale_is_in_both_halves()
    {
        foreach (var file in Halves)
            Assert.That(Read(file).Select(line => line.Locale).Distinct(), Is.EquivalentTo(Repository.EnglishLocales), file);
    }

    [Test]
    public void Every_country_is_asked_about_at_least_the_rounds_minimum()
    {
        var asked = BothHalves()
            .SelectMany(line => line.Expected.Split('+'))
            .GroupBy(id => id)
            .ToDictionary(group => group.Key, group => group.Count());

        // Every corpus covers the countries; round 2 also asks about states, provinces and territories (its own test).
        var countryKinds = new[] { CountryKinds.Sovereign, CountryKinds.ObserverState, CountryKinds.PartiallyRecognised, CountryKinds.DisputedTerritory };
        var countries = CapitalsData.Embedded.Countries.Where(country => countryKinds.Contains(country.Kind)).Select(country => country.Id);
        var rarelyAsked = countries.Where(id => asked.GetValueOrDefault(id) < minimumAsksPerCountry).Order().ToList();

        Assert.That(rarelyAsked, Is.Empty, $"countries asked about fewer than {minimumAsksPerCountry} times");
    }

    [TestCase("AMAZON.FallbackIntent")]
    [TestCase("AMAZON.HelpIntent")]
    [TestCase("AMAZON.StopIntent", "AMAZON.CancelIntent")]
    public void Enough_sentences_expect_each_built_in_intent_group(params string[] intents)
    {
        var minimum = intents[0] switch
        {
            "AMAZON.FallbackIntent" => minimumFallback,
            "AMAZON.HelpIntent" => minimumHelp,
            _ => minimumStopOrCancel,
        };

        var count = BothHalves().Count(line => intents.Contains(line.Expected));

        Assert.That(count, Is.GreaterThanOrEqualTo(minimum));
    }
}
