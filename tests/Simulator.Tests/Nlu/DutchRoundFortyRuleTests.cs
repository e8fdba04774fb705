using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 40 tuning (section *Round 40 tuning for Dutch (session 50)*), each tried on
/// sentences of our own rather than the corpus lines: greetings and thanks of other languages said inside Dutch ("hee",
/// Turkish "selam", "merhaba", Indonesian "terima kasih", "makasih", Kriolu "modi", "hola"); the Gronings spellings
/// "hait" -> "heet", "doar" -> "daar" and "hebbie / heppie" -> "heb je"; help "wat kan / wat doet deze app", "snapt er
/// niks van", "handleiding", "rustig uitleggen", Hindi "samjhao"; cancel "zoek (maar) niet verder", "hoeft niet meer";
/// stop Spanish "para", Hindi "bas karo", reasons closed by "gaat over", "roept"; launch with "abri", "buka", "para mi
/// hija", "hoofdsteden der wereld", "oefenen voor de topotoets"; the not-places "hemel", "westerkwartier"; with
/// out-of-domain neighbours that must still fall back.</summary>
public class DutchRoundFortyRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("hee wat is de hoofdstad van peru", "PE")]
    [TestCase("selam wat is de hoofdstad van turkije", "TR")]
    [TestCase("merhaba en van griekenland", "GR")]
    [TestCase("terima kasih wat is de hoofdstad van indonesië", "ID")]
    [TestCase("hoe hait de hoofdstad van noorwegen", "NO")]
    [TestCase("ze komen uit finland hoe hait de hoofdstad doar", "FI")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("hee alexa help", "AMAZON.HelpIntent")]
    [TestCase("selam alexa hoe werkt dit", "AMAZON.HelpIntent")]
    [TestCase("wat kan dit spel", "AMAZON.HelpIntent")]
    [TestCase("wat doet deze skill", "AMAZON.HelpIntent")]
    [TestCase("oma snapt er niks van help", "AMAZON.HelpIntent")]
    [TestCase("heppie een gebruiksaanwijzing", "AMAZON.HelpIntent")]
    [TestCase("alexa rustig uitleggen graag", "AMAZON.HelpIntent")]
    [TestCase("accha alexa samjhao", "AMAZON.HelpIntent")]
    [TestCase("wat moet ik zeggen om een hoofdstad te vragen", "AMAZON.HelpIntent")]
    [TestCase("hee alexa laat maar", "AMAZON.CancelIntent")]
    [TestCase("alexa zoek niet verder", "AMAZON.CancelIntent")]
    [TestCase("hoeft niet meer alexa", "AMAZON.CancelIntent")]
    [TestCase("merhaba alexa niet meer nodig", "AMAZON.CancelIntent")]
    [TestCase("hola para", "AMAZON.StopIntent")]
    [TestCase("alexa bas karo", "AMAZON.StopIntent")]
    [TestCase("makasih sudah stop", "AMAZON.StopIntent")]
    [TestCase("alexa de telefoon gaat over stop", "AMAZON.StopIntent")]
    [TestCase("de baby roept stop", "AMAZON.StopIntent")]
    [TestCase("hee stoppen alsjeblieft", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("hola alexa abre hoofdsteden van de wereld")]
    [TestCase("alexa buka hoofdsteden van de wereld")]
    [TestCase("alexa abri hoofdsteden van de wereld")]
    [TestCase("alexa start hoofdsteden van de wereld para mi hija")]
    [TestCase("alexa open hoofdsteden der wereld")]
    [TestCase("alexa open hoofdsteden van de wereld oefenen voor de topotoets")]
    public void The_invocation_name_with_words_around_it_launches(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("wat is de hoofdstad van de hemel")]
    [TestCase("wat is de hoofdstad van het westerkwartier")]
    [TestCase("hee zet de muziek aan")]
    [TestCase("selam hoe laat is het")]
    [TestCase("wat kan deze auto")]
    [TestCase("ik snap er niks van wiskunde")]
    [TestCase("para la música")]
    [TestCase("heb je een handleiding voor de wasmachine")]
    [TestCase("de telefoon gaat over")]
    [TestCase("zoek niet verder naar een restaurant")]
    [TestCase("alexa buka pintu")]
    [TestCase("hola alexa hoe is het weer")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
