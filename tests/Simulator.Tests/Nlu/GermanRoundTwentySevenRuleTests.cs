using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 27 tuning (README section *Round 27 tuning for German (session 26)*), each
/// tried on sentences of our own rather than the corpus lines: Tyrolean and Moselle spoken forms ("wos isch", "vo",
/// "hoaßt", "woaßt", "wia", "heescht", "goht", "gnua", "amol", "lei"), interjections of heritage speakers as fillers
/// ("dai", "ai", "senti", "olha", "bah", "chi oi", "oya", "abeg", "heidanei", "nech"), the ASR forms "haupt statt",
/// "hauptstad" and "hauptsache von", help ("wie geht das spiel", "was soll ich fragen", "was macht dieser skill"),
/// stop ("gnua", "auf zu reden"), cancel ("vorgang abbrechen"), regions as not-places after "der";
/// with out-of-domain neighbours that must still fall back.</summary>
public class GermanRoundTwentySevenRuleTests
{
    private const string Locale = "de-DE";

    private static Interpretation Recognize(string text) => LocaleNlu.Recognize(Locale, text);

    [TestCase("wos isch die hauptstadt vo schweden", "SE", Description = "Tyrolean 'wos isch' and 'vo'")]
    [TestCase("woaßt du wia die hauptstadt vo finnland hoaßt", "FI", Description = "'woaßt', 'wia', 'hoaßt'")]
    [TestCase("griaß di sag amol die hauptstadt vo ungarn", "HU", Description = "'griaß di' and 'amol'")]
    [TestCase("sag mir lei die hauptstadt vo kroatien", "HR", Description = "the filler 'lei'")]
    [TestCase("wie heescht die hauptstadt vun lettland", "LV", Description = "Moselle 'heescht'")]
    [TestCase("dai dimmi wie heißt die hauptstadt von portugal", "PT", Description = "the filler 'dai'")]
    [TestCase("senti was ist die hauptstadt von griechenland", "GR", Description = "the filler 'senti'")]
    [TestCase("olha die hauptstadt von angola bitte", "AO", Description = "the filler 'olha'")]
    [TestCase("chi oi was ist die hauptstadt von laos", "LA", Description = "the filler 'chi oi'")]
    [TestCase("oya abeg was ist die hauptstadt von ghana", "GH", Description = "the fillers 'oya', 'abeg'")]
    [TestCase("bah wie heißt die hauptstadt von belgien", "BE", Description = "the filler 'bah'")]
    [TestCase("wie heißt die haupt statt von irland", "IE", Description = "the ASR split 'haupt statt'")]
    [TestCase("was ist die hauptsache von spanien", "ES", Description = "the ASR 'hauptsache von'")]
    [TestCase("nenn mir die hauptstad von estland", "EE", Description = "the ASR 'hauptstad'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("senti wie geht das spiel", "AMAZON.HelpIntent")]
    [TestCase("bah was soll ich fragen", "AMAZON.HelpIntent")]
    [TestCase("ai was soll ich da sagen", "AMAZON.HelpIntent")]
    [TestCase("was macht der skill eigentlich", "AMAZON.HelpIntent")]
    [TestCase("olha wie benutze ich das", "AMAZON.HelpIntent")]
    [TestCase("heidanei wie goht des", "AMAZON.HelpIntent")]
    [TestCase("gnua für heute", "AMAZON.StopIntent")]
    [TestCase("bitte hör auf zu reden", "AMAZON.StopIntent")]
    [TestCase("oya stopp", "AMAZON.StopIntent")]
    [TestCase("dai vergiss das", "AMAZON.CancelIntent")]
    [TestCase("vergiss et nech", "AMAZON.CancelIntent")]
    [TestCase("den vorgang abbrechen bitte", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("was ist die hauptstadt der eifel")]
    [TestCase("was ist die hauptstadt der lausitz")]
    [TestCase("bah spiel musik")]
    [TestCase("senti mach das licht aus")]
    [TestCase("hauptsache es regnet nicht")]
    [TestCase("wos isch des wetter morgen")]
    [TestCase("wie geht das rezept für kässpatzen")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
