using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 26 tuning (README section *Round 26 tuning for German (session 25)*), each
/// tried on sentences of our own rather than the corpus lines: thanks and hesitation words of other languages as fillers
/// ("tashakor", "salamat", "ano", "eto", "sumimasen", "walla", "dawai"), "was weiß ich", polite openers ("wärst du so
/// nett"), "sag du mir" read as "sag mir", "weeßte" and "vergess", question leads with "nach der" ("fragt jemand nach
/// der hauptstadt von ..."), regions and things the data lacks as not-places ("der provence", "der steiermark", "die
/// meisten einwohner"), "geh auf" as a launch, Kölsch goodbyes as stop, "sei mal still" as stop, "mich versprochen" as
/// cancel, "wie benutze ich dich" and "für anfänger" as help; with out-of-domain neighbours that must still fall back.</summary>
public class GermanRoundTwentySixRuleTests
{
    private const string Locale = "de-DE";

    private static Interpretation Recognize(string text) => LocaleNlu.Recognize(Locale, text);

    [TestCase("salamat was ist die hauptstadt von kenia", "KE", Description = "the filler 'salamat'")]
    [TestCase("tashakor wie heißt die hauptstadt von peru", "PE", Description = "the filler 'tashakor'")]
    [TestCase("eto ano die hauptstadt von japan bitte", "JP", Description = "the hesitations 'eto', 'ano'")]
    [TestCase("eto sumimasen wie heißt die hauptstadt von laos ne", "LA", Description = "'sumimasen'")]
    [TestCase("dawai dawai was ist die hauptstadt von belarus", "BY", Description = "the filler 'dawai'")]
    [TestCase("was weiß ich sag du mir die hauptstadt von polen", "PL", Description = "'was weiß ich' and 'sag du mir'")]
    [TestCase("sag du mir die hauptstadt von polen", "PL", Description = "'sag du mir'")]
    [TestCase("wärst du so nett und sag mir die hauptstadt von peru", "PE", Description = "the polite 'wärst du so nett'")]
    [TestCase("weeßte die hauptstadt von lettland", "LV", Description = "the spoken 'weeßte'")]
    [TestCase("beim frühstück fragt die oma nach der hauptstadt von norwegen", "NO", Description = "the lead 'fragt ... nach der' after the asker")]
    [TestCase("im büro fragt jemand nach der hauptstadt von island", "IS", Description = "the lead 'fragt jemand nach der'")]
    [TestCase("meine nichte fragt mich nach der hauptstadt von chile", "CL", Description = "the lead 'fragt mich nach der'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("ano wie benutze ich dich", "AMAZON.HelpIntent")]
    [TestCase("wie kann ich das benutzen", "AMAZON.HelpIntent")]
    [TestCase("erklär mir das für anfänger", "AMAZON.HelpIntent")]
    [TestCase("erklär das mal für dummies", "AMAZON.HelpIntent")]
    [TestCase("tschökes", "AMAZON.StopIntent")]
    [TestCase("äddi", "AMAZON.StopIntent")]
    [TestCase("adschö alexa", "AMAZON.StopIntent")]
    [TestCase("sei mal still", "AMAZON.StopIntent")]
    [TestCase("sei jetzt ruhig", "AMAZON.StopIntent")]
    [TestCase("salamat du kannst jetzt aufhören", "AMAZON.StopIntent")]
    [TestCase("walla lass gut sein", "AMAZON.CancelIntent")]
    [TestCase("ach vergess die frage", "AMAZON.CancelIntent")]
    [TestCase("abbrechen bitte ich hab mich versprochen", "AMAZON.CancelIntent")]
    [TestCase("ich hab mich versprochen vergiss das", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("alexa geh auf hauptstädte der welt")]
    [TestCase("gehe zu hauptstädte der welt")]
    [TestCase("ano öffne hauptstädte der welt")]
    public void Going_to_the_skill_opens_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("was ist die hauptstadt der sahara")]
    [TestCase("was ist die hauptstadt der steiermark")]
    [TestCase("was ist die hauptstadt der normandie")]
    [TestCase("was ist die hauptstadt der karibik")]
    [TestCase("welche hauptstadt hat die meisten einwohner")]
    [TestCase("welche hauptstadt hat die wenigsten einwohner")]
    [TestCase("was ist die hauptstadt des fußballs in europa")]
    [TestCase("ich suche nach der hauptstadt von spanien ein hotel")]
    [TestCase("die kinder fragen nach der musik")]
    [TestCase("geh auf die webseite")]
    [TestCase("sag du mir was du willst")]
    [TestCase("spiel musik für anfänger")]
    [TestCase("wie benutze ich den staubsauger")]
    [TestCase("tashakor spiel musik")]
    [TestCase("eto mach das licht an")]
    [TestCase("vergess das licht")]
    [TestCase("stopp die musik")]
    [TestCase("beende den timer")]
    [TestCase("ich hab dich nicht gehört")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);

    [TestCase("was ist die hauptstadt von bayern", "DE-BY")]
    [TestCase("was ist die hauptstadt von hawaii", "US-HI")]
    public void A_region_the_data_has_still_reads_as_a_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);
}
