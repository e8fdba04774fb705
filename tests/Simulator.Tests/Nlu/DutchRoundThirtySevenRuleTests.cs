using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 37 tuning (README section *Round 37 tuning for Dutch (session 47)*), each tried
/// on sentences of our own rather than the corpus lines: English capital questions ("what's the capital (of)", "what is
/// the capital (of)", "and what about"); the fillers "effe vragen", "ja toch", "voor de overhoring", "sahbi"; the repairs
/// "nee grapje", "grapje", "zeg maar van"; help ("wat kan ik allemaal vragen", with
/// Limburgish "ich ... allemaol vraoge", "wat ze allemaal kan vragen", "geef eens uitleg"); stop ("quit (the game)", "be
/// quiet") and cancel ("annuleer de vraag") with reasons (the passengers, the bride, the kids); launch with "voor de
/// topo / cursus / passagiers", "op de bruiloft / het feest", "in de stuurhut", "ik wil leren", "het is rustig
/// vannacht"; with out-of-domain neighbours that must still fall back.</summary>
public class DutchRoundThirtySevenRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("mijn collega komt uit peru what's the capital daar", "PE", Description = "'what's the capital' + 'daar'")]
    [TestCase("what is the capital of chili", "CL", Description = "'what is the capital of'")]
    [TestCase("what's the capital of japan", "JP", Description = "'what's the capital of'")]
    [TestCase("and what about chili", "CL", Description = "'and what about'")]
    [TestCase("effe vragen wat is de hoofdstad van peru", "PE", Description = "'effe vragen'")]
    [TestCase("is lima de hoofdstad van peru ja toch", "PE", Description = "'ja toch'")]
    [TestCase("wat is de hoofdstad van spanje grapje van portugal", "PT", Description = "'grapje'")]
    [TestCase("wat is de hoofdstad van holland zeg maar van nederland", "NL", Description = "'zeg maar van'")]
    [TestCase("wat is zeg maar de hoofdstad van peru", "PE", Description = "'zeg maar' inside the question")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("wat is de hoofdstad van het land van de tulpen nee grapje van peru", "CapitalIntent")]
    [TestCase("wat zijn de hoofdsteden van peru en chili voor de overhoring", "CapitalIntent")]
    [TestCase("wat kan ik allemaal vragen", "AMAZON.HelpIntent")]
    [TestCase("alexa wat kan ich allemaol vraoge", "AMAZON.HelpIntent")]
    [TestCase("oma wil weten wat ze allemaal kan vragen", "AMAZON.HelpIntent")]
    [TestCase("pap snapt het niet geef eens uitleg", "AMAZON.HelpIntent")]
    [TestCase("quit the game", "AMAZON.StopIntent")]
    [TestCase("quit alexa", "AMAZON.StopIntent")]
    [TestCase("be quiet alexa the kids are sleeping", "AMAZON.StopIntent")]
    [TestCase("stop de bruidegom gaat speechen", "AMAZON.StopIntent")]
    [TestCase("annuleren de passagiers zijn al binnen", "AMAZON.CancelIntent")]
    [TestCase("annuleer de vraag", "AMAZON.CancelIntent")]
    [TestCase("vergeet die vraag maar ik heb het al gevonden", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa start hoofdsteden van de wereld op het feest")]
    [TestCase("alexa open hoofdsteden van de wereld in de stuurhut")]
    [TestCase("alexa open hoofdsteden van de wereld voor de passagiers")]
    [TestCase("alexa open hoofdsteden van de wereld het is rustig vannacht")]
    [TestCase("alexa open hoofdsteden van de wereld ik wil leren")]
    [TestCase("alexa start hoofdsteden van de wereld voor de cursus")]
    [TestCase("alexa open hoofdsteden van de wereld voor de topo")]
    public void The_invocation_name_with_words_around_it_launches(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("het is rustig vannacht")]
    [TestCase("alexa zet de radio aan in de stuurhut")]
    [TestCase("de passagiers zijn al weg")]
    [TestCase("de bruid gaat speechen")]
    [TestCase("the kids are sleeping")]
    [TestCase("geef eens uitleg over de franse revolutie")]
    [TestCase("wat kan ik allemaal vragen aan de dokter")]
    [TestCase("and what about dinner")]
    [TestCase("what's the weather")]
    [TestCase("wat is de hoofdstad van tsjechoslowakije")]
    [TestCase("de oom komt uit somaliland wat is de hoofdstad daar")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
