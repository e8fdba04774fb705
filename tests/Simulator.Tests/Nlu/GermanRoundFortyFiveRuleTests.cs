using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 45 tuning (README section *Round 45 tuning for German (session 47)*), each
/// tried on sentences of our own rather than the corpus lines: fillers ("bruder", "chill mal", Turkish "abi", Saxon
/// "nu", Swabian "ha noi", French "c'est quoi"), the variants Turkish "nasil" -> "wie" and "mol" -> "mal", joins (French
/// "c'est quoi la capitale du / de", "la capitale du", Tagalog "ano ang ... hauptstadt ng", Hindi "yaar aur", the official
/// names "hauptstadt des königreichs", "hauptstadt des commonwealth of"), place references after a place ("hauptstadt
/// dort", "überhaupt eine hauptstadt"), stop ("dosta je", "aus jetzt"), cancel (Palatine "losse mer's"), help ("wie frag
/// ich das", "was kann ich dich frage", "was kann ich denn hier alles fragen", "erklär es nochmal langsam", "kommt damit
/// nicht klar", "wie man diesen dienst bedient", "was kannst du mir über hauptstädte erzählen"), the reason openers "die
/// nachrichten", "das ist mir zu laut", launch wording ("ha noi"); with out-of-domain neighbours that must still fall
/// back (the new not-places: Nürnberg, fictional lands, the European Union; the same words about another topic).</summary>
public class GermanRoundFortyFiveRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("bruder was ist die hauptstadt von peru", "PE", Description = "filler 'bruder'")]
    [TestCase("abi was ist die hauptstadt von kenia", "KE", Description = "filler 'abi'")]
    [TestCase("ha noi was ist die hauptstadt von bayern", "DE-BY", Description = "filler 'ha noi'")]
    [TestCase("c'est quoi la capitale du mali", "ML", Description = "join 'c'est quoi la capitale du'")]
    [TestCase("po ano ang hauptstadt ng kenia", "KE", Description = "joins 'ano ang', 'hauptstadt ng'")]
    [TestCase("welche stadt ist hauptstadt des königreichs schweden", "SE", Description = "join 'hauptstadt des königreichs'")]
    [TestCase("yaar aur nepal", "NP", Description = "join 'yaar aur' -> 'und'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("meine tochter zieht nach kanada hauptstadt dort", "CapitalIntent")]
    [TestCase("hauptstadt des commonwealth of australia", "CapitalIntent")]
    [TestCase("gibt es auf der antarktis überhaupt eine hauptstadt", "CapitalIntent")]
    [TestCase("dosta je stopp", "AMAZON.StopIntent")]
    [TestCase("aus jetzt", "AMAZON.StopIntent")]
    [TestCase("stopp die nachrichten kommen gleich", "AMAZON.StopIntent")]
    [TestCase("ei losse mer's", "AMAZON.CancelIntent")]
    [TestCase("nu was kann ich denn alles fragen", "AMAZON.HelpIntent")]
    [TestCase("nu was kann ich hier alles fragen", "AMAZON.HelpIntent")]
    [TestCase("was kann ich dich frage", "AMAZON.HelpIntent")]
    [TestCase("opa kommt damit nicht klar erklär es nochmal", "AMAZON.HelpIntent")]
    [TestCase("erklär es nochmal langsam", "AMAZON.HelpIntent")]
    [TestCase("abi nasil funktioniert das", "AMAZON.HelpIntent")]
    [TestCase("was kannst du mir über hauptstädte erzählen", "AMAZON.HelpIntent")]
    public void A_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("ha noi mach mol hauptstädte der welt auf")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("was ist die hauptstadt von nürnberg")]
    [TestCase("was ist die hauptstadt der europäischen union")]
    [TestCase("mach das licht aus jetzt")]
    [TestCase("erklär mir die photosynthese nochmal langsam")]
    [TestCase("was kannst du mir über dinosaurier erzählen")]
    [TestCase("bruder chill mal")]
    [TestCase("c'est quoi la météo")]
    [TestCase("ano ang wetter")]
    [TestCase("wer ist könig des königreichs schweden")]
    [TestCase("gibt es auf dem mars überhaupt eine hauptstadt")]
    [TestCase("gibt es in der wüste überhaupt eine hauptstadt")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
