using System.Text;
using System.Text.Json.Nodes;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Support;

/// <summary>The NLU of each locale's generated model, built once per locale for the tests that ask it.</summary>
internal static class LocaleNlu
{
    public static Interpretation Recognize(string locale, string text) => Engine(locale).Recognize(text)!;

    /// <summary>The locale's engine, shared with <see cref="LocalSkill.NluFor"/> (one engine per locale per test run).</summary>
    public static NluEngine Engine(string locale) => LocalSkill.NluFor(locale);

    /// <summary>Asserts that the locale's NLU reads the utterance as asking about the place with this id.</summary>
    public static void AssertReadsPlace(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    /// <summary>Asserts that the locale's NLU reads the utterance as the capital question (CapitalIntent) about the place
    /// with this id.</summary>
    public static void AssertAsksCapitalOf(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.That((result.IntentName, result.Slot("country")?.FirstMatch?.Id), Is.EqualTo(("CapitalIntent", id)), $"matched \"{result.Sample}\"");
    }

    /// <summary>Asserts that the locale's NLU sends the utterance to AMAZON.FallbackIntent.</summary>
    public static void AssertFallsBack(string locale, string utterance)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.IntentName, Is.EqualTo(NluEngine.FallbackIntent), $"matched \"{result.Sample}\" with {result.Slot("country")?.Value}");
    }

    /// <summary>Asserts that the locale's NLU reads the utterance as a reverse question (CityIntent) about the city with this id.</summary>
    public static void AssertReadsCity(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("city")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    /// <summary>Asserts that the locale's NLU sends the utterance to this intent.</summary>
    public static void AssertIntent(string locale, string utterance, string intent)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.IntentName, Is.EqualTo(intent), $"matched \"{result.Sample}\"");
    }

    /// <summary>Asserts that the locale's NLU reads the utterance as opening the skill (a LaunchRequest).</summary>
    public static void AssertLaunches(string locale, string utterance) =>
        Assert.That(Engine(locale).ParseForm(utterance).Kind, Is.EqualTo(UtteranceKind.Launch), $"\"{utterance}\" in {locale}");

    /// <summary>The locale's NLU with one list or object of its language's lexicon left out: a test that a rule comes
    /// from that data. Without the clause-around-question rule too, which reads many of the same sentences another way
    /// (a question with words around it). Fails when the lexicon has no such entry.</summary>
    public static NluEngine WithoutLexiconEntry(string locale, string entry)
    {
        var language = locale[..2];
        using var stream = typeof(NluEngine).Assembly.GetManifestResourceStream($"WorldCapitals.Simulator.Nlu.NluLexicon.{language}.json")!;
        var lexicon = JsonNode.Parse(stream)!.AsObject();
        Assert.That(lexicon.Remove(entry), Is.True, $"the {language} lexicon has {entry}");
        return new NluEngine(LocalSkill.LoadModel(locale), NluLexicon.Parse(new MemoryStream(Encoding.UTF8.GetBytes(lexicon.ToJsonString()))),
            readsClauseAroundQuestion: false, readsNounAndPlace: false);
    }
}
