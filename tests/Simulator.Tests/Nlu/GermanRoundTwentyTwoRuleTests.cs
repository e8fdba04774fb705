using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 22 tuning (interactionModel/README.md, *Round 22 tuning for German (session
/// 21)*), each tried on sentences of our own rather than the corpus lines: the ASR spelling "heist", the Greek particle
/// "ela (re)", a trailing "heute", former names (Rhodesien, Obervolta, Persien, Ceylon, Siam), "welche hauptstädte gibt es
/// in X", "welche stadt ist hauptstadt der X", reverse questions "X ist hauptstadt von wo", "zu welchem land gehört X als
/// hauptstadt", "welches land gehört zur hauptstadt X", help, stop and cancel wordings ("was kann das quiz",
/// "unterstützung", "hör auf zu labern", "vergessen sie es", "war nur spaß"), "wir wollen ... spielen" as a launch; with
/// out-of-domain neighbours that must still fall back.</summary>
public class GermanRoundTwentyTwoRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("de-DE").Recognize(text)!;

    [TestCase("wie heist die hauptstadt von kenia", "KE", Description = "the ASR spelling 'heist'")]
    [TestCase("ela sag mir die hauptstadt von zypern", "CY", Description = "the Greek particle 'ela' as a filler")]
    [TestCase("was ist die hauptstadt von polen heute", "PL", Description = "a trailing 'heute'")]
    [TestCase("wie heißt die hauptstadt von südrhodesien", "ZW", Description = "a former name")]
    [TestCase("was ist die hauptstadt von persien", "IR", Description = "a former name")]
    [TestCase("was war die hauptstadt von ceylon", "LK", Description = "a former name")]
    [TestCase("welche hauptstädte gibt es in südafrika", "ZA", Description = "plural capitals with 'gibt es in'")]
    [TestCase("welche stadt ist hauptstadt der slowakei", "SK", Description = "'welche stadt ist hauptstadt der'")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("lima ist hauptstadt von wo")]
    [TestCase("zu welchem land gehört nairobi als hauptstadt")]
    [TestCase("welcher staat gehört zur hauptstadt canberra")]
    public void A_reverse_question_is_a_city_question(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo("CityIntent"));

    [TestCase("was kann das quiz eigentlich", "AMAZON.HelpIntent")]
    [TestCase("ich hätte gern etwas unterstützung", "AMAZON.HelpIntent")]
    [TestCase("gibt es eine bedienungsanleitung", "AMAZON.HelpIntent")]
    [TestCase("was für fragen darf ich stellen", "AMAZON.HelpIntent")]
    [TestCase("hör auf zu labern", "AMAZON.StopIntent")]
    [TestCase("so jetzt reicht's aber", "AMAZON.StopIntent")]
    [TestCase("bitte nicht mehr reden", "AMAZON.StopIntent")]
    [TestCase("vergessen sie es", "AMAZON.CancelIntent")]
    [TestCase("vergiss meine frage bitte", "AMAZON.CancelIntent")]
    [TestCase("ach vergiss es war nur spaß", "AMAZON.CancelIntent")]
    [TestCase("ich hab's mir anders überlegt", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("wollen wir hauptstädte der welt spielen")]
    public void Wanting_to_play_the_skill_opens_it(string utterance) =>
        LocaleNlu.AssertLaunches("de-DE", utterance);

    [TestCase("wie ist das wetter heute in wien")]
    [TestCase("ela spiel musik")]
    [TestCase("was kann das radio")]
    [TestCase("hör auf die musik zu spielen und mach das licht an")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
}
