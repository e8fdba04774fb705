using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Model.Tests;

/// <summary>What round 2 of the English evaluation corpus (tests/Eval/en/round2) adds to round 1's checks, which
/// <see cref="EvaluationCorpusTests"/> runs on both rounds: the ways of asking issue 11 names, every place with
/// several capitals asked in the plural, and states, provinces, nations and territories of every English locale.</summary>
public class EnglishRoundTwoCorpusTests
{
    private const string Corpus = "en/round2";

    private static readonly string[] RequiredFamilies =
    [
        "direct-question", "contraction", "possessive", "plural-capitals", "counted-capitals", "indirect-embedded",
        "polite-request", "imperative", "leading-filler", "trailing-words", "other-preposition", "word-order-inverted",
        "terse", "follow-up", "official-long-name", "everyday-short-name", "shared-name", "disfluency", "dropped-words",
        "regional-idiom", "subdivision", "subdivision-kind", "qualified-place", "out-of-domain", "help", "stop", "cancel",
    ];

    private static readonly string[] CountryLikeKinds =
        [CountryKinds.Sovereign, CountryKinds.ObserverState, CountryKinds.PartiallyRecognised, CountryKinds.DisputedTerritory];

    private static List<EvaluationLine> BothHalves() =>
        [.. EvaluationCorpus.Read(Corpus, EvaluationCorpus.Tuning), .. EvaluationCorpus.Read(Corpus, EvaluationCorpus.HeldBack)];

    private static IEnumerable<string> AskedIds(IEnumerable<EvaluationLine> lines) =>
        lines.Where(line => !line.Expected.StartsWith("AMAZON.", StringComparison.Ordinal)).SelectMany(line => line.Expected.Split('+'));

    [TestCase(EvaluationCorpus.Tuning)]
    [TestCase(EvaluationCorpus.HeldBack)]
    public void Every_required_family_is_in_the_half(string file)
    {
        var families = EvaluationCorpus.Read(Corpus, file).Select(line => line.Family).ToHashSet();

        Assert.That(RequiredFamilies.Where(family => !families.Contains(family)), Is.Empty);
    }

    [Test]
    public void Every_place_with_several_capitals_is_asked_about_in_the_plural()
    {
        var several = CapitalsData.Embedded.Countries.Where(place => place.Capitals.Count > 1).Select(place => place.Id).ToList();
        var askedInPlural = AskedIds(BothHalves().Where(line => line.Family is "plural-capitals" or "counted-capitals")).ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(several, Is.Not.Empty);
            Assert.That(several.Where(id => !askedInPlural.Contains(id)), Is.Empty);
        });
    }

    [TestCase("US", 30)]
    [TestCase("CA", 8)]
    [TestCase("AU", 5)]
    [TestCase("IN", 15)]
    [TestCase("GB", 4)]
    public void The_subdivisions_of_each_english_speaking_country_are_asked_about(string country, int minimum)
    {
        var subdivisions = CapitalsData.Embedded.Countries
            .Where(place => place.Parent == country && place.Id.StartsWith(country + "-", StringComparison.Ordinal))
            .Select(place => place.Id)
            .ToHashSet(StringComparer.Ordinal);

        var asked = AskedIds(BothHalves()).Where(subdivisions.Contains).Distinct().Count();

        Assert.That(asked, Is.GreaterThanOrEqualTo(minimum));
    }

    [Test]
    public void Territories_outside_the_subdivisions_are_asked_about()
    {
        var territories = CapitalsData.Embedded.Countries
            .Where(place => !CountryLikeKinds.Contains(place.Kind) && !place.Id.Contains('-', StringComparison.Ordinal))
            .Select(place => place.Id)
            .ToHashSet(StringComparer.Ordinal);

        var asked = AskedIds(BothHalves()).Where(territories.Contains).Distinct().ToList();

        Assert.That(asked, Has.Count.GreaterThanOrEqualTo(15));
    }

    [TestCase("GE+US-GA")]
    [TestCase("KP+KR")]
    [TestCase("CD+CG")]
    [TestCase("GE")]
    [TestCase("US-GA")]
    public void A_shared_name_is_asked_about_as_a_group_and_each_of_its_places_with_a_qualifier(string expected)
    {
        var families = BothHalves().Where(line => line.Expected == expected).Select(line => line.Family).ToHashSet();

        Assert.That(families, Has.Some.Matches<string>(family => family is "shared-name" or "qualified-place"));
    }
}
