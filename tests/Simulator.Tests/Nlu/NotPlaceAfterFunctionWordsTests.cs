using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A not-place after the function words a value takes in (session 27): when the sample that says "vom {country}"
/// is refused for its not-place, a sample without the preposition matched with the value "vom allgäu", which began with
/// no not-place, so the question was about an unknown place "vom allgäu" (and the skill said "Die Hauptstadt von vom
/// Allgäu"). Up to two articles or function words are now passed over before the not-place is looked for. Neighbours: a
/// place after the same words still reads, and an unknown name that is no not-place is still a question.</summary>
public class NotPlaceAfterFunctionWordsTests
{
    [TestCase("de-DE", "was ist die hauptstadt vom allgäu")]
    [TestCase("de-DE", "was ist die hauptstadt von der eifel")]
    [TestCase("de-DE", "sag mir die hauptstadt von mallorca")]
    [TestCase("de-DE", "welche stadt ist die hauptstadt vom harz")]
    public void A_not_place_after_a_preposition_and_an_article_falls_back(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [TestCase("de-DE", "was ist die hauptstadt vom irak", "IQ")]
    [TestCase("de-DE", "was ist die hauptstadt von der schweiz", "CH")]
    [TestCase("de-DE", "sag mir die hauptstadt von bayern", "DE-BY")]
    public void A_place_after_the_same_words_still_reads(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [Test]
    public void An_unknown_name_that_is_no_not_place_is_still_a_capital_question() =>
        Assert.That(LocaleNlu.Recognize("de-DE", "was ist die hauptstadt vom xyzland").IntentName, Is.EqualTo("CapitalIntent"));
}
