using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 29 tuning (README section *Round 29 tuning for German (session 28)*), each
/// tried on sentences of our own rather than the corpus lines: heritage hesitations as fillers (Persian "khob", Thai
/// "kha", French "euh"), Franconian "etz", Berlin / Hessian "uff", "sacht", "allet", Swiss "nei", "welem", Bavarian
/// "frogn", the split "weiß russland", "gleiche frage für" read as "das gleiche für", the repairs "ich korrigiere mich"
/// and "non pardon", the question tails "wie heißt die (hauptstadt) da", "frag (mal) bei" before the
/// skill's name and "mit" after it, "geh" and "let's go" around a launch, stop ("beenden sie", "that's enough"), cancel
/// ("lass halt", "cancel that", "annuler", "nein lass es"), help ("wie läuft das", "wie der dienst funktioniert", "was
/// kann ich hier alles fragen"), and the yes/no check with the guess after the place ("ist die hauptstadt von {country}
/// {guess}"); with out-of-domain neighbours that must still fall back.</summary>
public class GermanRoundTwentyNineRuleTests
{
    private const string Locale = "de-DE";

    private static Interpretation Recognize(string text) => LocaleNlu.Recognize(Locale, text);

    [TestCase("khob wie heißt die hauptstadt von afghanistan", "AF", Description = "the filler 'khob'")]
    [TestCase("kha was ist die hauptstadt von kambodscha", "KH", Description = "the filler 'kha'")]
    [TestCase("euh die hauptstadt von belgien bitte", "BE", Description = "the filler 'euh'")]
    [TestCase("etz sag mir die hauptstadt von irland", "IE", Description = "Franconian 'etz'")]
    [TestCase("sag mir die hauptstadt von weiß russland", "BY", Description = "the split 'weiß russland'")]
    [TestCase("gleiche frage für norwegen", "NO", Description = "'gleiche frage für'")]
    [TestCase("und dieselbe frage für portugal", "PT", Description = "'dieselbe frage für'")]
    [TestCase("hauptstadt von niger ich korrigiere mich nigeria", "NG", Description = "the repair 'ich korrigiere mich'")]
    [TestCase("die hauptstadt von österreich non pardon australien", "AU", Description = "the repair 'non pardon'")]
    [TestCase("und ghana wie heißt die hauptstadt da", "GH", Description = "the tail 'wie heißt die hauptstadt da'")]
    [TestCase("ist die hauptstadt von australien sydney", "AU", Description = "the guess after the place")]
    [TestCase("ist die hauptstadt von kanada toronto", "CA", Description = "the guess after the place")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("wien isch d hauptstadt vo welem land", "CityIntent")]
    [TestCase("khob abbrechen", "AMAZON.CancelIntent")]
    [TestCase("nei lass es", "AMAZON.CancelIntent")]
    [TestCase("ach lass halt", "AMAZON.CancelIntent")]
    [TestCase("cancel that bitte", "AMAZON.CancelIntent")]
    [TestCase("euh annuler", "AMAZON.CancelIntent")]
    [TestCase("kha hör auf", "AMAZON.StopIntent")]
    [TestCase("hör uff", "AMAZON.StopIntent")]
    [TestCase("beenden sie bitte", "AMAZON.StopIntent")]
    [TestCase("that's enough danke", "AMAZON.StopIntent")]
    [TestCase("wie läuft das hier eigentlich", "AMAZON.HelpIntent")]
    [TestCase("erklär mir wie dieser dienst funktioniert", "AMAZON.HelpIntent")]
    [TestCase("was kann ich hier alles fragen", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("frag bei hauptstädte der welt nach chile", "CL")]
    [TestCase("alexa starte hauptstädte der welt mit der hauptstadt von peru", "PE")]
    public void A_one_shot_around_the_name_asks_it(string utterance, string id)
    {
        var form = LocalSkill.NluFor(Locale).ParseForm(utterance);
        var result = LocaleNlu.Engine(Locale).Recognize(form.RequestTokens, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(form.Kind, Is.EqualTo(UtteranceKind.OneShot));
            Assert.That(result?.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id));
        });
    }

    [TestCase("etz öffne hauptstädte der welt")]
    [TestCase("geh starte hauptstädte der welt")]
    [TestCase("let's go hauptstädte der welt starten")]
    public void Opening_the_skill_is_a_launch(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("khob spiel musik")]
    [TestCase("kha wie spät ist es in bangkok")]
    [TestCase("beenden sie den timer")]
    [TestCase("lass halt das licht an")]
    [TestCase("wie läuft das spiel von bayern")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
