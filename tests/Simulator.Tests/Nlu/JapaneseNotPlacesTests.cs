using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Japanese names of places the data does not hold (former states, regions, legends) in the lexicon's
/// <c>notPlaces</c>: the tokenizer reads a name without spaces letter by letter, so the not-a-place noun is found in the
/// value's letters joined (NluLexicon.NeverBeginsAPlace), and the question falls back instead of asking about an unknown
/// country. Sentences of our own (session 24, lead).</summary>
public class JapaneseNotPlacesTests
{
    private const string Locale = "ja-JP";

    [TestCase("ユーゴスラビアの首都はどこだった", Description = "a former state")]
    [TestCase("ソ連の首都ってどこ", Description = "a former state, short name")]
    [TestCase("アンダルシアの州都を教えて", Description = "a region the data lacks")]
    [TestCase("ムー大陸の首都はどこ", Description = "a legend")]
    public void A_place_the_data_lacks_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);

    [TestCase("ユーゴスラビアの首都はどこだった")]
    [TestCase("アンダルシアの州都を教えて")]
    public void Without_the_list_it_is_read_as_an_unknown_place(string utterance)
    {
        var result = LocaleNlu.WithoutLexiconEntry(Locale, "notPlaces").Recognize(utterance)!;

        Assert.That(result.IntentName, Is.Not.EqualTo(NluEngine.FallbackIntent), $"matched \"{result.Sample}\"");
    }

    [TestCase("ペルーの首都はどこ", "PE", Description = "a country still answered")]
    [TestCase("北朝鮮の首都を教えて", "KP", Description = "a name that begins like a listed one (北海道) is not one")]
    [TestCase("スロバキアの首都は", "SK", Description = "a successor state of a listed one")]
    public void Places_the_data_holds_are_still_read(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);
}
