using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 43 tuning (README section *Round 43 tuning for German (session 45)*), each
/// tried on sentences of our own rather than the corpus lines: fillers ("güerito", "bon ben", "fürs seminar", "an der
/// raststätte"), joins ("la capitale von", Hessian "heißt dann die", "von wem ist" / "vun wem is"), the variant
/// "heeßt'n", place references after a place ("was ist da der hauptort", "wie heißt der hauptort", "gibt es da eine
/// hauptstadt", "gibt es eine hauptstadt welche"), cancel ("schwamm drüber", "das weiß ich selber"), stop ("ruhe im
/// karton", "stopp das ganze"), help ("was soll ich denn fragen", "wie benutze ich das"), launch wording ("wir wollen",
/// "ich will", "mach emol ... uff", "wir lernen für den test"); with out-of-domain neighbours that must still fall back
/// (the new not-places: German cities, regions, peoples, fictional lands; "am nächsten"; the same cues about another
/// topic).</summary>
public class GermanRoundFortyThreeRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("oye güerito was ist die hauptstadt von peru", "PE", Description = "filler 'güerito'")]
    [TestCase("kurze frage fürs seminar die hauptstadt von laos", "LA", Description = "filler 'fürs seminar'")]
    [TestCase("an der raststätte welche stadt ist die hauptstadt von chile", "CL", Description = "filler 'an der raststätte'")]
    [TestCase("bon ben la capitale von belgien", "BE", Description = "filler 'bon ben', join 'la capitale von'")]
    [TestCase("la capitale von portugal", "PT", Description = "join 'la capitale von'")]
    [TestCase("wie heeßt'n die hauptstadt von polen", "PL", Description = "variant 'heeßt'n'")]
    [TestCase("wie heißt dann die hauptstadt von ungarn", "HU", Description = "join 'heißt dann die'")]
    [TestCase("wir machen urlaub auf den färöern was ist da der hauptort", "FO", Description = "reference 'was ist da der hauptort'")]
    [TestCase("auf den färöern wie heißt der hauptort", "FO", Description = "reference 'wie heißt der hauptort'")]
    [TestCase("wir fliegen nach grönland gibt es da eine hauptstadt", "GL", Description = "reference 'gibt es da eine hauptstadt'")]
    [TestCase("auf den bermudas gibt es eine hauptstadt welche", "BM", Description = "reference 'gibt es eine hauptstadt welche'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("von wem ist lima die hauptstadt", "lima", Description = "join 'von wem ist'")]
    [TestCase("vun wem is dann dresden die hauptstadt", "dresden", Description = "join 'vun wem is'")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("schwamm drüber", "AMAZON.CancelIntent")]
    [TestCase("ach schwamm drüber", "AMAZON.CancelIntent")]
    [TestCase("lass mal das weiß ich selber", "AMAZON.CancelIntent")]
    [TestCase("ruhe im karton bitte", "AMAZON.StopIntent")]
    [TestCase("stopp das ganze jetzt", "AMAZON.StopIntent")]
    [TestCase("was soll ich denn fragen", "AMAZON.HelpIntent")]
    [TestCase("und was soll ich jetzt fragen", "AMAZON.HelpIntent")]
    [TestCase("wie benutze ich das", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("starte hauptstädte der welt wir lernen für den test")]
    [TestCase("wir wollen hauptstädte der welt")]
    [TestCase("ich will hauptstädte der welt")]
    [TestCase("mach emol hauptstädte der welt uff")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("was ist die hauptstadt von dortmund")]
    [TestCase("was war die hauptstadt der inkas")]
    [TestCase("was ist die hauptstadt von winterfell")]
    [TestCase("was ist die hauptstadt im monopoly")]
    [TestCase("la capitale von gondwana")]
    [TestCase("welche hauptstadt liegt am nächsten an wien")]
    [TestCase("schwamm drüber in der badewanne")]
    [TestCase("stopp das ganze video")]
    [TestCase("wie benutze ich das bügeleisen")]
    [TestCase("was soll ich denn zum essen kochen")]
    [TestCase("was soll ich fragen beim vorstellungsgespräch")]
    [TestCase("von wem ist das lied")]
    [TestCase("wir wollen musik hören")]
    [TestCase("ich will pizza bestellen")]
    [TestCase("gibt es da eine hauptstadt für mode")]
    [TestCase("das weiß ich selber wie das wetter wird")]
    [TestCase("was ist der hauptort von meinem landkreis")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
