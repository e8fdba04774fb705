using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 28 tuning (README section *Round 28 tuning for Dutch (session 31)*), each tried
/// on sentences of our own rather than the corpus lines: Polish ("tak", "dobrze", "dzięki", "koniec"), Ukrainian
/// ("dyakuyu") and Sranan ("mi gudu") openers, Brabants "wette gij" as "weet je", "enig idee van", "voor de les", help with "een
/// handleiding", "snappen het niet" and "hoe stel ik een vraag", "wat voor vragen", stop with "het is genoeg", "dat was het", "we houden
/// ermee op", "ik ben weg", a reason said before a stop or a cancel that ends in a verb ("we gaan eten stop", "mama zegt
/// stop"), launches around "dat", "yo", "bon dia", "voor mijn moeder", and not-places (Hollywood, the Basque Country, "de
/// provincie X" for the Dutch and Flemish provinces); with out-of-domain neighbours that must still fall back.</summary>
public class DutchRoundTwentyEightRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("wette gij de hoofdstad van peru", "PE", Description = "Brabants 'wette gij'")]
    [TestCase("zeg wette ge wat de hoofdstad van kenia is", "KE", Description = "Brabants 'wette ge'")]
    [TestCase("tak tak wat is de hoofdstad van estland", "EE", Description = "Polish 'tak tak'")]
    [TestCase("dobrze en van hongarije", "HU", Description = "Polish 'dobrze' before a follow-up")]
    [TestCase("dziękuję wat is de hoofdstad van slowakije", "SK", Description = "Polish 'dziękuję'")]
    [TestCase("dyakuyu en de hoofdstad van moldavië", "MD", Description = "Ukrainian 'dyakuyu'")]
    [TestCase("mi gudu wat is de hoofdstad van guyana", "GY", Description = "Sranan 'mi gudu'")]
    [TestCase("wat is de hoofdstad van belize voor de les", "BZ", Description = "'voor de les'")]
    [TestCase("hedde gij een idee van de hoofdstad van zweden", "SE", Description = "'een idee van' before the question")]
    [TestCase("heb je enig idee van de hoofdstad van chili", "CL", Description = "'enig idee van' before the question")]
    [TestCase("wat is de hoofdstad van de provincie brits-columbia", "CA-BC", Description = "a province that has a capital")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("tak stop maar", "AMAZON.StopIntent")]
    [TestCase("koniec alexa", "AMAZON.StopIntent")]
    [TestCase("nu is het genoeg", "AMAZON.StopIntent")]
    [TestCase("oké dat was het voor nu", "AMAZON.StopIntent")]
    [TestCase("we houden er mee op", "AMAZON.StopIntent")]
    [TestCase("dobrze laat maar zitten", "AMAZON.CancelIntent")]
    [TestCase("dyakuyu hoe werkt dit", "AMAZON.HelpIntent")]
    [TestCase("heb je een gebruiksaanwijzing", "AMAZON.HelpIntent")]
    [TestCase("is er een handleiding", "AMAZON.HelpIntent")]
    [TestCase("hoe moet ik het vragen", "AMAZON.HelpIntent")]
    [TestCase("wat voor vragen kan ik stellen", "AMAZON.HelpIntent")]
    [TestCase("we gaan slapen stop maar", "AMAZON.StopIntent")]
    [TestCase("ik moet werken stop nu", "AMAZON.StopIntent")]
    [TestCase("papa zegt stop", "AMAZON.StopIntent")]
    [TestCase("de baby wordt wakker stop", "AMAZON.StopIntent")]
    [TestCase("ik ga naar bed laat maar", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa open dat hoofdsteden van de wereld")]
    [TestCase("tak alexa start hoofdsteden van de wereld")]
    [TestCase("yo alexa start hoofdsteden van de wereld")]
    [TestCase("bon dia alexa start hoofdsteden van de wereld")]
    [TestCase("alexa start hoofdsteden van de wereld voor mijn moeder")]
    [TestCase("open hoofdsteden van de wereld voor mijn dochtertje")]
    public void Opening_the_skill_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("wat is de hoofdstad van bollywood")]
    [TestCase("wat is de hoofdstad van baskenland")]
    [TestCase("wat is de hoofdstad van de provincie gelderland")]
    [TestCase("wat is de hoofdstad van de provincie limburg")]
    [TestCase("dobrze hoe laat is het")]
    [TestCase("dobrze zet de film aan")]
    [TestCase("mi gudu zet de radio aan")]
    [TestCase("wette gij hoe laat het is")]
    [TestCase("de handleiding van de wasmachine")]
    [TestCase("stop de muziek het is genoeg")]
    [TestCase("dat was het journaal van acht uur")]
    [TestCase("yo zet de muziek harder")]
    [TestCase("geef me een paar tips voor het koken")]
    [TestCase("zet de muziek uit we gaan slapen")]
    [TestCase("wat voor vragen stelt de huisarts")]
    [TestCase("hoe laat gaat de trein stop")]
    [TestCase("we gaan eten")]
    [TestCase("heb je enig idee van de tijd")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
