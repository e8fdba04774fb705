using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 28 tuning (README section *Round 28 tuning for German (session 27)*), each
/// tried on sentences of our own rather than the corpus lines: interjections of heritage speakers as fillers ("acha",
/// "aigoo", "aiyo", "arre yaar", "tío", "vale", "bueno", "na ge", "hej", "seri seri"), the elder's address "junge frau",
/// Vorarlberg forms ("luag amol", "gäll", "d", "scho"), Plautdietsch "waut es", the ASR forms "hauptstraße von",
/// "ken ya", "mal i", "vom nachbarland", help ("no entiendo", "was ich fragen darf", "erklären wie das geht"), cancel ("olvídalo"), stop ("stopp stopp"), "frag mal" before the skill's name, references to a place
/// said before ("welche hauptstadt haben die", "die hauptstadt wissen"), regions as not-places;
/// with out-of-domain neighbours that must still fall back.</summary>
public class GermanRoundTwentyEightRuleTests
{
    private const string Locale = "de-DE";

    private static Interpretation Recognize(string text) => LocaleNlu.Recognize(Locale, text);

    [TestCase("acha was ist die hauptstadt von pakistan", "PK", Description = "the filler 'acha'")]
    [TestCase("aigoo wie heißt die hauptstadt von vietnam", "VN", Description = "the filler 'aigoo'")]
    [TestCase("arre yaar sag mir die hauptstadt von bangladesch", "BD", Description = "the fillers 'arre yaar'")]
    [TestCase("tío was ist die hauptstadt von peru", "PE", Description = "the filler 'tío'")]
    [TestCase("junge frau wie heißt die hauptstadt von dänemark", "DK", Description = "the address 'junge frau'")]
    [TestCase("luag amol wie heißt d hauptstadt vo österreich", "AT", Description = "Vorarlberg 'luag amol', 'd'")]
    [TestCase("was isch scho wieder d hauptstadt vo polen gäll", "PL", Description = "'scho wieder', 'gäll'")]
    [TestCase("waut es die hauptstadt von chile", "CL", Description = "Plautdietsch 'waut es'")]
    [TestCase("wie heißt die hauptstraße von spanien", "ES", Description = "the ASR 'hauptstraße von'")]
    [TestCase("sag mir die hauptstadt von ken ya", "KE", Description = "the ASR split 'ken ya'")]
    [TestCase("und die hauptstadt vom nachbarland polen", "PL", Description = "'vom nachbarland'")]
    [TestCase("mein kollege kommt aus ghana welche hauptstadt haben die", "GH", Description = "'welche hauptstadt haben die'")]
    [TestCase("frag mal hauptstädte der welt nach der hauptstadt von chile", "CL", Description = "'frag mal' before the name")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("aiyo no entiendo", "AMAZON.HelpIntent")]
    [TestCase("kannst du mir erklären wie das geht", "AMAZON.HelpIntent")]
    [TestCase("sag mir bitte was ich fragen darf", "AMAZON.HelpIntent")]
    [TestCase("aigoo hör auf", "AMAZON.StopIntent")]
    [TestCase("stopp stopp", "AMAZON.StopIntent")]
    [TestCase("vale vergiss es", "AMAZON.CancelIntent")]
    [TestCase("olvídalo abbrechen", "AMAZON.CancelIntent")]
    [TestCase("schon gut junger mann", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("was ist die hauptstadt der oberlausitz")]
    [TestCase("welche hauptstadt hat westfalen")]
    [TestCase("acha spiel musik")]
    [TestCase("aigoo wie wird das wetter morgen")]
    [TestCase("die hauptstraße ist gesperrt")]
    [TestCase("kannst du mir erklären wie man brot backt")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
