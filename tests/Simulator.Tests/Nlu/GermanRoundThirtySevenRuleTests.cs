using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 37 tuning (README section *Round 37 tuning for German (session 38)*), each
/// tried on sentences of our own rather than the corpus lines: the Ruhr "hömma" and "weiße dat", greetings and thanks
/// of other languages ("asante", "rakhmet", "ayubowan", "wesh", "mercès", "mate"), the Plautdietsch "waut es dee
/// hauptstaut", "wenigstens", "wo wir grad dabei sind", "für meinen opa"; follow-ups ending "zum schluss", "gleich
/// daneben", "und dann ist schluss"; questions ending "ist der code", "die hab ich vergessen", "ich verwechsle das
/// immer", "kommt da her", "ich weiß es nicht", "dem land am schwarzen meer"; learners' "von mein nachbarland", "wie
/// man sagt"; Catalan "quina és", Portuguese "a capital de"; "beim nachbarn"; the reverse "von welchem inselstaat /
/// königreich", "welches land regiert man von", "ist das eine hauptstadt und von welchem land"; a place in a clause,
/// then "was ist die hauptstadt da", "sagen sie mir die hauptstadt", "fragt mich die hauptstadt", "landeshauptstadt";
/// "welche hauptstadt haben die X" for a plural name; the repairs "nä warte", "halt stopp"; cancel ("mach das
/// rückgängig", "lass das", "falsches land"), help ("wie funzt das", "eine kleine anleitung", "wie soll ich das
/// formulieren", "wie er eine hauptstadt fragen kann", "was sind die befehle"), stop ("ende der vorstellung", "schicht
/// im schacht", "schluss mit den hauptstädten", a film as the reason), launch ("aber zackig", "gugge ma"); with
/// out-of-domain neighbours that must still fall back (empires, micronations, fiction, foods and drinks as a
/// "hauptstadt", Spanish regions, proverbial places, a cancel cue or a help cue about another topic).</summary>
public class GermanRoundThirtySevenRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("hömma was ist die hauptstadt von chile", "CL", Description = "Ruhr 'hömma'")]
    [TestCase("wat is dat für ne hauptstadt in peru weiße dat", "PE", Description = "Ruhr 'wat is dat für ne hauptstadt in', 'weiße dat'")]
    [TestCase("asante alexa die hauptstadt von kenia", "KE", Description = "thanks 'asante'")]
    [TestCase("rakhmet was ist die hauptstadt von usbekistan", "UZ", Description = "thanks 'rakhmet'")]
    [TestCase("ayubowan alexa hauptstadt von indien", "IN", Description = "greeting 'ayubowan'")]
    [TestCase("jo waut es dee hauptstaut von chile", "CL", Description = "Plautdietsch 'dee hauptstaut'")]
    [TestCase("ach und wo wir gerade dabei sind finnland", "FI", Description = "follow-up 'wo wir gerade dabei sind'")]
    [TestCase("und peru zum schluss", "PE", Description = "follow-up ending 'zum schluss'")]
    [TestCase("und tschad gleich daneben", "TD", Description = "follow-up ending 'gleich daneben'")]
    [TestCase("noch schnell kuba und dann ist schluss", "CU", Description = "ending 'und dann ist schluss'")]
    [TestCase("und bei den nachbarn polen", "PL", Description = "follow-up 'bei den nachbarn'")]
    [TestCase("die hauptstadt von peru ist das lösungswort", "PE", Description = "ending 'ist das lösungswort'")]
    [TestCase("hauptstadt von ohio die habe ich vergessen", "US-OH", Description = "ending 'die habe ich vergessen'")]
    [TestCase("was ist die hauptstadt von slowakei ich verwechsle die immer", "SK", Description = "ending 'ich verwechsle die immer'")]
    [TestCase("wie heißt die hauptstadt von usbekistan ich vergesse das immer", "UZ", Description = "ending 'ich vergesse das immer'")]
    [TestCase("die hauptstadt von georgien das land im kaukasus", "GE", Description = "ending 'das land im kaukasus'")]
    [TestCase("ich komme aus peru was ist hauptstadt von meinem nachbarland chile", "CL", Description = "learner 'von meinem nachbarland'")]
    [TestCase("wie man sagt die hauptstadt von kenia", "KE", Description = "learner 'wie man sagt'")]
    [TestCase("quina és die hauptstadt von spanien", "ES", Description = "Catalan 'quina és'")]
    [TestCase("a capital de brasilien bitte", "BR", Description = "Portuguese 'a capital de'")]
    [TestCase("wir schicken pakete nach kenia was ist die hauptstadt da", "KE", Description = "reference 'was ist die hauptstadt da'")]
    [TestCase("ich war nie in chile sagen sie mir wenigstens die hauptstadt", "CL", Description = "reference 'sagen sie mir wenigstens die hauptstadt'")]
    [TestCase("der kunde aus peru fragt mich die hauptstadt", "PE", Description = "reference 'fragt mich die hauptstadt'")]
    [TestCase("meine tante wohnt in hessen welche stadt ist landeshauptstadt", "DE-HE", Description = "reference 'landeshauptstadt'")]
    [TestCase("hauptstadt von österreich halt stopp von ungarn", "HU", Description = "repair 'halt stopp'")]
    [TestCase("hauptstadt von bayern für meinen opa", "DE-BY", Description = "'für meinen opa'")]
    [TestCase("welche hauptstadt haben die philippinen", "PH", Description = "plural name 'welche hauptstadt haben die'")]
    [TestCase("welche hauptstadt haben die leute auf jersey", "JE", Description = "'haben die leute auf' still read")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("tiflis ist die hauptstadt von welchem inselstaat", "tbilisi")]
    [TestCase("welches land regiert man von lima", "lima")]
    [TestCase("welches land hat die hauptstadt quito mein kollege kommt da her", "quito")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("ach mach das rückgängig", "AMAZON.CancelIntent")]
    [TestCase("nee lass das", "AMAZON.CancelIntent")]
    [TestCase("oh falsches land abbrechen", "AMAZON.CancelIntent")]
    [TestCase("wesh vergiss es", "AMAZON.CancelIntent")]
    [TestCase("wie funzt das eigentlich", "AMAZON.HelpIntent")]
    [TestCase("ich bräuchte eine kleine anleitung", "AMAZON.HelpIntent")]
    [TestCase("wie soll ich das formulieren", "AMAZON.HelpIntent")]
    [TestCase("erklär mal wie man eine hauptstadt fragen kann", "AMAZON.HelpIntent")]
    [TestCase("asante was kann ich dich hier fragen", "AMAZON.HelpIntent")]
    [TestCase("was sind die befehle", "AMAZON.HelpIntent")]
    [TestCase("ende der vorstellung alexa", "AMAZON.StopIntent")]
    [TestCase("schicht im schacht", "AMAZON.StopIntent")]
    [TestCase("so schluss mit den hauptstädten", "AMAZON.StopIntent")]
    [TestCase("sei still der film fängt an", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("starte hauptstädte der welt aber zackig")]
    [TestCase("gugge ma öffne hauptstädte der welt")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("was war die hauptstadt vom zarenreich")]
    [TestCase("hauptstadt vom deutschen kaiserreich")]
    [TestCase("was ist die hauptstadt von liberland")]
    [TestCase("hauptstadt von metropolis")]
    [TestCase("die hauptstadt der currywurst")]
    [TestCase("was ist die hauptstadt des biers")]
    [TestCase("hauptstadt von asturien")]
    [TestCase("was ist die hauptstadt von buxtehude")]
    [TestCase("mach das licht aus")]
    [TestCase("lass das licht an")]
    [TestCase("wie funzt der staubsauger")]
    [TestCase("wo wir gerade dabei sind wie ist das wetter")]
    [TestCase("und dann ist schluss mit dem fernsehen")]
    [TestCase("wir fliegen nach peru wie viele einwohner hat die hauptstadt da")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
