using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 45 tuning (section *Round 45 tuning for Dutch (session 60)*), each tried on
/// sentences of our own rather than the corpus lines: calls said inside Dutch by Tamil ("aiyo"), Russian-speaking
/// ("slushay", "davai", "nu ladno"), Japanese ("sugoi"), Lithuanian ("ačiū"), Brazilian ("oi") and Colombian ("parce")
/// Dutch speakers; Colombian "tiene dos" for "heeft twee"; Afrikaans "hulle hoofdstad" for "hun hoofdstad" and "wat doen
/// ek nou" as a help; Portuguese "ajuda" as a help; Brabant "ons pap", "ons moeder" for "onze ..."; a reason before a cancel
/// or a stop about the dog ("de hond trekt", "blaft", "moet naar buiten"); "en stop" as a stop; "pregunta a" to ask the
/// skill; the repair "ik zeg het fout"; the tail
/// "er zijn er toch drie"; "welke staat in india" (and other federations) in a reverse question; and the not-places
/// "kanton", Chinese provinces, "gazastrook", "shetland", "hoeksche waard", "olympisch dorp",
/// "oerol"; with out-of-domain neighbours that must still fall back.</summary>
public class DutchRoundFortyFiveRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("alexa aiyo wat is de hoofdstad van sri lanka", "LK")]
    [TestCase("slushay wat is de hoofdstad van oekraïne", "UA")]
    [TestCase("alexa sugoi wat is de hoofdstad van japan", "JP")]
    [TestCase("aciu wat is de hoofdstad van litouwen", "LT")]
    [TestCase("alexa oi wat is de hoofdstad van brazilië", "BR")]
    [TestCase("alexa parce wat is de hoofdstad van ecuador", "EC")]
    [TestCase("alexa zuid-afrika tiene tres hoofdsteden welke zijn het", "ZA")]
    [TestCase("alexa welke hoofdsteden heeft bolivia er zijn er toch twee", "BO")]
    [TestCase("alexa de hoofdstad van peru nee ik zeg het fout chili", "CL")]
    [TestCase("alexa wat is de hoofdstad van oostenrijk ik zei het fout zwitserland", "CH")]
    [TestCase("alexa ons team speelt tegen fiji wat is hulle hoofdstad", "FJ")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa van welke staat in amerika is austin de hoofdstad", "austin")]
    [TestCase("welke staat in brazilië heeft recife als hoofdstad", "recife")]
    [TestCase("van welke deelstaat in india is jaipur de hoofdstad", "jaipur")]
    [TestCase("welke deelstaat in duitsland heeft hannover als hoofdstad", "hanover")]
    public void A_reverse_question_naming_the_federation_reads_the_city(string utterance, string city) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, city);

    [TestCase("alexa aiyo hoe werkt dit", "AMAZON.HelpIntent")]
    [TestCase("alexa me ajuda hoe werkt het", "AMAZON.HelpIntent")]
    [TestCase("alexa wat doen ek nu", "AMAZON.HelpIntent")]
    [TestCase("alexa ons mam snapt het niet", "AMAZON.HelpIntent")]
    [TestCase("alexa slushay laat maar", "AMAZON.CancelIntent")]
    [TestCase("alexa ladno laat maar zitten", "AMAZON.CancelIntent")]
    [TestCase("alexa de hond blaft laat maar", "AMAZON.CancelIntent")]
    [TestCase("alexa ons vader weet het al laat maar", "AMAZON.CancelIntent")]
    [TestCase("alexa de hond moet naar buiten stop maar", "AMAZON.StopIntent")]
    [TestCase("alexa sugoi stop", "AMAZON.StopIntent")]
    [TestCase("aciu genoeg voor vandaag", "AMAZON.StopIntent")]
    [TestCase("alexa davai stoppen", "AMAZON.StopIntent")]
    [TestCase("alexa oké en stop", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa davai start hoofdsteden van de wereld")]
    [TestCase("alexa nee man open hoofdsteden van de wereld")]
    public void The_invocation_name_with_words_around_it_launches(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa pregunta a hoofdsteden van de wereld wat is de hoofdstad van peru", "wat is de hoofdstad van peru")]
    [TestCase("pregúntale a hoofdsteden van de wereld de hoofdstad van chili", "de hoofdstad van chili")]
    public void Spanish_pregunta_a_asks_the_skill_a_question(string utterance, string request)
    {
        var form = InvocationForms.Parse(utterance, "hoofdsteden van de wereld", Locale);

        Assert.That((form.Kind, string.Join(" ", form.RequestTokens.Select(token => token.Text))), Is.EqualTo((UtteranceKind.OneShot, request)));
    }

    [TestCase("alexa wat is de hoofdstad van het kanton genève")]
    [TestCase("alexa wat is de hoofdstad van de provincie yunnan")]
    [TestCase("alexa wat is de hoofdstad van de orkneyeilanden")]
    [TestCase("alexa wat is de hoofdstad van shetland")]
    [TestCase("alexa heeft de westelijke jordaanoever een hoofdstad")]
    [TestCase("alexa wat is de hoofdstad van pinkpop")]
    [TestCase("alexa ik wil muziek")]
    [TestCase("alexa mijn moeder wil muziek")]
    [TestCase("alexa wil je muziek spelen")]
    [TestCase("alexa ik wil de wereld zien")]
    [TestCase("alexa davai speel muziek")]
    [TestCase("alexa oi tudo bem")]
    [TestCase("alexa de hond blaft")]
    [TestCase("alexa de hond trekt aan de lijn")]
    [TestCase("alexa ajuda com o jantar")]
    [TestCase("alexa wat doen ik nou met mijn belasting")]
    [TestCase("alexa en stop de muziek")]
    [TestCase("alexa mi abuela tiene dos gatos")]
    [TestCase("alexa speel dos gardenias")]
    [TestCase("alexa er zijn er drie")]
    [TestCase("alexa ons pap is jarig")]
    [TestCase("alexa in welke staat in india ligt mumbai")]
    [TestCase("alexa wat is hulle hoofdstad")]
    [TestCase("alexa sugoi")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
