using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 24 tuning (README section *Round 24 tuning for Dutch (session 25)*), each tried
/// on sentences of our own rather than the corpus lines: the openers of speakers from elsewhere and of dialects ("mi boi",
/// "vale", "genau", "hej", "shh", "jonguh", "allewel"), their "and" and "no" ("und", "y", "nein", "no"), the Gronings and
/// Limburgish spellings ("waat", "mie", "veur", "kin", "mer", "laot", "efkes", "wezen mout"), "in het nederlands", the
/// subordinate "hoe dit werkt" as help, stop and cancel said with a reason ("de koffie is klaar"), "tschüss" and "tot
/// morgen", "zet hem maar uit", launches with "abre" and "doe ... aan", the tail "welke stad is dat" after a clause, and
/// regions the data lacks (Gelderland, Catalonië) that must fall back; with out-of-domain neighbours.</summary>
public class DutchRoundTwentyFourRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("hej alexa waat is de hoofdstad van noorwegen", "NO", Description = "'hej' and the Limburgish 'waat'")]
    [TestCase("zeg mie wat de hoofdstad van peru wezen mout", "PE", Description = "Gronings 'mie' and 'wezen mout'")]
    [TestCase("genau und portugal", "PT", Description = "German 'genau und'")]
    [TestCase("vale y chili", "CL", Description = "Spanish 'vale y'")]
    [TestCase("mi boi en cuba dan", "CU", Description = "Papiamento 'mi boi'")]
    [TestCase("de hoofdstad van zweden allewel", "SE", Description = "the Limburgish 'allewel'")]
    [TestCase("de hoofdstad van peru nein ik bedoel bolivia", "BO", Description = "the repair 'nein'")]
    [TestCase("de hoofdstad van ghana no togo", "TG", Description = "the repair 'no'")]
    [TestCase("shh wat is de hoofdstad van kenia", "KE", Description = "'shh'")]
    [TestCase("jonguh wat is de hoofdstad van marokko", "MA", Description = "'jonguh'")]
    [TestCase("de hoofdstad van japan in het nederlands", "JP", Description = "'in het nederlands'")]
    [TestCase("we gaan fietsen in de hoofdstad van oostenrijk welke stad is dat", "AT", Description = "the tail 'welke stad is dat'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("jao laot mer zitten", "AMAZON.CancelIntent")]
    [TestCase("jonguh vergeet het", "AMAZON.CancelIntent")]
    [TestCase("laat maar de kinderen liggen al in bed", "AMAZON.CancelIntent")]
    [TestCase("stop maar de koffie is klaar", "AMAZON.StopIntent")]
    [TestCase("tschüss alexa", "AMAZON.StopIntent")]
    [TestCase("tot morgen alexa", "AMAZON.StopIntent")]
    [TestCase("zet hem nu maar uit", "AMAZON.StopIntent")]
    [TestCase("de les is voorbij", "AMAZON.StopIntent")]
    [TestCase("mijn moeder snapt het niet", "AMAZON.HelpIntent")]
    [TestCase("hedde gij een uitleg hoe het werkt", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("shh start hoofdsteden van de wereld")]
    [TestCase("doe hoofdsteden van de wereld aan")]
    [TestCase("vale abre hoofdsteden van de wereld")]
    [TestCase("hej open hoofdsteden van de wereld veur mie")]
    public void Opening_the_skill_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("wat is de hoofdstad van gelderland")]
    [TestCase("wat is de hoofdstad van catalonië")]
    [TestCase("vale speel muziek")]
    [TestCase("shh")]
    [TestCase("de baby slaapt")]
    [TestCase("doe de lampen aan")]
    [TestCase("stop maar de muziek")]
    [TestCase("hoe dit werkt met de verwarming weet ik niet")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
