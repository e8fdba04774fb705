using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 41 tuning (section *Round 41 tuning for Dutch (session 52)*), each tried on
/// sentences of our own rather than the corpus lines: calls, thanks and hesitations of newcomers said inside Dutch
/// (Tagalog "sige", "salamat po", Somali "waryaa", "mahadsanid", Japanese "sumimasen", "arigatou", "etto", Romanian and
/// Bulgarian "haide / hajde", Afrikaans "dankie", "asseblief", Dutch "effetjes"); the spellings "lat" -> "laat", "hieten"
/// -> "heten"; cancel "los maar", "niet nodig meer", "dat was niet tegen jou", "ik heb het al gevonden"; help "hoe heet
/// dat commando", "hoe gebruik ik deze app", "ik snap niet hoe het werkt", "kan ik ook provincies vragen"; stop Tagalog
/// "tama na", Afrikaans "dit is genoeg"; launch "hoofdsteden wereld" and the calls around the invocation name; crossword
/// and stamp settings ("verticaal drie", "voor de catalogus"); the not-places "krim", "sahara", "vrystaat", "ijssalon";
/// with out-of-domain neighbours that must still fall back.</summary>
public class DutchRoundFortyOneRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("sige wat is de hoofdstad van chili", "CL")]
    [TestCase("waryaa wat is de hoofdstad van kenia", "KE")]
    [TestCase("sumimasen wat is de hoofdstad van zuid-korea", "KR")]
    [TestCase("effetjes wat is de hoofdstad van canada", "CA")]
    [TestCase("haide en van bulgarije", "BG")]
    [TestCase("hoe hieten de hoofdsteden van bolivia", "BO")]
    [TestCase("alexa de hoofdstad van oostenrijk etto nee zwitserland", "CH")]
    [TestCase("salamat po wat is de hoofdstad van de filipijnen", "PH")]
    [TestCase("alexa wat is de hoofdstad van tsjaad voor mijn catalogus", "TD")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa los maar", "AMAZON.CancelIntent")]
    [TestCase("alexa los het maar", "AMAZON.CancelIntent")]
    [TestCase("sige na wag na", "AMAZON.CancelIntent")]
    [TestCase("alexa dat was niet tegen jou", "AMAZON.CancelIntent")]
    [TestCase("alexa lat maar", "AMAZON.CancelIntent")]
    [TestCase("alexa ik heb het al gevonden", "AMAZON.CancelIntent")]
    [TestCase("mahadsanid alexa niet nodig meer", "AMAZON.CancelIntent")]
    [TestCase("alexa hoe heet dat commando", "AMAZON.HelpIntent")]
    [TestCase("alexa wat moet ik zeggen voor een hoofdstad", "AMAZON.HelpIntent")]
    [TestCase("arigatou alexa hoe gebruik ik deze app", "AMAZON.HelpIntent")]
    [TestCase("alexa ik snap niet hoe het werkt", "AMAZON.HelpIntent")]
    [TestCase("alexa kun je uitleggen hoe het werkt", "AMAZON.HelpIntent")]
    [TestCase("alexa kan ik ook provincies vragen", "AMAZON.HelpIntent")]
    [TestCase("alexa help me ik begrijp het niet", "AMAZON.HelpIntent")]
    [TestCase("alexa tama na", "AMAZON.StopIntent")]
    [TestCase("alexa dankie dit is genoeg", "AMAZON.StopIntent")]
    [TestCase("hajde alexa stop", "AMAZON.StopIntent")]
    [TestCase("waryaa stop", "AMAZON.StopIntent")]
    [TestCase("alexa stop salamat po", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("sumimasen alexa start hoofdsteden van de wereld")]
    [TestCase("alexa open hoofdsteden van de wereld asseblief")]
    [TestCase("alexa start hoofdsteden wereld")]
    [TestCase("haide alexa open hoofdsteden van de wereld")]
    public void The_invocation_name_with_words_around_it_launches(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("wat is de hoofdstad van de krim")]
    [TestCase("wat is de hoofdstad van de sahara")]
    [TestCase("wat is de hoofdstad van die vrystaat")]
    [TestCase("alexa wat is de hoofdstad van de ijssalon")]
    [TestCase("sige zet de muziek aan")]
    [TestCase("sumimasen hoe laat is het")]
    [TestCase("waryaa hoe is het weer")]
    [TestCase("alexa ik heb het al koud")]
    [TestCase("we moeten naar school")]
    [TestCase("alexa los de puzzel op")]
    [TestCase("ik begrijp niet waarom de lucht blauw is")]
    [TestCase("alexa hoe werkt een magnetron")]
    [TestCase("alexa dankie speel muziek")]
    [TestCase("haide open de gordijnen")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
