using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families round 17 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 17 tuning for Dutch*), each tested with sentences of its kind that no corpus has: Papiamento openers of
/// Antillean and Aruban Dutch ("ta bon", "ayo", "bon dia", "mi no sa", "danki"); follow-up openers and tails ("nog
/// eentje X", "mooi en de buren X", "en van X weet je die ook"); a purpose tail ("zodat ik het niet vergeet"); the word
/// that will not come ("hoe heet dat ding"); crossword kinds ("zweedse puzzel", "cryptogram"); a doubt after a check ("of
/// zit ik fout"); learner order "je kun zeggen"; a cancel with what the speaker will do instead ("ik vraag het mama
/// wel"); and the city-first reverse question with "dat" ("X van welk land is dat de hoofdstad"). The neighbours about
/// no capital (neighbouring countries, weather) still fall back.</summary>
public class DutchRoundSeventeenRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("nl-NL", utterance);

    [TestCase("ta bon wat is de hoofdstad van colombia", "CO")]
    [TestCase("ayo alexa wat is de hoofdstad van honduras", "HN")]
    [TestCase("bon tardi alexa hoe heet de hoofdstad van ecuador", "EC")]
    [TestCase("mi no sabi hoor wat is de hoofdstad van guatemala", "GT")]
    [TestCase("masha danki en wat is de hoofdstad van bonaire", "BQ")]
    [TestCase("nog eentje chili", "CL")]
    [TestCase("nog één dan paraguay", "PY")]
    [TestCase("mooi en de buren servië", "RS")]
    [TestCase("prima en dan de buren slovenië", "SI")]
    [TestCase("dank je en wat is de hoofdstad van het buurland laos", "LA")]
    [TestCase("en van azerbeidzjan ken je die ook", "AZ")]
    [TestCase("en van moldavië weet je dat ook", "MD")]
    [TestCase("ik bel straks met mijn oom in ghana wat is daar de hoofdstad zodat ik het weet", "GH")]
    [TestCase("wat is de hoofdstad van oeganda voor ik het vergeet", "UG")]
    [TestCase("wat is de hoofdstad van zambia zodat ik het onthoud", "ZM")]
    [TestCase("hoe heet dat ding de hoofdstad van mongolië", "MN")]
    [TestCase("ehm hoe heet dat nou de hoofdstad van laos", "LA")]
    [TestCase("dinges de hoofdstad van kazachstan", "KZ")]
    [TestCase("zweedse puzzel hoofdstad van zweden vijf letters", "SE")]
    [TestCase("in het cryptogram hoofdstad van italië", "IT")]
    [TestCase("in mijn puzzelboekje hoofdstad van egypte met vijf letters", "EG")]
    [TestCase("ik dacht dat zürich de hoofdstad van zwitserland was of heb ik het mis", "CH")]
    [TestCase("is toronto de hoofdstad van canada of vergis ik me", "CA")]
    [TestCase("is lagos de hoofdstad van nigeria of zit ik ernaast", "NG")]
    [TestCase("je kun me zeggen de hoofdstad van griekenland", "GR")]
    [TestCase("alexa je kun vertellen de hoofdstad van portugal", "PT")]
    public void A_round_seventeen_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf("nl-NL", utterance, id);

    [TestCase("tallinn van welk land is dat de hoofdstad", "tallinn")]
    [TestCase("in de puzzel staat lima waar is dat de hoofdstad van", "lima")]
    [TestCase("ik hoorde nairobi op het nieuws welk land heeft dat als hoofdstad", "nairobi")]
    [TestCase("van wat is canberra de hoofdstad", "canberra")]
    public void A_round_seventeen_reverse_question_reads_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("nl-NL", utterance, id);

    [TestCase("annuleer maar ik vraag het papa wel", "AMAZON.CancelIntent")]
    [TestCase("laat maar ik zoek het zelf wel op", "AMAZON.CancelIntent")]
    [TestCase("ayo alexa laat maar", "AMAZON.CancelIntent")]
    [TestCase("ta bon stop maar", "AMAZON.StopIntent")]
    [TestCase("mi no sabi hoe dit werkt help", "AMAZON.HelpIntent")]
    public void A_round_seventeen_built_in_phrasing_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("wat is het buurland van duitsland")]
    [TestCase("wat zijn de buren van duitsland")]
    [TestCase("hoeveel buurlanden heeft polen")]
    [TestCase("mooi weer in spanje")]
    [TestCase("ta bon speel muziek")]
    [TestCase("hoeveel inwoners heeft curaçao zodat ik het weet")]
    public void A_round_seventeen_neighbour_about_no_capital_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
