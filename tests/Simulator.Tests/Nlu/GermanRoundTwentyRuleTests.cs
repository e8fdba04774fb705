using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 20 (interactionModel/README.md, *Round 20 tuning for German (session 19)*), each
/// tried on sentences of our own rather than the corpus lines: a context clause before a question word (the lexicon's
/// `questionWords`), Hessian/Palatine/Rhenish/Swabian forms ("is'n", "heißt'n", "vun", "unn", "sach mer", "isch"),
/// English words in a German question ("capital city", "what's the capital of"), follow-ups ("das gleiche für",
/// "weiter mit", "wie ist es bei"), plural capitals without a verb, reverse questions "wo ist X hauptstadt", and help,
/// stop and cancel wordings; with out-of-domain neighbours that must still fall back.</summary>
public class GermanRoundTwentyRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("de-DE").Recognize(text)!;

    [TestCase("ich plane gerade meinen urlaub was ist die hauptstadt von kenia", "KE", Description = "a clause before 'was'")]
    [TestCase("gude was is'n die hauptstadt von peru", "PE", Description = "'is'n' for 'ist denn'")]
    [TestCase("jo wie heißt'n die hauptstadt von chile", "CL", Description = "'heißt'n' for 'heißt denn'")]
    [TestCase("unn wo is die hauptstadt vun angola", "AO", Description = "'unn', 'vun'")]
    [TestCase("sach mer mal die hauptstadt von schweden", "SE", Description = "'sach mer'")]
    [TestCase("was isch die hauptstadt von italien", "IT", Description = "Swabian 'isch'")]
    [TestCase("okay die capital city von kenia", "KE", Description = "'capital city'")]
    [TestCase("what's the capital of peru", "PE", Description = "the English frame with a German name")]
    [TestCase("und das gleiche für spanien", "ES", Description = "'das gleiche für'")]
    [TestCase("weiter mit frankreich", "FR", Description = "'weiter mit'")]
    [TestCase("und wie ist es bei polen", "PL", Description = "'wie ist es bei'")]
    [TestCase("hauptstädte von bolivien", "BO", Description = "plural capitals without a verb")]
    [TestCase("äh was wollte ich äh die hauptstadt von malta", "MT", Description = "'was wollte ich' as a hesitation")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("wo ist lima hauptstadt", "lima", Description = "'wo ist X hauptstadt'")]
    [TestCase("wo liegt nairobi in welchem land ist das die hauptstadt", "nairobi", Description = "where, then which country")]
    public void A_reverse_question_names_the_city(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("city")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("welche befehle kennst du", "AMAZON.HelpIntent")]
    [TestCase("was soll ich tun", "AMAZON.HelpIntent")]
    [TestCase("tschö", "AMAZON.StopIntent")]
    [TestCase("never mind", "AMAZON.CancelIntent")]
    [TestCase("ach schon gut ich schau selbst nach", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("wie viele einwohner hat die hauptstadt von peru")]
    [TestCase("was kann man in der hauptstadt von italien essen")]
    [TestCase("wie ist das wetter in frankfurt")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
}
