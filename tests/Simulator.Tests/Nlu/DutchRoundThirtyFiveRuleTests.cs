using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 35 tuning (README section *Round 35 tuning for Dutch (session 45)*), each tried
/// on sentences of our own rather than the corpus lines: settings and purposes "voor de qsl kaart", "voor het digibord",
/// "voor de kleuters", "voor de kerkreis", "van de quiz"; follow-up leads "ah ja", "(van) het land van de winnaar"; closings
/// "echt waar", "heeft ie gelijk", "nog meer"; the place references "(van) die land", "hoe heet die hoofdstad"; help
/// "nieuwe gebruiker", "commando's", "begrijp je niet"; stop and cancel with a reason (the stand-up, the pizza, the song
/// contest, church, the referee, the quizmaster, the card club); launch with "nou", "voor de pubquiz", "voor de
/// kaartclub"; not-places (Asgard, Tatooine, Oz, the Biesbosch, Ambon, the World Cup, the Aksumite empire); with
/// out-of-domain neighbours that must still fall back.</summary>
public class DutchRoundThirtyFiveRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("en voor de qsl kaart van peru", "PE", Description = "'voor de qsl kaart'")]
    [TestCase("ah ja en van chili", "CL", Description = "'ah ja' before a follow-up")]
    [TestCase("en van het land van de winnaar noorwegen", "NO", Description = "'van het land van de winnaar'")]
    [TestCase("voor het digibord de hoofdstad van spanje", "ES", Description = "'voor het digibord'")]
    [TestCase("de hoofdstad van duitsland voor de kleuters", "DE", Description = "'voor de kleuters'")]
    [TestCase("wat is de hoofdstad van polen voor de kerkreis", "PL", Description = "'voor de kerkreis'")]
    [TestCase("en vraag drie van de quiz marokko", "MA", Description = "'van de quiz'")]
    [TestCase("mijn buurman komt uit ghana wat is de hoofdstad van die land", "GH", Description = "'van die land'")]
    [TestCase("mijn zus woont in kenia hoe heet die hoofdstad", "KE", Description = "'hoe heet die hoofdstad'")]
    [TestCase("is wenen de hoofdstad van oostenrijk heeft ie gelijk", "AT", Description = "'heeft ie gelijk'")]
    [TestCase("welke hoofdsteden heeft bolivia nog meer", "BO", Description = "'nog meer'")]
    [TestCase("wat is de hoofdstad van egypte", "EG", Description = "a real country beside the not-places")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("help ik ben een nieuwe gebruiker", "AMAZON.HelpIntent")]
    [TestCase("welke commando's kan ik gebruiken", "AMAZON.HelpIntent")]
    [TestCase("ik begrijp je niet", "AMAZON.HelpIntent")]
    [TestCase("de hoofdstad van peru is lima echt waar", "CapitalIntent", Description = "'echt waar': the slot's first match is empty; capitals eval answers it with Peru")]
    [TestCase("laat maar de stand-up begint zo", "AMAZON.CancelIntent")]
    [TestCase("laat maar de quizmaster weet het al", "AMAZON.CancelIntent")]
    [TestCase("vergeet het maar de kaartclub begint", "AMAZON.CancelIntent")]
    [TestCase("stop de pizza is klaar", "AMAZON.StopIntent")]
    [TestCase("stop maar het songfestival begint", "AMAZON.StopIntent")]
    [TestCase("alexa stop de kerk gaat beginnen", "AMAZON.StopIntent")]
    [TestCase("hou op de scheidsrechter fluit al", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("nou alexa open hoofdsteden van de wereld")]
    [TestCase("alexa start hoofdsteden van de wereld voor de pubquiz")]
    [TestCase("alexa open hoofdsteden van de wereld voor de kaartclub")]
    public void The_invocation_name_with_words_around_it_launches(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("wat is de hoofdstad van asgard")]
    [TestCase("hoe heet de hoofdstad van tatooine")]
    [TestCase("welke stad is de hoofdstad van de biesbosch")]
    [TestCase("wat is de hoofdstad van ambon")]
    [TestCase("wat is de hoofdstad van oz")]
    [TestCase("wat is de hoofdstad van het wk voetbal")]
    [TestCase("wat is de hoofdstad van het aksumitische rijk")]
    [TestCase("de pizza is klaar")]
    [TestCase("het songfestival begint")]
    [TestCase("de kerk begint om tien uur")]
    [TestCase("de scheidsrechter fluit")]
    [TestCase("wat zijn de commando's van het leger")]
    [TestCase("ik ben een nieuwe gebruiker van netflix")]
    [TestCase("alexa start de pubquiz")]
    [TestCase("wie won het wk voetbal")]
    [TestCase("hoe heet die hond")]
    [TestCase("heeft ie gelijk")]
    [TestCase("echt waar")]
    [TestCase("wat wil je nog meer")]
    [TestCase("mijn buurman komt uit ghana hoe heet die land")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
