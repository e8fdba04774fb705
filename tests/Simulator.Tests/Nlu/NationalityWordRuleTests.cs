using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Nationality words (the capitals data's <c>nationalities</c>, synonyms of their place in the model): a
/// nationality word names its place when nothing else is understood ("la capitale péruvienne"), and a place's name said
/// beside one outweighs it, which each case checks against the same model with the words read in the first pass.</summary>
public class NationalityWordRuleTests
{
    private static readonly Dictionary<string, NluEngine> InOnePass = [];

    private static NluEngine EngineReadingNationalityWordsAtOnce(string locale)
    {
        if (!InOnePass.TryGetValue(locale, out var engine))
            InOnePass[locale] = engine = new NluEngine(LocalSkill.LoadModel(locale), NluLexicon.For(locale), readsNationalityWordsLast: false);
        return engine;
    }

    [TestCase("fr-FR", "c'est quoi la capitale péruvienne", "PE")]
    [TestCase("fr-FR", "ma voisine est péruvienne elle m'a demandé sa capitale", "PE")]
    [TestCase("fr-FR", "j'ai un collègue sénégalais quelle est sa capitale", "SN")]
    [TestCase("fr-CA", "c'est quoi les deux capitales boliviennes", "BO")]
    [TestCase("fr-CA", "la capitale québécoise c'est laquelle", "CA-QC")]
    public void A_nationality_word_names_its_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "mon collègue espagnol veut la capitale du chili", "CL")]
    [TestCase("fr-FR", "le joueur suédois parle de la capitale du danemark c'est quoi", "DK")]
    [TestCase("fr-FR", "le club brésilien joue à la capitale de l'argentine c'est quoi", "AR")]
    public void A_place_name_outweighs_a_nationality_word_beside_it(string locale, string utterance, string id)
    {
        var result = LocaleNlu.Recognize(locale, utterance);
        var inOnePass = EngineReadingNationalityWordsAtOnce(locale).Recognize(utterance)!;

        Assert.Multiple(() =>
        {
            Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
            Assert.That(inOnePass.Slot("country")?.FirstMatch?.Id, Is.Not.EqualTo(id), $"in one pass: \"{inOnePass.Sample}\"");
        });
    }

    [TestCase("fr-FR", "comment dit-on bonjour en espagnol")]
    [TestCase("fr-FR", "traduis capitale en anglais")]
    [TestCase("fr-FR", "la cuisine italienne c'est la meilleure")]
    [TestCase("fr-FR", "quelle est la capitale de la gastronomie française")]
    public void A_nationality_word_in_another_request_still_falls_back(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
