using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 48 tuning (section *Round 48 tuning for Dutch (session 63)*), each tried on
/// sentences of our own rather than the corpus lines: calls said inside Dutch by Nepali ("hajur"), Arabic-speaking
/// ("tayeb", "yaani", "sahha"), Swahili-speaking ("pole pole", "sasa", "sawa sawa"), Tunisian ("yezzi") and Finnish ("no
/// niin") Dutch speakers, and the scenes "in de meterkast", "in de bakfiets", "op het schoolplein", "hoe is 't"; the stops
/// Swahili "kwaheri" and "wij houden ermee op"; a reason before a stop ("we moeten boarden", "genoeg gespeeld"); help
/// "wat hij kan vragen", "wat werkt er allemaal", "geef me eens wat tips", "hoe kan ik de hoofdstad van een land
/// opvragen"; a reported ask "zei iets over"; the reverse question "welk land heeft {city} als een van zijn
/// hoofdsteden"; and the not-places "karelië", "leven", "internet", "cocktails", "zuid-europa", "bommelerwaard"; with
/// out-of-domain neighbours that must still fall back.</summary>
public class DutchRoundFortyEightRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("alexa welk land heeft bloemfontein als een van zijn hoofdsteden", "bloemfontein")]
    [TestCase("alexa sasa welk land heeft kaapstad als een van de hoofdsteden", "cape-town")]
    public void A_reverse_question_reads_the_city(string utterance, string city) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, city);

    [TestCase("alexa hajur wat is de hoofdstad van bhutan", "BT")]
    [TestCase("alexa yaani de hoofdstad van jordanië", "JO")]
    [TestCase("alexa tayeb wat is de hoofdstad van egypte", "EG")]
    [TestCase("alexa pole pole wat is de hoofdstad van tanzania", "TZ")]
    [TestCase("alexa sasa en kenia", "KE")]
    [TestCase("alexa ik sta in de meterkast wat is de hoofdstad van ghana", "GH")]
    [TestCase("alexa een collega uit peru zei iets over de hoofdstad welke is het", "PE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa sawa sawa stop maar", "AMAZON.StopIntent")]
    [TestCase("alexa kwaheri", "AMAZON.StopIntent")]
    [TestCase("alexa wij houden ermee op", "AMAZON.StopIntent")]
    [TestCase("alexa de passagiers moeten boarden stop", "AMAZON.StopIntent")]
    [TestCase("alexa nou genoeg gespeeld stop maar", "AMAZON.StopIntent")]
    [TestCase("alexa no niin laat maar", "AMAZON.CancelIntent")]
    [TestCase("alexa yezzi vergeet het", "AMAZON.CancelIntent")]
    [TestCase("alexa hajur annuleer", "AMAZON.CancelIntent")]
    [TestCase("alexa sahha hoe werkt dit", "AMAZON.HelpIntent")]
    [TestCase("alexa in de bakfiets hoe werkt dit", "AMAZON.HelpIntent")]
    [TestCase("alexa zeg maar wat ze kan vragen", "AMAZON.HelpIntent")]
    [TestCase("alexa geef me eens wat tips", "AMAZON.HelpIntent")]
    [TestCase("alexa wat werkt er allemaal bij deze skill", "AMAZON.HelpIntent")]
    [TestCase("alexa hoe vraag ik de hoofdstad van een land op", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa hajur")]
    [TestCase("alexa moi")]
    [TestCase("alexa sasa wat is het weer")]
    [TestCase("alexa yaani speel muziek")]
    [TestCase("alexa we moeten boarden")]
    [TestCase("alexa geef me wat tips voor de tuin")]
    [TestCase("alexa wat werkt er allemaal met de thermostaat")]
    [TestCase("alexa genoeg gespeeld met de lego")]
    [TestCase("alexa welk land heeft de meeste inwoners")]
    [TestCase("alexa ik weet iets over de hoofdstad")]
    [TestCase("vertel me iets over venezuela")]
    [TestCase("alexa vertel iets over de hoofdstad van peru")]
    [TestCase("ik las iets over venezuela")]
    [TestCase("alexa op het schoolplein is het druk")]
    [TestCase("alexa wat is de hoofdstad van karelië")]
    [TestCase("alexa wat is de hoofdstad van zuid-europa")]
    [TestCase("alexa wat is de hoofdstad van de cocktails")]
    [TestCase("alexa wat is de hoofdstad van het leven")]
    [TestCase("alexa wat is de hoofdstad van het internet der dingen")]
    [TestCase("alexa wat is de hoofdstad van de bommelerwaard")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
