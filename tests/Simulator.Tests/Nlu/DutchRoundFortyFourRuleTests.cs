using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 44 tuning (section *Round 44 tuning for Dutch (session 58)*), each tried on
/// sentences of our own rather than the corpus lines: calls said inside Dutch by Urkers and Drenten ("mien"), Moluccan
/// Dutch speakers ("ajo", "dong") and Brazilian Dutch speakers ("esquece", "e" for "en"); Romanian "deschide" /
/// "pornește" as launch verbs and "gata" / "ajunge" as a stop; a sleepless reason before a launch ("ik kan niet slapen"); help "kan ik ook naar staten in amerika vragen"; "welk eiland" / "welke eilanden" in a
/// reverse question and "welke land" for "welk land"; the not-places "noordpool", "zuidpool", organisations ("artsen
/// zonder grenzen", "het rode kruis", "de navo") and Chinese cities that are no capital ("shenzhen", "shanghai"); with
/// out-of-domain neighbours that must still fall back.</summary>
public class DutchRoundFortyFourRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("alexa ajo wat is de hoofdstad van fiji", "FJ")]
    [TestCase("alexa wat is de hoofdstad van samoa dong", "WS")]
    [TestCase("mien wat is de hoofdstad van noorwegen", "NO")]
    [TestCase("mien en zweden dan", "SE")]
    [TestCase("nossa e paraguay", "PY")]
    [TestCase("e argentinië dan", "AR")]
    [TestCase("ajo en vanuatu", "VU")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa welk eiland heeft willemstad als hoofdstad", "willemstad")]
    [TestCase("welk eiland heeft castries als hoofdstad", "castries")]
    [TestCase("van welke eilanden is honiara de hoofdstad", "honiara")]
    [TestCase("majuro is de hoofdstad van welke eilanden", "majuro")]
    [TestCase("alexa welke land heeft dili als hoofdstad", "dili")]
    public void A_reverse_question_about_an_island_reads_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("alexa ajo laat maar", "AMAZON.CancelIntent")]
    [TestCase("laat maar zitten dong", "AMAZON.CancelIntent")]
    [TestCase("mien vergeet het maar", "AMAZON.CancelIntent")]
    [TestCase("alexa esquece", "AMAZON.CancelIntent")]
    [TestCase("esquece isso laat maar zitten", "AMAZON.CancelIntent")]
    [TestCase("alexa gata", "AMAZON.StopIntent")]
    [TestCase("gata alexa stoppen", "AMAZON.StopIntent")]
    [TestCase("hai ajunge", "AMAZON.StopIntent")]
    [TestCase("mien stop er maar mee", "AMAZON.StopIntent")]
    [TestCase("ajo hou maar op", "AMAZON.StopIntent")]
    [TestCase("alexa kan ik ook naar staten in amerika vragen", "AMAZON.HelpIntent")]
    [TestCase("alexa werkt het ook met staten in amerika", "AMAZON.HelpIntent")]
    [TestCase("kan ik ook naar amerikaanse staten vragen", "AMAZON.HelpIntent")]
    [TestCase("mien hoe werkt dit", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa deschide hoofdsteden van de wereld")]
    [TestCase("alexa hai pornește hoofdsteden van de wereld")]
    [TestCase("alexa ajo open hoofdsteden van de wereld dong")]
    [TestCase("alexa mien start hoofdsteden van de wereld")]
    [TestCase("alexa ik kan niet in slaap komen start hoofdsteden van de wereld")]
    [TestCase("ik slaap niet alexa open hoofdsteden van de wereld")]
    public void The_invocation_name_with_words_around_it_launches(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa wat is de hoofdstad van de zuidpool")]
    [TestCase("alexa welke stad is de hoofdstad van de noordpool")]
    [TestCase("alexa wat is de hoofdstad van het rode kruis")]
    [TestCase("alexa wat is de hoofdstad van de navo")]
    [TestCase("alexa welk land heeft shanghai als hoofdstad")]
    [TestCase("alexa welk land heeft guangzhou als hoofdstad")]
    [TestCase("alexa waar ligt de noordpool")]
    [TestCase("alexa mien vrouw wil muziek")]
    [TestCase("mien jong zet de radio aan")]
    [TestCase("ajo speel krontjong")]
    [TestCase("alexa ding dong")]
    [TestCase("alexa deschide fereastra")]
    [TestCase("alexa de pizza is gata")]
    [TestCase("alexa ik kan niet slapen")]
    [TestCase("alexa ik kan niet slapen zet muziek aan")]
    [TestCase("alexa ik kan niet slapen open spotify")]
    [TestCase("alexa welk eiland is het grootste van nederland")]
    [TestCase("alexa op welk eiland ligt oranjestad")]
    [TestCase("alexa welke land is het grootste")]
    [TestCase("alexa e-mail mijn moeder")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
