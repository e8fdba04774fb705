using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 30 tuning (README section *Round 30 tuning for German (session 29)*), each
/// tried on sentences of our own rather than the corpus lines: the Bavarian and Palatinate openers "ja mei", "hajo",
/// "joa", the tour guide's "meine damen und herren", Palatinate "haaßt", "sin", the ASR form "isst" and the splits "haupt
/// stad", "tür kei", "spa nien", "nord wegen", "öster reich", "kroa tien", Cologne "wat es", the
/// place references "(die) hauptstadt dazu" and "unsere hauptstadt", the plural tails "welche sind die",
/// stop ("genug gefragt", "aus die maus", "ende over", "tschüssikowski", "ende der fragestunde"), cancel ("frage
/// zurückziehen", "wieder abbrechen"), help ("einführung", "zeig mir was du kannst", "was kann man hier fragen"), and
/// not-places (Canary islands, "pfalz", "europa", "liebe", "mode"); with out-of-domain neighbours that must still fall
/// back.</summary>
public class GermanRoundThirtyRuleTests
{
    private const string Locale = "de-DE";

    private static Interpretation Recognize(string text) => LocaleNlu.Recognize(Locale, text);

    [TestCase("ja mei wie heißt die hauptstadt von frankreich", "FR", Description = "the opener 'ja mei'")]
    [TestCase("hajo was is die hauptstadt von polen", "PL", Description = "the opener 'hajo'")]
    [TestCase("joa die hauptstadt von kenia", "KE", Description = "the opener 'joa'")]
    [TestCase("wie haaßt die hauptstadt vun italien", "IT", Description = "Palatinate 'haaßt'")]
    [TestCase("was sin die hauptstädte von bolivien", "BO", Description = "Palatinate 'sin'")]
    [TestCase("was isst die hauptstadt von finnland", "FI", Description = "the ASR form 'isst'")]
    [TestCase("was ist die haupt stad von tür kei", "TR", Description = "the splits 'haupt stad', 'tür kei'")]
    [TestCase("sag mir die hauptstadt von spa nien", "ES", Description = "the split 'spa nien'")]
    [TestCase("wie heißt die hauptstadt von nord wegen", "NO", Description = "the split 'nord wegen'")]
    [TestCase("die hauptstadt von öster reich bitte", "AT", Description = "the split 'öster reich'")]
    [TestCase("wat es die hauptstadt vun belgien", "BE", Description = "Cologne 'wat es'")]
    [TestCase("ein päckchen aus chile alexa die hauptstadt dazu", "CL", Description = "'die hauptstadt dazu'")]
    [TestCase("ich komme aus eritrea wie heißt unsere hauptstadt", "ER", Description = "'unsere hauptstadt'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("genug gefragt für heute", "AMAZON.StopIntent")]
    [TestCase("aus die maus", "AMAZON.StopIntent")]
    [TestCase("ende over", "AMAZON.StopIntent")]
    [TestCase("tschüssikowski", "AMAZON.StopIntent")]
    [TestCase("ja mei hör jetzt auf", "AMAZON.StopIntent")]
    [TestCase("ich will die frage zurückziehen", "AMAZON.CancelIntent")]
    [TestCase("bitte wieder abbrechen", "AMAZON.CancelIntent")]
    [TestCase("gib mir eine kurze einführung", "AMAZON.HelpIntent")]
    [TestCase("alexa zeig mir was du kannst", "AMAZON.HelpIntent")]
    [TestCase("hallo was kann man hier fragen", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("was ist die hauptstadt von gran canaria")]
    [TestCase("wie heißt die hauptstadt der kurpfalz")]
    [TestCase("was ist die hauptstadt der mode")]
    [TestCase("ja mei spiel musik")]
    [TestCase("hajo mach das licht an")]
    [TestCase("zeig mir die fotos von gestern")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
