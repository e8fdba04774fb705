using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 23 tuning (interactionModel/README.md, *Round 23 tuning for German (session
/// 22)*), each tried on sentences of our own rather than the corpus lines: the fillers "hä", "och", "heutzutage", "in
/// deutsch", "natürlich" (in "ich meine natürlich"), the repairs "ne warte", "mist", "verzeihung", the run-together ASR
/// "hauptstadtvon", former and everyday names (Burma, Kampuchea, Saudi, Emirate), help, stop and cancel wordings ("was
/// soll ich denn sagen", "sei leise", "war falsch", "aus versehen", "vergiss die sache"), "leg los mit" as a launch;
/// with out-of-domain neighbours that must still fall back.</summary>
public class GermanRoundTwentyThreeRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("de-DE").Recognize(text)!;

    [TestCase("hauptstadt von chile ne warte argentinien", "AR", Description = "the repair 'ne warte'")]
    [TestCase("was ist die hauptstadt von frankreich ich meine natürlich belgien", "BE", Description = "'ich meine natürlich'")]
    [TestCase("die hauptstadt von polen mist falsch ungarn", "HU", Description = "the repair 'mist falsch'")]
    [TestCase("hauptstadt von spanien verzeihung ich wollte sagen portugal", "PT", Description = "the repair 'verzeihung'")]
    [TestCase("wie heißt in deutsch die hauptstadt von georgien", "GE", Description = "the filler 'in deutsch'")]
    [TestCase("was ist heutzutage die hauptstadt von rhodesien", "ZW", Description = "the filler 'heutzutage'")]
    [TestCase("hauptstadtvon kenia", "KE", Description = "the ASR run-together 'hauptstadtvon'")]
    [TestCase("und die hauptstadt der emirate", "AE", Description = "the everyday 'Emirate'")]
    [TestCase("hauptstadt von saudi", "SA", Description = "the everyday 'Saudi'")]
    [TestCase("wie hieß die hauptstadt von burma", "MM", Description = "the older 'Burma'")]
    [TestCase("welche hauptstadt hat kampuchea", "KH", Description = "the former 'Kampuchea'")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("hä was soll ich denn sagen", "AMAZON.HelpIntent")]
    [TestCase("was kann ich denn sagen", "AMAZON.HelpIntent")]
    [TestCase("hä wie geht das jetzt hier", "AMAZON.HelpIntent")]
    [TestCase("alexa sei leise bitte", "AMAZON.StopIntent")]
    [TestCase("abbrechen das war falsch", "AMAZON.CancelIntent")]
    [TestCase("vergiss die sache", "AMAZON.CancelIntent")]
    [TestCase("och lass gut sein", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("leg los mit hauptstädte der welt bitte")]
    public void Getting_going_with_the_skill_opens_it(string utterance) =>
        LocaleNlu.AssertLaunches("de-DE", utterance);

    [TestCase("natürlich mag ich musik")]
    [TestCase("mist der kuchen ist verbrannt")]
    [TestCase("sei leise musik")]
    [TestCase("das war ein versehen mit dem licht")]
    [TestCase("leg los mit der musik")]
    [TestCase("hä")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
}
