using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 47 tuning (section *Round 47 tuning for Dutch (session 62)*), each tried on
/// sentences of our own rather than the corpus lines: calls said inside Dutch by Argentine ("che", "dale"), Surinamese
/// ("wah"), Norwegian ("nå") and Arabic-speaking ("wallahi") Dutch speakers; the cancels Norwegian "glem det" and Flemish
/// "ge moogt het vergeten"; help "kan ik vragen", "wat deze skill doet", "hoe stel ik een vraag over een land", "wat moet
/// ik tegen hoofdsteden van de wereld zeggen"; a reason before a stop ("mijn dienst begint", "de storm is over", "ik moet
/// weer aan het werk"); "het vroegere" before an old name; the reverse question "bij welk land hoort {city} als
/// hoofdstad"; and the not-places "jutland", "zolder", "kruiden", "vojvodina", "darfoer", "tatarstan"; with
/// out-of-domain neighbours that must still fall back.</summary>
public class DutchRoundFortySevenRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("alexa bij welk land hoort lima als hoofdstad", "lima")]
    [TestCase("alexa che bij welk land hoort nairobi als hoofdstad", "nairobi")]
    public void A_reverse_question_reads_the_city(string utterance, string city) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, city);

    [TestCase("alexa dale wat is de hoofdstad van chili", "CL")]
    [TestCase("alexa wat is de hoofdstad van uruguay che", "UY")]
    [TestCase("alexa wallahi wat is de hoofdstad van marokko", "MA")]
    [TestCase("alexa wat is nu de hoofdstad van het vroegere rhodesië", "ZW")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa che stop maar", "AMAZON.StopIntent")]
    [TestCase("alexa dale laat maar", "AMAZON.CancelIntent")]
    [TestCase("alexa wah stop nu", "AMAZON.StopIntent")]
    [TestCase("alexa nå laat maar", "AMAZON.CancelIntent")]
    [TestCase("alexa glem det", "AMAZON.CancelIntent")]
    [TestCase("alexa gij moogt het vergeten", "AMAZON.CancelIntent")]
    [TestCase("alexa je moogt het vergeten", "AMAZON.CancelIntent")]
    [TestCase("alexa wat kan ik vragen che", "AMAZON.HelpIntent")]
    [TestCase("alexa kun je uitleggen wat deze skill doet", "AMAZON.HelpIntent")]
    [TestCase("alexa hoe stel ik een vraag over een hoofdstad", "AMAZON.HelpIntent")]
    [TestCase("alexa wat kan ik tegen hoofdsteden van de wereld zeggen", "AMAZON.HelpIntent")]
    [TestCase("alexa mijn dienst begint stop maar", "AMAZON.StopIntent")]
    [TestCase("alexa het onweer is over stop maar", "AMAZON.StopIntent")]
    [TestCase("alexa ik moet weer aan het werk stoppen", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa che")]
    [TestCase("alexa dale speel muziek")]
    [TestCase("alexa wallahi wat een drukte")]
    [TestCase("alexa nå wat is het weer")]
    [TestCase("alexa ik ben het vergeten")]
    [TestCase("alexa kan ik vragen hoe laat het is")]
    [TestCase("alexa wat doet deze lamp")]
    [TestCase("alexa mijn dienst begint om acht uur")]
    [TestCase("alexa de storm is over")]
    [TestCase("alexa wat is de hoofdstad van jutland")]
    [TestCase("alexa wat is de hoofdstad van de zolder")]
    [TestCase("alexa welke kruiden passen bij vis")]
    [TestCase("alexa wat is de hoofdstad van vojvodina")]
    [TestCase("alexa wat is de hoofdstad van darfur")]
    [TestCase("alexa wat is de hoofdstad van tatarstan")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
