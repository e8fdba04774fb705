using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 55 tuning (README section *Round 55 tuning for German (session 62)*), each
/// tried on sentences of our own rather than the corpus lines: a remark said after the question ("steht auf dem zettel",
/// "das ist der letzte hinweis", "die trainerin fragt", "da fahren wir hin", "sind zwei oder", "das land nicht der
/// staat"), a speaker's report before it ("der trainer sagt"), the Somali "haa" before a follow-up, the plural asked as
/// "nenn mir die zwei hauptstädte" and "welche beiden hauptstädte hat", the reverse questions "aus welchem land ist die
/// hauptstadt X", "welches land regiert aus X", "welches land hat den regierungssitz X" / "X als regierungssitz", the
/// seat of a state parliament ("wo ist der landtag von", "in welcher stadt ist der landtag von"), "wie heißt der
/// regierungssitz von", the yes-no check "liegt die hauptstadt von X in Y"; help as "wie kann ich dich (was) fragen", "was
/// soll ich dich fragen", "wie spiel(e) ich das", "was darf ich hier fragen", "wofür ist der skill", Spanish "como
/// funciona", Palatine "was kann isch do alles frooge", Armenian "inchpes" before it; stop as Georgian "kmara", Armenian
/// "bavakan e", Hindi/Urdu "bas", "mehr brauch ich nicht", "verlass", "wir sind durch danke", Somali "waa hagaag" and Swiss
/// "isch guet" before it, a reason after it (the training begins, the punch gets cold); cancel as "stell die frage zurück",
/// "abgebrochen", Palatine "loss es", Swedish "nej" before it, a reason after it (the game master, bowling, the battery);
/// launches with "lernen" or "was über"; with out-of-domain neighbours (new not-places: Nubia, Kashmir, Riesling, dogs and
/// cats, the Shetlands, the Canaries, the province of Limburg; the same words about a guitar, the weather, a button, a
/// washing machine, a tunnel, an exam, a clock, a branch, a connection, a battery, bowling, dinosaurs) that must still
/// fall back.</summary>
public class GermanRoundFiftyFiveRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("alexa hauptstadt von uganda steht auf dem zettel", "UG")]
    [TestCase("alexa hauptstadt von mali das ist der letzte hinweis", "ML")]
    [TestCase("alexa was ist die hauptstadt von peru die trainerin fragt", "PE")]
    [TestCase("alexa die hauptstadt von dänemark da fahren wir hin", "DK")]
    [TestCase("alexa die hauptstädte von bolivien sind zwei oder", "BO")]
    [TestCase("alexa hauptstadt von georgien das land nicht der staat", "GE")]
    [TestCase("alexa der trainer sagt die hauptstadt von chile", "CL")]
    [TestCase("alexa haa und ruanda", "RW")]
    [TestCase("alexa nenn mir die zwei hauptstädte von bolivien", "BO")]
    [TestCase("alexa welche beiden hauptstädte hat südafrika", "ZA")]
    [TestCase("alexa wo ist der landtag von bayern", "DE-BY")]
    [TestCase("alexa in welcher stadt ist der landtag von hessen", "DE-HE")]
    [TestCase("alexa wie heißt der regierungssitz von bolivien", "BO")]
    [TestCase("alexa liegt die hauptstadt von australien in sydney", "AU")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa aus welchem land ist die hauptstadt lima", "lima")]
    [TestCase("alexa welches land regiert aus bern", "bern")]
    [TestCase("alexa welches land hat den regierungssitz canberra", "canberra")]
    [TestCase("alexa welches land hat bern als regierungssitz", "bern")]
    public void A_reverse_question_reads_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("alexa wie kann ich dich was fragen bitte", "AMAZON.HelpIntent")]
    [TestCase("alexa wie kann ich dich fragen", "AMAZON.HelpIntent")]
    [TestCase("alexa was soll ich dich fragen", "AMAZON.HelpIntent")]
    [TestCase("alexa wie spiele ich das hauptstadtquiz", "AMAZON.HelpIntent")]
    [TestCase("alexa sag mal was darf ich hier fragen", "AMAZON.HelpIntent")]
    [TestCase("alexa wofür ist der skill eigentlich", "AMAZON.HelpIntent")]
    [TestCase("alexa como funciona", "AMAZON.HelpIntent")]
    [TestCase("alexa inchpes wie geht das", "AMAZON.HelpIntent")]
    [TestCase("alexa was kann isch do frooge", "AMAZON.HelpIntent")]
    [TestCase("alexa kmara", "AMAZON.StopIntent")]
    [TestCase("alexa bavakan e", "AMAZON.StopIntent")]
    [TestCase("alexa bas bas aufhören", "AMAZON.StopIntent")]
    [TestCase("alexa mehr brauche ich nicht danke", "AMAZON.StopIntent")]
    [TestCase("alexa verlass das hauptstadtquiz", "AMAZON.StopIntent")]
    [TestCase("alexa wir sind für heute durch", "AMAZON.StopIntent")]
    [TestCase("alexa stopp das training geht los", "AMAZON.StopIntent")]
    [TestCase("alexa stopp der punsch wird kalt", "AMAZON.StopIntent")]
    [TestCase("alexa waa hagaag aufhören", "AMAZON.StopIntent")]
    [TestCase("alexa isch guet stopp", "AMAZON.StopIntent")]
    [TestCase("alexa stellen wir die frage zurück", "AMAZON.CancelIntent")]
    [TestCase("alexa abgebrochen", "AMAZON.CancelIntent")]
    [TestCase("alexa loss es", "AMAZON.CancelIntent")]
    [TestCase("alexa vergiss es der spielleiter ist da", "AMAZON.CancelIntent")]
    [TestCase("alexa abbrechen wir kegeln jetzt", "AMAZON.CancelIntent")]
    [TestCase("alexa abbrechen der akku ist gleich leer", "AMAZON.CancelIntent")]
    [TestCase("alexa nej vergiss es", "AMAZON.CancelIntent")]
    public void A_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa ich will die hauptstädte der welt lernen starte den skill")]
    [TestCase("alexa ich will was über hauptstädte der welt lernen öffne es")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa was ist die hauptstadt von nubien in ägypten")]
    [TestCase("alexa hauptstadt von den kanarischen inseln")]
    [TestCase("alexa die hauptstadt der katzen")]
    [TestCase("alexa kaschmir pullover kaufen")]
    [TestCase("alexa wie spiel ich gitarre")]
    [TestCase("alexa wie kann ich dich fragen ob es regnet")]
    [TestCase("alexa was soll ich dich fragen zum wetter")]
    [TestCase("alexa wofür ist dieser knopf")]
    [TestCase("alexa como funciona la lavadora")]
    [TestCase("alexa bas ist ein wort")]
    [TestCase("alexa mehr brauch ich nicht zum glück")]
    [TestCase("alexa verlass dich drauf")]
    [TestCase("alexa wir sind durch den tunnel")]
    [TestCase("alexa wir sind durch die prüfung gefallen")]
    [TestCase("alexa das training geht los")]
    [TestCase("alexa der glühwein wird kalt")]
    [TestCase("alexa stell die frage zurück an den lehrer")]
    [TestCase("alexa stell die uhr zurück")]
    [TestCase("alexa der ast ist abgebrochen")]
    [TestCase("alexa die verbindung ist abgebrochen")]
    [TestCase("alexa der akku ist leer")]
    [TestCase("alexa wir kegeln am freitag")]
    [TestCase("alexa der spielleiter hilft uns")]
    [TestCase("alexa ich will was über dinosaurier lernen")]
    [TestCase("alexa öffne spotify ich will was über musik lernen")]
    [TestCase("alexa was steht auf dem zettel")]
    [TestCase("alexa wo ist der landtag")]
    [TestCase("alexa in welcher stadt ist der landtag")]
    [TestCase("alexa wie heißt der regierungssitz")]
    [TestCase("alexa nenn mir beide hauptstädte")]
    [TestCase("alexa losses spiel")]
    [TestCase("alexa sag mir die hauptstadt der provinz limburg")]
    [TestCase("alexa hauptstadt der shetlandinseln")]
    [TestCase("alexa was ist die hauptstadt vom riesling")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
