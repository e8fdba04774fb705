using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 31 tuning (README section *Round 31 tuning for Dutch (session 39)*), each tried
/// on sentences of our own rather than the corpus lines: openers of Polish ("dobra", "no dobra", "cześć"), Turkish
/// ("kardesj", "kanka") and Antillean and Surinamese ("mi amor", "mi brada") speakers as fillers; Frisian, Limburgish
/// and Gronings words ("lit mar", "seit", "wêze", "sitte", "wurket", "hoe't", "moar", "sjei", "sjluute", "ins", "hâld");
/// hesitations ("uh", "ehm") as repairs; "hem land" as a place reference; help, stop
/// and cancel in the speakers' own languages ("nie rozumiem", "anlamadım", "yepi mi", "wystarczy", "tamam yeter",
/// "a kaba", "selesai", "vazgeçtim", "boş ver", "iptal et", "nieważne") and in dialect ("het is mooi west", "hol moar op",
/// "hou werkt dat", "laat maar wezen"); "de pauze" as a reason before a stop; Dutch, Polish, Surinamese and Indonesian
/// regions and children's fantasy lands that are no place of the data as not-places; with out-of-domain neighbours that
/// must still fall back.</summary>
public class DutchRoundThirtyOneRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("dobra wat is de hoofdstad van litouwen", "LT", Description = "Polish 'dobra'")]
    [TestCase("no dobra en van hongarije", "HU", Description = "Polish 'no dobra' before a follow-up")]
    [TestCase("cześć wat is de hoofdstad van tsjechië", "CZ", Description = "Polish 'cześć'")]
    [TestCase("kardesj wat is de hoofdstad van syrië", "SY", Description = "Turkish 'kardeş' as said in Dutch")]
    [TestCase("kanka en van irak", "IQ", Description = "Turkish 'kanka' before a follow-up")]
    [TestCase("ai mi amor wat is de hoofdstad van peru", "PE", Description = "Papiamentu 'mi amor'")]
    [TestCase("mi brada wat is de hoofdstad van ghana", "GH", Description = "Sranan 'mi brada'")]
    [TestCase("in de fabriek mijn collega uit polen hoe heet hoofdstad van hem land", "PL", Description = "'hem land' for 'zijn land'")]
    [TestCase("de hoofdstad van zweden uh noorwegen", "NO", Description = "'uh' as a repair")]
    [TestCase("de hoofdstad van peru ehm chili", "CL", Description = "'ehm' as a repair")]
    [TestCase("wat is de hoofdstad van papoea-nieuw-guinea", "PG", Description = "'nieuw-guinea' is a not-place, the country is not")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("lit mar", "AMAZON.CancelIntent")]
    [TestCase("heit seit lit mar sitte", "AMAZON.CancelIntent")]
    [TestCase("laat maar wezen alexa", "AMAZON.CancelIntent")]
    [TestCase("moi laat moar zitten", "AMAZON.CancelIntent")]
    [TestCase("vazgeçtim", "AMAZON.CancelIntent")]
    [TestCase("boş ver alexa", "AMAZON.CancelIntent")]
    [TestCase("iptal et", "AMAZON.CancelIntent")]
    [TestCase("nieważne", "AMAZON.CancelIntent")]
    [TestCase("sjei oet alexa", "AMAZON.StopIntent")]
    [TestCase("sjluute", "AMAZON.StopIntent")]
    [TestCase("hol moar op alexa", "AMAZON.StopIntent")]
    [TestCase("het is mooi west", "AMAZON.StopIntent")]
    [TestCase("hâld op", "AMAZON.StopIntent")]
    [TestCase("tamam yeter", "AMAZON.StopIntent")]
    [TestCase("wystarczy", "AMAZON.StopIntent")]
    [TestCase("a kaba", "AMAZON.StopIntent")]
    [TestCase("selesai", "AMAZON.StopIntent")]
    [TestCase("de pauze is voorbij stop maar", "AMAZON.StopIntent")]
    [TestCase("hoe wurket dat", "AMAZON.HelpIntent")]
    [TestCase("ik wit net hoe't wurket", "AMAZON.HelpIntent")]
    [TestCase("hou moet dat", "AMAZON.HelpIntent")]
    [TestCase("hou werkt dat", "AMAZON.HelpIntent")]
    [TestCase("ik wait nait hou dat werkt", "AMAZON.HelpIntent")]
    [TestCase("help mij ins", "AMAZON.HelpIntent")]
    [TestCase("nie rozumiem", "AMAZON.HelpIntent")]
    [TestCase("anlamadım yardım et", "AMAZON.HelpIntent")]
    [TestCase("yepi mi", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("wat is de hoofdstad van de betuwe")]
    [TestCase("wat is de hoofdstad van twente")]
    [TestCase("wat is de hoofdstad van commewijne")]
    [TestCase("wat is de hoofdstad van silezië")]
    [TestCase("wat is de hoofdstad van sprookjesland")]
    [TestCase("wat is de hoofdstad van utrecht de provincie")]
    [TestCase("welke stad is de hoofdstad van de bollenstreek")]
    [TestCase("wat is de hoofdstad van nieuw-guinea")]
    [TestCase("sluit de deur")]
    [TestCase("sluiten de gordijnen")]
    [TestCase("hou werkt de wasmachine")]
    [TestCase("dobra zet de muziek aan")]
    [TestCase("kardesj hoe laat is het")]
    [TestCase("lit mar de muziek aan")]
    [TestCase("a kaba speel muziek")]
    [TestCase("de pauze is voorbij")]
    [TestCase("ik wee niet hoe laat het is")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
