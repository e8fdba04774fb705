using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 32 tuning (README section *Round 32 tuning for Dutch (session 41)*), each tried
/// on sentences of our own rather than the corpus lines: the Moroccan-Dutch opener "wajo", "ja goed" and a closing
/// "dan" as fillers; clauses a speaker says before the question as fillers ("mijn geheugen laat me in de steek", "voor
/// mijn zweedse puzzel", "ik zit hier met mijn puzzel", "mijn kleinzoon heeft het aangezet") and a closing "is dat zo";
/// "zijn staat", "haar staat", "de hoofdstad van de provincie", "wat zijn de
/// hoofdsteden" and "welke hoofdsteden hebben ze daar" as place references; "mond dicht" as a stop, a ferry or taxi as a
/// reason before a stop, "can you help me" and "leg even uit" as help; the European Union, "het eiland X" and Tibet as
/// not-places; "waar mijn vader vandaan komt" after the place as a filler; "van welk land is het de hoofdstad" read as
/// "... is dat de hoofdstad"; and the Christmas market, cheese and carnival "hoofdstad" as another sense; with out-of-domain
/// neighbours that must still fall back.</summary>
public class DutchRoundThirtyTwoRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("wajo wat is de hoofdstad van marokko", "MA", Description = "Moroccan-Dutch opener 'wajo'")]
    [TestCase("wajo en van tunesië", "TN", Description = "'wajo' before a follow-up")]
    [TestCase("ja goed en van algerije", "DZ", Description = "'ja goed' before a follow-up")]
    [TestCase("en van chili dan", "CL", Description = "a closing 'dan'")]
    [TestCase("mijn geheugen laat me weer in de steek wat is de hoofdstad van australië", "AU", Description = "forgetfulness clause")]
    [TestCase("voor mijn zweedse puzzel de hoofdstad van ierland", "IE", Description = "a Swedish crossword is no Sweden")]
    [TestCase("ik zit hier met mijn puzzel wat is de hoofdstad van kenia", "KE", Description = "puzzle clause")]
    [TestCase("mijn zus woont in queensland wat is de hoofdstad van de provincie", "AU-QLD", Description = "'de hoofdstad van de provincie'")]
    [TestCase("mijn buurman komt uit texas wat is de hoofdstad van zijn staat", "US-TX", Description = "'zijn staat'")]
    [TestCase("mijn collega komt uit beieren wat is de hoofdstad van haar staat", "DE-BY", Description = "'haar staat'")]
    [TestCase("voor mijn werkstuk over bolivia wat zijn de hoofdsteden", "BO", Description = "'wat zijn de hoofdsteden' after a place")]
    [TestCase("mijn vriendin komt uit zuid-afrika welke hoofdsteden hebben ze daar", "ZA", Description = "'welke hoofdsteden hebben ze daar'")]
    [TestCase("zagreb is de hoofdstad van kroatië is dat zo", "HR", Description = "a closing 'is dat zo'")]
    [TestCase("wat is de hoofdstad van mali waar mijn vader vandaan komt", "ML", Description = "'waar mijn vader vandaan komt' after the place")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("lusaka van welk land is het de hoofdstad", "lusaka")]
    public void A_reverse_question_names_the_city(string utterance, string cityId) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, cityId);

    [TestCase("wajo laat maar", "AMAZON.CancelIntent")]
    [TestCase("wajo hou op", "AMAZON.StopIntent")]
    [TestCase("mond dicht", "AMAZON.StopIntent")]
    [TestCase("hou je mond dicht alexa", "AMAZON.StopIntent")]
    [TestCase("stop maar de veerboot vertrekt", "AMAZON.StopIntent")]
    [TestCase("stop de taxi is er", "AMAZON.StopIntent")]
    [TestCase("can you help me", "AMAZON.HelpIntent")]
    [TestCase("leg even uit hoe dit werkt", "AMAZON.HelpIntent")]
    [TestCase("mijn kleindochter heeft het geïnstalleerd maar hoe werkt het", "AMAZON.HelpIntent")]
    [TestCase("mijn man heeft het aangezet ik snap het niet", "AMAZON.HelpIntent")]
    [TestCase("hoe werkt dit ding dan", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("wat is de hoofdstad van de europese unie")]
    [TestCase("welke stad is de hoofdstad van het eiland kreta")]
    [TestCase("wat is de hoofdstad van het eiland texel")]
    [TestCase("wat is de hoofdstad van tibet")]
    [TestCase("wat is de kerstmarkt hoofdstad van europa")]
    [TestCase("wat is de kaas hoofdstad van nederland")]
    [TestCase("de carnavals hoofdstad van limburg")]
    [TestCase("wajo zet de muziek aan")]
    [TestCase("ja goed hoe laat is het")]
    [TestCase("hoe laat is het dan")]
    [TestCase("mijn geheugen laat me in de steek hoe laat is het")]
    [TestCase("mijn kinderen vragen hoe laat het is")]
    [TestCase("mijn buurman komt uit texas hoe is het weer in zijn staat")]
    [TestCase("voor mijn werkstuk over bolivia wat zijn de bezienswaardigheden")]
    [TestCase("mond dicht tegen je zus")]
    [TestCase("de veerboot vertrekt")]
    [TestCase("can you help me with my homework")]
    [TestCase("leg even uit hoe fotosynthese werkt")]
    [TestCase("mijn zoon heeft het aangezet hoe laat is het")]
    [TestCase("mijn zoon heeft het aangezet maar hoe werkt de wasmachine")]
    [TestCase("het regent morgen is dat zo")]
    [TestCase("hoe is het weer waar mijn moeder vandaan komt")]
    [TestCase("hoeveel inwoners heeft het land waar mijn vader vandaan komt")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
