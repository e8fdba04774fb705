using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 19 (interactionModel/README.md, *Round 19 tuning for German*), each tried on
/// sentences of our own rather than the corpus lines: a place named in a clause and then referred to ("deren
/// Hauptstadt", "die Hauptstadt von denen", "wie hieß da die Hauptstadt"), German exonyms of capitals in a reverse
/// question (Windhuk, Ulan-Bator, Jaunde, Kischinau), a place corrected with "ich meinte" / "meinte ich", and help,
/// stop and cancel wordings missing from the cues; with out-of-domain neighbours that must still fall back.</summary>
public class GermanRoundNineteenRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("de-DE").Recognize(text)!;

    [TestCase("meine schwester macht urlaub in portugal was ist deren hauptstadt", "PT", Description = "'deren Hauptstadt'")]
    [TestCase("bei der handball wm spielt heute norwegen wie heißt die hauptstadt von denen", "NO", Description = "'die Hauptstadt von denen'")]
    [TestCase("meine nachbarin kommt aus ghana was ist ihre hauptstadt", "GH", Description = "'ihre Hauptstadt'")]
    [TestCase("mein opa war oft in marokko wie hieß da die hauptstadt", "MA", Description = "'wie hieß da die Hauptstadt'")]
    [TestCase("im fernsehen kam was über peru welche stadt ist da die hauptstadt", "PE", Description = "'da die Hauptstadt'")]
    [TestCase("wir fahren im sommer nach kroatien wie heißt dort die hauptstadt", "HR", Description = "'dort die Hauptstadt'")]
    [TestCase("wir waren in island wie hieß da die hauptstadt", "IS", Description = "the past 'hieß' with 'da'")]
    [TestCase("ich war letztes jahr in kenia wie hieß die hauptstadt nochmal", "KE", Description = "the past 'hieß' without 'da'")]
    [TestCase("was ist die hauptstadt von schweden ich meinte norwegen", "NO", Description = "a place corrected with 'ich meinte'")]
    [TestCase("die hauptstadt von österreich nein ungarn meinte ich", "HU", Description = "'meinte ich' after the correction")]
    [TestCase("wie heißt die hauptstadt von peru moment ich wollte sagen chile", "CL", Description = "'ich wollte sagen'")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("von welchem land ist windhuk die hauptstadt", "windhoek", Description = "the German exonym Windhuk")]
    [TestCase("wovon ist ulan bator die hauptstadt", "ulaanbaatar", Description = "Ulan Bator")]
    [TestCase("jaunde ist die hauptstadt von welchem land", "yaounde", Description = "Jaunde")]
    [TestCase("kischinau ist hauptstadt von was", "chisinau", Description = "Kischinau")]
    public void A_reverse_question_names_the_city(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("city")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("ich weiß nicht weiter", "AMAZON.HelpIntent")]
    [TestCase("ich weiß nicht mehr weiter", "AMAZON.HelpIntent")]
    [TestCase("hm ich weiß nicht was ich fragen soll", "AMAZON.HelpIntent")]
    [TestCase("was sind meine möglichkeiten", "AMAZON.HelpIntent")]
    [TestCase("sag mal was du alles kannst", "AMAZON.HelpIntent")]
    [TestCase("okay spiel beenden", "AMAZON.StopIntent")]
    [TestCase("beende das quiz", "AMAZON.StopIntent")]
    [TestCase("jetzt reicht's", "AMAZON.StopIntent")]
    [TestCase("mir langt's", "AMAZON.StopIntent")]
    [TestCase("ich hab keine lust mehr", "AMAZON.StopIntent")]
    [TestCase("schalte dich aus", "AMAZON.StopIntent")]
    [TestCase("halt den mund alexa", "AMAZON.StopIntent")]
    [TestCase("jetzt ist aber gut", "AMAZON.StopIntent")]
    [TestCase("ach doch nicht", "AMAZON.CancelIntent")]
    [TestCase("brauch ich nicht mehr", "AMAZON.CancelIntent")]
    [TestCase("hat sich erledigt", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("ich habe keine lust mehr auf musik")]
    [TestCase("schalte das licht aus")]
    [TestCase("was sind die möglichkeiten für den urlaub")]
    [TestCase("meine schwester wohnt in portugal wie ist da das wetter")]
    [TestCase("wir fahren nach kroatien wie viele einwohner hat die hauptstadt da")]
    [TestCase("spiel musik von abba")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
}
