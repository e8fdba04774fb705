using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>German place names said with their article ("von dem tschad", "von der schweiz") and in the dative plural
/// ("von den niederlanden", "aus den vereinigten arabischen emiraten"): the German lexicon's <c>articles</c> and its
/// case ending "n" let the entity resolution find the name, so a question with a clause of the speaker's situation
/// around it (which reads only resolving names) still names its place. Sentences of our own (session 24, lead).</summary>
public class GermanArticlesAndDativeTests
{
    private const string Locale = "de-DE";

    [TestCase("wir sitzen im zug was ist die hauptstadt von den niederlanden", "NL", Description = "dative plural 'niederlanden'")]
    [TestCase("mein neffe fragt nach der hauptstadt von den vereinigten arabischen emiraten", "AE", Description = "dative plural of a long name")]
    [TestCase("ich koche gerade sag mir die hauptstadt von dem tschad", "TD", Description = "'von dem' with its article")]
    [TestCase("wir spielen quiz wie heißt die hauptstadt von der mongolei", "MN", Description = "'von der' with its article")]
    [TestCase("was ist die hauptstadt von den philippinen", "PH", Description = "a plural name with its article, no clause")]
    [TestCase("was ist die hauptstadt von dem tschad", "TD", Description = "its article resolves, no clause")]
    [TestCase("was ist die hauptstadt von den niederlanden", "NL", Description = "its case ending resolves, no clause")]
    public void A_name_with_its_article_or_dative_ending_resolves(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("was ist die hauptstadt von dem tschad", "articles", Description = "the article is part of what was said")]
    [TestCase("was ist die hauptstadt von den niederlanden", "caseEndings", Description = "the dative 'niederlanden' is no name")]
    public void Without_the_lexicon_entry_the_value_does_not_resolve(string utterance, string entry)
    {
        var result = LocaleNlu.WithoutLexiconEntry(Locale, entry).Recognize(utterance)!;

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.Null, $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("spiel das lied von den toten hosen", Description = "a band's name after 'von den'")]
    [TestCase("wie ist das wetter in den niederlanden", Description = "another fact of a plural country")]
    [TestCase("erzähl mir was von dem wetter", Description = "'von dem' before a noun of another topic")]
    public void Other_requests_still_fall_back(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
