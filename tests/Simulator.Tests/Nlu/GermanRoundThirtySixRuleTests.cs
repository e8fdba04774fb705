using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 36 tuning (README section *Round 36 tuning for German (session 37)*), each
/// tried on sentences of our own rather than the corpus lines: elders' exclamations ("du meine güte", "ach du liebe
/// zeit", read as one phrase so that its "zeit" asks for no time, "herrje"); a place, then "hab ich zeit" (read as "hab
/// ich frei"); follow-ups ending "wie heißt sie da", "wie ist das", "dann auch noch", and "und der nachbar X"; learners'
/// "nennen die hauptstadt für", "ich lerne deutsch wie ich dich frage"; "zu verraten" after "wärst du so nett"; the repairs
/// "nä" and "ne moment"; "oder doch nicht" after a yes-no check; "in den usa" after a state; "für geschichte" (a school
/// subject, not the history of the place); "witzig" after a question; the plural "X welche hauptstädte hat das (land)",
/// "X die hauptstädte welche sind das", Swiss "het";
/// greetings and thanks of other languages ("merhaba", "kiitos", "tack så mycket"); teen "bruh", "kein plan"; the
/// reverse "X wessen hauptstadt ist das"; cancel ("annulliere", "brechen sie ab", "hab mich verplappert", "das wollte ich
/// nicht"), help ("keine ahnung was ich sagen soll", "kenne mich mit der technik nicht aus", "was frag ich am besten",
/// "was dieser skill kann"), stop (a meal as the reason: "das mittagessen ist fertig", "die pizza ist da"; "adieu"),
/// launch ("starten sie", "zum lernen"); with out-of-domain neighbours that must still fall back (breakaway states and
/// states of the past, empires, the sun, landscapes, "irgendeine hauptstadt", "die hauptstadt des fahrrads", a region,
/// "wie ist das wetter", a cancel cue or farewell with a noun of another topic). Also the reverse "X welches land hat die
/// als hauptstadt", "in welchem land ist X die hauptstadt", "X ist die hauptstadt welches bundesstaates"; "weiter gehts
/// mit"; "früher wusste ich das"; the repair "mein fehler"; a time of night that sets a scene ("drei uhr nachts"); stop
/// reasons ("die straßenbahn kommt"), cancel "vergessen wir das", help "was muss ich hier machen", launch "aktivier", "los
/// gehts".</summary>
public class GermanRoundThirtySixRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("du meine güte die hauptstadt von polen fällt mir nicht ein", "PL", Description = "exclamation 'du meine güte'")]
    [TestCase("ach du liebe zeit wie heißt die hauptstadt von ungarn", "HU", Description = "exclamation 'ach du liebe zeit'")]
    [TestCase("herrje die hauptstadt von chile", "CL", Description = "exclamation 'herrje'")]
    [TestCase("auf dem gerüst hab ich zeit alexa die hauptstadt von irland", "IE", Description = "'hab ich zeit' is no question of time")]
    [TestCase("und bei finnland wie heißt sie da", "FI", Description = "follow-up ending 'wie heißt sie da'")]
    [TestCase("und mit kuba wie ist das", "CU", Description = "follow-up ending 'wie ist das'")]
    [TestCase("und chile dann auch noch", "CL", Description = "follow-up ending 'dann auch noch'")]
    [TestCase("und der nachbar österreich", "AT", Description = "follow-up 'und der nachbar'")]
    [TestCase("und wie schaut es mit peru aus", "PE", Description = "follow-up 'wie schaut es mit'")]
    [TestCase("bitte nennen die hauptstadt für peru", "PE", Description = "learner 'nennen die hauptstadt für'")]
    [TestCase("wärst du so nett mir die hauptstadt von kenia zu verraten", "KE", Description = "'zu verraten'")]
    [TestCase("wie heißt die hauptstadt von schweden nä norwegen", "NO", Description = "repair 'nä'")]
    [TestCase("die hauptstadt von ungarn ne moment rumänien", "RO", Description = "repair 'ne moment'")]
    [TestCase("ist rom die hauptstadt von italien oder doch nicht", "IT", Description = "yes-no check ending 'oder doch nicht'")]
    [TestCase("ohio der bundesstaat in den usa welche hauptstadt", "US-OH", Description = "'in den usa' after a state")]
    [TestCase("hauptstadt von ägypten für geschichte", "EG", Description = "school subject 'für geschichte'")]
    [TestCase("in der bäckerei fragt eine kundin aus ghana nach ihrer hauptstadt witzig", "GH", Description = "ending 'witzig'")]
    [TestCase("bolivien welche hauptstädte hat das", "BO", Description = "plural 'welche hauptstädte hat das'")]
    [TestCase("wir fahren nach südafrika wie viele hauptstädte hat das land", "ZA", Description = "plural 'hat das land'")]
    [TestCase("wir fliegen nach bolivien welche hauptstädte hat dat land", "BO", Description = "plural 'hat dat land'")]
    [TestCase("südafrika die hauptstädte welche sind das", "ZA", Description = "plural 'die hauptstädte welche sind das'")]
    [TestCase("grüessech alexa welche hauptstadt het peru", "PE", Description = "Swiss 'grüessech', 'het'")]
    [TestCase("merhaba alexa die hauptstadt von tunesien", "TN", Description = "greeting 'merhaba'")]
    [TestCase("bruh hauptstadt von kanada", "CA", Description = "teen 'bruh'")]
    [TestCase("kein plan digga hauptstadt von chile", "CL", Description = "teen 'kein plan'")]
    [TestCase("weiter gehts mit peru", "PE", Description = "follow-up 'weiter gehts mit'")]
    [TestCase("früher wusste ich das die hauptstadt von chile", "CL", Description = "elder 'früher wusste ich das'")]
    [TestCase("die hauptstadt von niger mein fehler nigeria", "NG", Description = "repair 'mein fehler'")]
    [TestCase("es ist drei uhr nachts und die oma fragt nach der hauptstadt von peru", "PE", Description = "'drei uhr nachts' sets a scene, asks no time")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("lima wessen hauptstadt ist das", "lima")]
    [TestCase("lima welches land hat die als hauptstadt", "lima")]
    [TestCase("in welchem land ist quito die hauptstadt", "quito")]
    [TestCase("austin ist die hauptstadt welches bundesstaates", "austin")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("annulliere die frage", "AMAZON.CancelIntent")]
    [TestCase("brechen sie bitte ab", "AMAZON.CancelIntent")]
    [TestCase("ach ich hab mich verplappert abbrechen", "AMAZON.CancelIntent")]
    [TestCase("das wollte ich nicht vergiss es", "AMAZON.CancelIntent")]
    [TestCase("ich lerne deutsch wie ich dich frage", "AMAZON.HelpIntent")]
    [TestCase("keine ahnung was ich sagen soll", "AMAZON.HelpIntent")]
    [TestCase("ich kenne mich mit der technik nicht aus", "AMAZON.HelpIntent")]
    [TestCase("brauche mal ne anleitung", "AMAZON.HelpIntent")]
    [TestCase("was frag ich am besten", "AMAZON.HelpIntent")]
    [TestCase("ich will wissen was dieser skill kann", "AMAZON.HelpIntent")]
    [TestCase("stopp das mittagessen ist fertig", "AMAZON.StopIntent")]
    [TestCase("mach schluss die pizza ist da", "AMAZON.StopIntent")]
    [TestCase("kiitos alexa stopp", "AMAZON.StopIntent")]
    [TestCase("adieu alexa", "AMAZON.StopIntent")]
    [TestCase("tack så mycket das war alles", "AMAZON.StopIntent")]
    [TestCase("stopp die straßenbahn kommt", "AMAZON.StopIntent")]
    [TestCase("vergessen wir das", "AMAZON.CancelIntent")]
    [TestCase("was muss ich hier machen", "AMAZON.HelpIntent")]
    [TestCase("ich möchte wissen was man hier fragen kann", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("bruh öffne hauptstädte der welt")]
    [TestCase("starten sie bitte hauptstädte der welt")]
    [TestCase("zum lernen starte hauptstädte der welt")]
    [TestCase("alexa aktivier hauptstädte der welt")]
    [TestCase("alexa los gehts hauptstädte der welt")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("was ist die hauptstadt von südossetien")]
    [TestCase("was war die hauptstadt der ddr")]
    [TestCase("was war die hauptstadt von jugoslawien")]
    [TestCase("die hauptstadt vom osmanischen reich")]
    [TestCase("hauptstadt der sonne")]
    [TestCase("die hauptstadt vom odenwald")]
    [TestCase("nenn mir irgendeine hauptstadt")]
    [TestCase("welche stadt ist die hauptstadt des fahrrads")]
    [TestCase("was ist die hauptstadt der region burgund")]
    [TestCase("wie ist das wetter in peru")]
    [TestCase("ich habe zeit was kostet ein flug nach peru")]
    [TestCase("und der nachbar hat einen neuen hund")]
    [TestCase("annulliere meinen termin")]
    [TestCase("stell einen wecker bis morgen")]
    [TestCase("wessen hund ist das")]
    [TestCase("in peru gibt es viele lamas")]
    [TestCase("hauptstadt von tibet")]
    [TestCase("hauptstadt von anatolien")]
    [TestCase("wie ist das wetter um drei uhr nachts in peru")]
    [TestCase("und was ist mit dem wetter")]
    [TestCase("früher wusste ich das wie viele einwohner hat chile")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
