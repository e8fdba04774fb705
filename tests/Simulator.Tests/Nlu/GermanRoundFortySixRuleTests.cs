using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 46 tuning (README section *Round 46 tuning for German (session 48)*), each
/// tried on sentences of our own rather than the corpus lines: fillers (Romanian "hai te rog", Czech "dobrý den" /
/// "prosím", the school scene "ich hab gleich erdkunde test"), the join "nenne die hauptstädte von", place references
/// after a place ("überhaupt ne hauptstadt", "hat die ne / eine hauptstadt"), help ("wie stell ich hier eine frage", "wie
/// benutze ich diesen skill"), stop ("ende der durchsage", "halt mal die klappe", "stopp das spiel"), the reason openers
/// "zur arbeit", "zum training", launch wording ("nee", "ma", "hai te rog", "für den erdkundetest", "oma will", the verb
/// "geh rein in"); with out-of-domain neighbours that must still fall back (the new not-places: the Hanse, the Khmer
/// empire; the same words about another topic).</summary>
public class GermanRoundFortySixRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("alexa hai te rog was ist die hauptstadt von rumänien", "RO", Description = "filler 'hai te rog'")]
    [TestCase("alexa dobrý den was ist die hauptstadt von tschechien prosím", "CZ", Description = "fillers 'dobrý den', 'prosím'")]
    [TestCase("alexa digga ich hab gleich erdkunde test hauptstadt von peru", "PE", Description = "filler 'ich hab gleich erdkunde test'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa nenne die hauptstädte von chile und peru", "CapitalIntent")]
    [TestCase("alexa nenn mir die hauptstädte von kenia und uganda", "CapitalIntent")]
    [TestCase("alexa ich hab was über grönland gelesen hat das überhaupt ne hauptstadt", "CapitalIntent")]
    [TestCase("alexa mein opa war auf island hat die eine hauptstadt", "CapitalIntent")]
    [TestCase("alexa ich war auf der insel tonga hat die ne hauptstadt", "CapitalIntent")]
    [TestCase("alexa wie stelle ich hier eine frage", "AMAZON.HelpIntent")]
    [TestCase("alexa wie benutze ich diesen skill richtig", "AMAZON.HelpIntent")]
    [TestCase("alexa ende der durchsage wir sind fertig", "AMAZON.StopIntent")]
    [TestCase("alexa halt doch mal die klappe jetzt", "AMAZON.StopIntent")]
    [TestCase("alexa stopp das spiel wir gehen jetzt schlafen", "AMAZON.StopIntent")]
    [TestCase("alexa stop das spiel bitte", "AMAZON.StopIntent")]
    [TestCase("alexa stopp ich muss los zur arbeit", "AMAZON.StopIntent")]
    [TestCase("alexa ich muss los zum training stopp", "AMAZON.StopIntent")]
    public void A_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa nee mach ma hauptstädte der welt auf")]
    [TestCase("alexa für den erdkundetest starte hauptstädte der welt")]
    [TestCase("alexa hai te rog starte hauptstädte der welt")]
    [TestCase("alexa gehe rein in hauptstädte der welt")]
    [TestCase("alexa oma will hauptstädte der welt spielen")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa was ist die hauptstadt der hanse")]
    [TestCase("alexa welche hauptstadt hatte das khmerreich")]
    [TestCase("alexa wie benutze ich diesen staubsauger")]
    [TestCase("alexa wie stell ich hier den wecker")]
    [TestCase("alexa wann ist ende der durchsage im radio")]
    [TestCase("alexa stopp das spiel im fernseher")]
    [TestCase("alexa stopp den timer zur arbeit")]
    [TestCase("alexa dobry den wie wird das wetter prosim")]
    [TestCase("alexa ich hab gleich erdkunde test wie spät ist es")]
    [TestCase("alexa hat die ne hauptstadt")]
    [TestCase("alexa ich war auf dem mond hat der überhaupt ne hauptstadt")]
    [TestCase("alexa geh rein in die küche")]
    [TestCase("alexa oma will musik hören")]
    [TestCase("alexa nee mach ma das licht aus")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
