using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 25 tuning (README section *Round 25 tuning for Dutch (session 26)*), each tried
/// on sentences of our own rather than the corpus lines: the openers of speakers from elsewhere and of dialects ("yalla",
/// "chale", "ay naku", "po", "zenne", "ier", "ouwe", "shukran"), the dropped h of West Flemish ("oofdstad", "oofd
/// stad"), "wadde", "in het hollands", a follow-up that names the neighbour ("en het buurland X", "en die
/// daarnaast X"), "wil je zo vriendelijk zijn", help by an example, stop with "genoeg topo" and "mag je stoppen", cancel
/// with "ik wil het toch niet weten", launches with words around them ("in de camper", "please", "po"), and a region the data
/// lacks ("de kempen") that must fall back; with out-of-domain neighbours.</summary>
public class DutchRoundTwentyFiveRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("yalla wat is de hoofdstad van egypte", "EG", Description = "'yalla'")]
    [TestCase("chale wat is de hoofdstad van nigeria", "NG", Description = "'chale'")]
    [TestCase("ay naku wat is de hoofdstad van vietnam po", "VN", Description = "'ay naku' and 'po'")]
    [TestCase("ier wat is de oofdstad van polen", "PL", Description = "the dropped h 'oofdstad'")]
    [TestCase("wat is de oofd stad van ierland zenne", "IE", Description = "'oofd stad' and 'zenne'")]
    [TestCase("ouwe wat is de hoofdstad van griekenland", "GR", Description = "'ouwe'")]
    [TestCase("hoe zeg je dat in het hollands de hoofdstad van zwitserland", "CH", Description = "'in het hollands'")]
    [TestCase("en het buurland tanzania", "TZ", Description = "'en het buurland'")]
    [TestCase("en die daarnaast vietnam", "VN", Description = "'en die daarnaast'")]
    [TestCase("chale en van ghana", "GH", Description = "'chale en van'")]
    [TestCase("mijn buurman zegt iets over bolivia wat is de echte hoofdstad", "BO", Description = "'iets over X wat is de echte hoofdstad'")]
    [TestCase("dan wil ik ook die van paraguay weten", "PY", Description = "'dan wil ik ook die van X weten'")]
    [TestCase("wil je zo vriendelijk zijn mij de hoofdstad van chili te noemen", "CL", Description = "'wil je zo vriendelijk zijn'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("yalla vergeet het maar", "AMAZON.CancelIntent")]
    [TestCase("nee ik wil het niet meer weten", "AMAZON.CancelIntent")]
    [TestCase("shukran alexa klaar", "AMAZON.StopIntent")]
    [TestCase("zo genoeg topo voor vandaag", "AMAZON.StopIntent")]
    [TestCase("je mag stoppen alexa", "AMAZON.StopIntent")]
    [TestCase("ouwe hou nou maar op", "AMAZON.StopIntent")]
    [TestCase("geef me eens een voorbeeld", "AMAZON.HelpIntent")]
    [TestCase("kun je me vertellen wat ik moet zeggen", "AMAZON.HelpIntent")]
    [TestCase("allee wat kan deze skill allemaal", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("chale start hoofdsteden van de wereld")]
    [TestCase("open hoofdsteden van de wereld in de keuken")]
    [TestCase("yalla open hoofdsteden van de wereld please")]
    public void Opening_the_skill_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("wat is de hoofdstad van de kempen")]
    [TestCase("chale wat is de hoofdstad van mindanao")]
    [TestCase("yalla speel muziek")]
    [TestCase("chale doe de lampen uit")]
    [TestCase("geef me een voorbeeld van een recept")]
    [TestCase("ouwe de pizza is koud")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
