using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 48 tuning (README section *Round 48 tuning for German (session 50)*), each
/// tried on sentences of our own rather than the corpus lines: fillers of speakers of other languages ("hej", "lan",
/// "che", "bro", "eh", "tolong", "tafadhali", "proszę", "sawa", "ei allemol", "apa") and of hurried asking ("mach mal
/// kurz", "jetzt noch"), sentence endings ("der kollege fragt", "dann ist schluss"), the variants "haaptstadt",
/// "ibukota", "geat", "landtag"; help ("ich nicht verstehen", "was muss ich jetzt machen", "ich hab das nicht
/// verstanden", "wie geht der skill", "pomoc", "msaada", "bantu"), stop ("hör auf zu reden", "halt
/// die klappe", "basta", "wystarczy", "det räcker", "inatosha", "cukup"), cancel ("nieważne", "glöm det", "batal",
/// "anuluj", "avbryt"), launch wording (the verb "starta", "für die kita"); with out-of-domain neighbours that must still
/// fall back (the same words about another topic).</summary>
public class GermanRoundFortyEightRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("alexa hej was ist die hauptstadt von norwegen", "NO", Description = "filler 'hej'")]
    [TestCase("alexa lan was ist die hauptstadt von aserbaidschan", "AZ", Description = "filler 'lan'")]
    [TestCase("alexa bro sag mir die hauptstadt von ghana", "GH", Description = "filler 'bro'")]
    [TestCase("alexa tafadhali die hauptstadt von tansania", "TZ", Description = "filler 'tafadhali'")]
    [TestCase("alexa mach mal kurz die hauptstadt von ungarn der chef fragt", "HU", Description = "filler 'mach mal kurz', ending 'der chef fragt'")]
    [TestCase("alexa jetzt noch kuba dann ist aber schluss", "CU", Description = "filler 'jetzt noch', ending 'dann ist aber schluss'")]
    [TestCase("alexa wat ass de haaptstadt vun belgien", "BE", Description = "variant 'haaptstadt'")]
    [TestCase("alexa apa ibukota von indonesien", "ID", Description = "variant 'ibukota'")]
    [TestCase("alexa in welcher stadt sitzt der landtag von sachsen", "DE-SN", Description = "variant 'landtag'")]
    [TestCase("alexa der us staat ohio welche hauptstadt", "US-OH", Description = "filler 'der us staat'")]
    [TestCase("alexa welche hauptstadt hat das kanadische territorium nordwest-territorien", "CA-NT", Description = "filler 'das kanadische territorium'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa ich nix verstehen wie geht das", "AMAZON.HelpIntent")]
    [TestCase("alexa was muss ich hier machen", "AMAZON.HelpIntent")]
    [TestCase("alexa ich hab das nicht verstanden was soll ich sagen", "AMAZON.HelpIntent")]
    [TestCase("alexa wie geht dieser skill", "AMAZON.HelpIntent")]
    [TestCase("alexa proszę pomocy", "AMAZON.HelpIntent")]
    [TestCase("alexa msaada tafadhali", "AMAZON.HelpIntent")]
    [TestCase("alexa bantu saya", "AMAZON.HelpIntent")]
    [TestCase("alexa gib mir bitte ein paar tipps", "AMAZON.HelpIntent")]
    [TestCase("alexa zeig mir wie das funktioniert", "AMAZON.HelpIntent")]
    [TestCase("alexa ich kenn mich nicht aus", "AMAZON.HelpIntent")]
    [TestCase("alexa storno", "AMAZON.CancelIntent")]
    [TestCase("alexa nee doch nicht", "AMAZON.CancelIntent")]
    [TestCase("alexa streich die frage", "AMAZON.CancelIntent")]
    [TestCase("alexa vergiss was ich gesagt hab", "AMAZON.CancelIntent")]
    [TestCase("alexa es reicht für heute", "AMAZON.StopIntent")]
    [TestCase("alexa wir machen schluss", "AMAZON.StopIntent")]
    [TestCase("alexa ich mag nicht mehr", "AMAZON.StopIntent")]
    [TestCase("alexa hör auf zu reden bitte", "AMAZON.StopIntent")]
    [TestCase("alexa bro halt den mund", "AMAZON.StopIntent")]
    [TestCase("alexa basta jetzt", "AMAZON.StopIntent")]
    [TestCase("alexa wystarczy", "AMAZON.StopIntent")]
    [TestCase("alexa det räcker nu", "AMAZON.StopIntent")]
    [TestCase("alexa inatosha", "AMAZON.StopIntent")]
    [TestCase("alexa sudah cukup", "AMAZON.StopIntent")]
    [TestCase("alexa nieważne", "AMAZON.CancelIntent")]
    [TestCase("alexa glöm det", "AMAZON.CancelIntent")]
    [TestCase("alexa batal", "AMAZON.CancelIntent")]
    [TestCase("alexa anuluj", "AMAZON.CancelIntent")]
    [TestCase("alexa avbryt", "AMAZON.CancelIntent")]
    public void A_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa starta hauptstädte der welt")]
    [TestCase("alexa hej öffne hauptstädte der welt")]
    [TestCase("alexa für den kindergarten starte hauptstädte der welt")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa hör auf zu reden und spiel musik")]
    [TestCase("alexa wie geht der wecker")]
    [TestCase("alexa was muss ich heute einkaufen")]
    [TestCase("alexa hej mach das licht an")]
    [TestCase("alexa für die kita einen timer stellen")]
    [TestCase("alexa in welcher stadt ist der flughafen")]
    [TestCase("alexa jetzt noch musik dann ist schluss")]
    [TestCase("alexa gib mir tipps für den garten")]
    [TestCase("alexa zeig mir wie das wetter wird")]
    [TestCase("alexa storno meine bestellung")]
    [TestCase("alexa bundesstaat ist ein schweres wort")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
