using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 21 tuning (interactionModel/README.md, *Round 21 tuning for German (session
/// 20)*), each tried on sentences of our own rather than the corpus lines: regional and code-mixed fillers (Saxon "nu",
/// Austrian "servas", "jau", "jo mei", English "lowkey", French "alors", "allez"), a trailing "wie war das", help, stop and
/// cancel wordings ("ein paar beispiele", "wie frag ich", "das war alles", "ende gelände", "brich die frage ab", "vergiss
/// die letzte frage"), reverse questions "gehört zu welchem land" and "hauptstadt welches staates", the aliases
/// "Föderativen Republik Brasilien", "Turks und Caicos Inseln"; with out-of-domain neighbours that must
/// still fall back.</summary>
public class GermanRoundTwentyOneRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("de-DE").Recognize(text)!;

    [TestCase("nu sag mal die hauptstadt von polen", "PL", Description = "Saxon 'nu' as a filler")]
    [TestCase("jau und norwegen", "NO", Description = "Northern 'jau' before a follow-up")]
    [TestCase("lowkey was ist die hauptstadt von chile", "CL", Description = "English 'lowkey' as a filler")]
    [TestCase("alors wie heißt die hauptstadt von peru", "PE", Description = "French 'alors' as a filler")]
    [TestCase("hauptstadt von kenia wie war das", "KE", Description = "a trailing 'wie war das'")]
    [TestCase("wie heißt die hauptstadt der föderativen republik brasilien", "BR", Description = "an inflected official name")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("die hauptstadt lima gehört zu welchem land")]
    [TestCase("nairobi ist die hauptstadt welches landes")]
    public void A_reverse_question_is_a_city_question(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo("CityIntent"));

    [TestCase("gib mir bitte ein paar beispiele", "AMAZON.HelpIntent")]
    [TestCase("und wie frag ich dich was", "AMAZON.HelpIntent")]
    [TestCase("hoppla was kann man hier fragen", "AMAZON.HelpIntent")]
    [TestCase("gut das war alles", "AMAZON.StopIntent")]
    [TestCase("so ende gelände", "AMAZON.StopIntent")]
    [TestCase("allez tschüss", "AMAZON.StopIntent")]
    [TestCase("schalt den skill aus bitte", "AMAZON.StopIntent")]
    [TestCase("bitte brich die frage ab", "AMAZON.CancelIntent")]
    [TestCase("vergiss die letzte frage bitte", "AMAZON.CancelIntent")]
    [TestCase("nu lass mal sein", "AMAZON.CancelIntent")]
    [TestCase("laisse tomber", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("nu wie ist das wetter in wien")]
    [TestCase("jau spiel musik")]
    [TestCase("alors wie spät ist es")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
}
