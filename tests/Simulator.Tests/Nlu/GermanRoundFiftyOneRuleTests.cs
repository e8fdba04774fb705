using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 51 tuning (README section *Round 51 tuning for German (session 56)*), each
/// tried on sentences of our own rather than the corpus lines: Kölsch, Bavarian, Low German and Austrian ways to cancel
/// ("loss mer's", "loss sein", "vergiss mei frog", "vergiss des afoch", "lot man", "vergiss es ganz einfach"), "wir spielen"
/// and "wir gucken" as reason openers after a cancel; Luxembourgish, Bavarian, Swiss and Rhineland ways to ask what to say
/// ("wéi froen ech", "wos konn i frogn", "wos soll i sogn", "was chan ich do frage", "chasch mir helfe", "wat soll ich denn
/// fragen") as help; Swiss "jetzt isch guet", "es langet", "schluss mit geografie", "genug
/// erdkunde", "shut up", "ich glaub(e) ich bin fertig" as stop; launches with "mit ... sprechen / reden",
/// "mach mal ... an", "machst du ... an", "geh amoi / geh mal in ... eini / rein", "öffne mir"; "vom königreich / fürstentum /
/// großherzogtum / sultanat / emirat" before a name, Ruhr "wat is dat fürne hauptstadt von", "wie heißt gleich die
/// hauptstadt", "und noch eine" before a place; with out-of-domain neighbours that must still fall back.</summary>
public class GermanRoundFiftyOneRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("alexa und die hauptstadt vom königreich spanien", "ES")]
    [TestCase("alexa die hauptstadt vom großherzogtum luxemburg", "LU")]
    [TestCase("alexa was ist die hauptstadt vom sultanat oman", "OM")]
    [TestCase("alexa was ist die hauptstadt des emirats katar", "QA")]
    [TestCase("alexa wat is dat fürne hauptstadt von peru", "PE")]
    [TestCase("alexa wat is dat denn für ne hauptstadt von chile", "CL")]
    [TestCase("alexa wie heißt gleich die hauptstadt von kenia", "KE")]
    [TestCase("alexa und noch eine polen", "PL")]
    [TestCase("alexa und noch einer kenia", "KE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa loss mer's", "AMAZON.CancelIntent")]
    [TestCase("alexa lass mer dat", "AMAZON.CancelIntent")]
    [TestCase("alexa loss sein", "AMAZON.CancelIntent")]
    [TestCase("alexa vergiss des ganz einfach", "AMAZON.CancelIntent")]
    [TestCase("alexa vergiss mei frog", "AMAZON.CancelIntent")]
    [TestCase("alexa vergiss die froch", "AMAZON.CancelIntent")]
    [TestCase("alexa vergiss des afoch", "AMAZON.CancelIntent")]
    [TestCase("alexa lot man", "AMAZON.CancelIntent")]
    [TestCase("alexa abbrechen wir spielen jetzt karten", "AMAZON.CancelIntent")]
    [TestCase("alexa abbrechen wir spielen lieber karten", "AMAZON.CancelIntent")]
    [TestCase("alexa wéi froen ech", "AMAZON.HelpIntent")]
    [TestCase("alexa wat kann ech froen", "AMAZON.HelpIntent")]
    [TestCase("alexa wos soll i sogn", "AMAZON.HelpIntent")]
    [TestCase("alexa wos kann i frogn", "AMAZON.HelpIntent")]
    [TestCase("alexa griaß di wos konn i frogn", "AMAZON.HelpIntent")]
    [TestCase("alexa was chan ich do frage", "AMAZON.HelpIntent")]
    [TestCase("alexa chasch mir helfe", "AMAZON.HelpIntent")]
    [TestCase("alexa wat soll ich denn fragen", "AMAZON.HelpIntent")]
    [TestCase("alexa jetzt isch guet", "AMAZON.StopIntent")]
    [TestCase("alexa es langet", "AMAZON.StopIntent")]
    [TestCase("alexa schluss mit geografie", "AMAZON.StopIntent")]
    [TestCase("alexa genug erdkunde für heute", "AMAZON.StopIntent")]
    [TestCase("alexa shut up", "AMAZON.StopIntent")]
    [TestCase("alexa ich glaube ich bin fertig", "AMAZON.StopIntent")]
    [TestCase("alexa ich glaub das reicht", "AMAZON.StopIntent")]
    public void A_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa ich will mit hauptstädte der welt sprechen")]
    [TestCase("alexa ich möchte mit hauptstädte der welt reden bitte")]
    [TestCase("alexa sprich mit hauptstädte der welt")]
    [TestCase("alexa mach mal hauptstädte der welt an")]
    [TestCase("alexa machst du bitte hauptstädte der welt an")]
    [TestCase("alexa geh amoi in hauptstädte der welt eini")]
    [TestCase("alexa geh mal in hauptstädte der welt rein")]
    [TestCase("alexa öffne mir hauptstädte der welt")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa vergiss dat nicht den müll rauszubringen")]
    [TestCase("alexa vergiss die milch nicht")]
    [TestCase("alexa ich möchte mit meiner mutter sprechen")]
    [TestCase("alexa ich möchte mit dem kundenservice reden")]
    [TestCase("alexa sprich mit mir")]
    [TestCase("alexa mach mal das licht an")]
    [TestCase("alexa mach mir musik an")]
    [TestCase("alexa geh mal ins internet")]
    [TestCase("alexa welche lieder kennst du")]
    [TestCase("alexa welche sprachen kennst du")]
    [TestCase("alexa welche länder kennst du wo es im winter warm ist")]
    [TestCase("alexa wir sind durch mit dem einkaufen")]
    [TestCase("alexa shut up and dance spielen")]
    [TestCase("alexa und noch eine pizza bestellen")]
    [TestCase("alexa wir spielen was anderes")]
    [TestCase("alexa wie heißt gleich der film mit tom hanks")]
    [TestCase("alexa es langet nicht für die miete")]
    [TestCase("alexa ich glaub ich bin krank")]
    [TestCase("alexa lot man die tür offen")]
    [TestCase("alexa wos soll i kochen")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
