using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A not-place the speaker repairs, and the Bavarian and Alemannic "vo" (session 59). A value that begins with a
/// not-place was refused whole, so "hauptstadt von tirol nein bayern" fell back though the speaker replaced Tyrol with
/// Bavaria: such a value is now the place said after its last repair phrase, when that resolves. With that, "vo" (dialect
/// "von") is one of the function words a value takes in before its not-place, so "hauptstodt vo südtirol" falls back as
/// "hauptstadt von südtirol" does, instead of asking about an unknown place "vo südtirol", and "vo tirol naa bayern"
/// still reads Bavaria. Neighbours: a not-place with a repair word and nothing after it, or with no place after it,
/// still falls back; a place after "vo" still reads; a repair that says its preposition again read before.</summary>
public class NotPlaceRepairedLaterTests
{
    [TestCase("de-DE", "was ist die hauptstadt von tirol nein bayern", "DE-BY")]
    [TestCase("de-DE", "sag mir die hauptstadt von kärnten nein slowenien", "SI")]
    [TestCase("de-DE", "wie heißt die hauptstadt von der steiermark ne ne österreich", "AT")]
    [TestCase("de-DE", "wie heißt die hauptstadt von südtirol ne ne italien", "IT")]
    public void A_not_place_the_speaker_repairs_reads_the_repair(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("de-DE", "weißt du die hauptstadt vo tirol")]
    [TestCase("de-DE", "sog mir die hauptstadt vo der steiermark")]
    [TestCase("de-DE", "wos is die hauptstodt vo oberfranken")]
    [TestCase("de-DE", "was ist die hauptstadt von tirol nein")]
    [TestCase("de-DE", "was ist die hauptstadt vom allgäu nein")]
    [TestCase("de-DE", "sag mir die hauptstadt vom allgäu nein lass es")]
    [TestCase("de-DE", "was ist die hauptstadt von tirol nein vom zillertal")]
    [TestCase("nl-NL", "wat is de hoofdstad van de veluwe eh ik bedoel de achterhoek")]
    public void A_not_place_after_vo_or_without_a_place_after_its_repair_falls_back(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [TestCase("de-DE", "wos is die hauptstadt vo bayern", "DE-BY")]
    [TestCase("de-DE", "sog mir die hauptstadt vo österreich", "AT")]
    [TestCase("de-DE", "was ist die hauptstadt vom allgäu ich meine von bayern", "DE-BY")]
    [TestCase("en-US", "what's the capital of tirol no i mean austria", "AT")]
    public void A_place_after_vo_and_a_repair_with_its_preposition_still_read(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);
}
