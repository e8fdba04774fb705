using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 41 tuning (README section *Round 41 tuning for German (session 42)*), each
/// tried on sentences of our own rather than the corpus lines: fillers before or inside the question ("psst", "danach
/// noch", "noch eine und zwar", "ach ja", "warte wie heißt das land", "in der skatrunde"), the learner's "hauptstadt für
/// der X"; help ("können sie mir helfen", Luxembourgish "hëllef", "zeigen wie ich eine hauptstadt frage"), stop ("still
/// jetzt", "sei mal leise", Austrian "gib a ruh"), cancel ("hat sich geklärt", "war keine frage", "brauchen wir nicht
/// mehr", "lassen sie es gut sein", "is eh wurscht", "nix"); with out-of-domain neighbours that must still fall back
/// (fictional and historic states, a region, the same cues about another topic).</summary>
public class GermanRoundFortyOneRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("psst hauptstadt von spanien", "ES", Description = "filler 'psst'")]
    [TestCase("danach noch frankreich", "FR", Description = "follow-up 'danach noch'")]
    [TestCase("noch eine und zwar polen", "PL", Description = "follow-up 'noch eine und zwar'")]
    [TestCase("die hauptstadt von ach ja portugal", "PT", Description = "filler 'ach ja'")]
    [TestCase("die hauptstadt von warte wie heißt das land ach ja lettland", "LV", Description = "filler 'warte wie heißt das land'")]
    [TestCase("in der skatrunde fragt einer die hauptstadt von dänemark", "DK", Description = "scene 'in der skatrunde'")]
    [TestCase("was ist die hauptstadt für der türkei", "TR", Description = "learner 'hauptstadt für der'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("können sie mir helfen", "AMAZON.HelpIntent")]
    [TestCase("hëllef", "AMAZON.HelpIntent")]
    [TestCase("kannst du mir zeigen wie ich eine hauptstadt frage", "AMAZON.HelpIntent")]
    [TestCase("still jetzt", "AMAZON.StopIntent")]
    [TestCase("jetzt still bitte", "AMAZON.StopIntent")]
    [TestCase("pssst sei mal leise", "AMAZON.StopIntent")]
    [TestCase("gib a ruh jetzt", "AMAZON.StopIntent")]
    [TestCase("hat sich schon geklärt vergiss es", "AMAZON.CancelIntent")]
    [TestCase("hat sich geklärt", "AMAZON.CancelIntent")]
    [TestCase("das war keine frage", "AMAZON.CancelIntent")]
    [TestCase("das brauchen wir nicht mehr", "AMAZON.CancelIntent")]
    [TestCase("lassen sie es gut sein", "AMAZON.CancelIntent")]
    [TestCase("is eh wurscht", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("was ist die hauptstadt von lilliput")]
    [TestCase("die hauptstadt von biafra")]
    [TestCase("können sie mir bitte helfen beim kochen")]
    [TestCase("können sie mir helfen den schrank aufzubauen")]
    [TestCase("stilles wasser oder sprudel")]
    [TestCase("sei mal leise mit dem fernseher")]
    [TestCase("die alten schuhe brauchen wir nicht mehr")]
    [TestCase("die wurst ist eh wurscht")]
    [TestCase("wie viel grad hat es in der hauptstadt von spanien")]
    [TestCase("hat sich das wetter in der hauptstadt von frankreich geklärt")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
