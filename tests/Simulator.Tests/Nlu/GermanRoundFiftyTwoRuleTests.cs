using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 52 tuning (README section *Round 52 tuning for German (session 58)*), each
/// tried on sentences of our own rather than the corpus lines: Palatinate, Hessian, Bavarian, Swabian and Franconian ways
/// to cancel ("loss es bleiwe", "loss es gudd sinn", "loss des bleibn", "sell brauch i net", "lass hald"), "ach nix" /
/// "nix vergiss es", Romanian "bine lasă", "das rätsel" / "frau" / "herr" as reason openers after a cancel or a stop;
/// Bavarian "versteh i net", "das verstehe ich nicht", Polish "no pomoc", Hessian "wie geht'n des", Swiss "wie gaht das",
/// Low German "wie geiht dat", "hilfe bei den hauptstädten" as help; "zapfenstreich" and Hessian "hör uff" as stop; Swiss
/// "mach ... uf" as a launch; trailing "fragt mein großer" and "das ist doch auch ein land", the fillers "für den
/// lehrgang" and "auf der rückbank", "was ist das für eine hauptstadt" after a city, "alle hauptstädte der", "vom staat
/// georgia" (the US state), "vo dr", Franconian "sooch mer"; with out-of-domain neighbours (new not-places: the EU, the
/// pizza, Father Christmas, the phone, Cornwall, Hessian regions; "wie lange ... bis zur hauptstadt") that must still
/// fall back.</summary>
public class GermanRoundFiftyTwoRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("alexa was ist die hauptstadt von chile fragt der opa", "CL")]
    [TestCase("alexa wie heißt die hauptstadt vom staat georgia", "US-GA")]
    [TestCase("alexa alle hauptstädte der niederlande", "NL")]
    [TestCase("alexa hauptstadt von peru für den lehrgang", "PE")]
    [TestCase("alexa hauptstadt von norwegen für die ausbildung", "NO")]
    [TestCase("alexa was ist die hauptstadt von sachsen das ist doch auch ein bundesland", "DE-SN")]
    [TestCase("alexa wos is de hauptstadt vo dr schweiz", "CH")]
    [TestCase("alexa sooch mer die hauptstadt vo peru", "PE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa nairobi was ist das für eine hauptstadt", "nairobi")]
    [TestCase("alexa welches land hat die hauptstadt lima fragt meine tochter", "lima")]
    public void A_reverse_question_reads_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("alexa lass es bleiwe", "AMAZON.CancelIntent")]
    [TestCase("alexa loss des bleibn", "AMAZON.CancelIntent")]
    [TestCase("alexa ach loss es gudd sinn", "AMAZON.CancelIntent")]
    [TestCase("alexa lass hald", "AMAZON.CancelIntent")]
    [TestCase("alexa sell brauch i net", "AMAZON.CancelIntent")]
    [TestCase("alexa ach nix", "AMAZON.CancelIntent")]
    [TestCase("alexa nix vergiss es", "AMAZON.CancelIntent")]
    [TestCase("alexa bine lasa", "AMAZON.CancelIntent")]
    [TestCase("alexa abbrechen das rätsel haben wir schon", "AMAZON.CancelIntent")]
    [TestCase("alexa versteh i net", "AMAZON.HelpIntent")]
    [TestCase("alexa das verstehe ich nicht", "AMAZON.HelpIntent")]
    [TestCase("alexa no pomoc", "AMAZON.HelpIntent")]
    [TestCase("alexa wie geht denn des", "AMAZON.HelpIntent")]
    [TestCase("alexa ich brauche hilfe bei den hauptstädten", "AMAZON.HelpIntent")]
    [TestCase("alexa wie gaht das", "AMAZON.HelpIntent")]
    [TestCase("alexa wie geiht dat hier", "AMAZON.HelpIntent")]
    [TestCase("alexa hilfe für die enkel auf der rückbank", "AMAZON.HelpIntent")]
    [TestCase("alexa zapfenstreich für heute", "AMAZON.StopIntent")]
    [TestCase("alexa beenden herr meier muss schlafen", "AMAZON.StopIntent")]
    [TestCase("alexa hör uff", "AMAZON.StopIntent")]
    [TestCase("alexa jetzt hörste uff", "AMAZON.StopIntent")]
    public void A_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa mach hauptstädte der welt uf")]
    [TestCase("alexa grüezi mach mer hauptstädte der welt uf")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa wann ist zapfenstreich")]
    [TestCase("alexa spiel den großen zapfenstreich")]
    [TestCase("alexa lass es regnen")]
    [TestCase("alexa hilfe mit den hausaufgaben")]
    [TestCase("alexa pizza bestellen")]
    [TestCase("alexa welche stadt ist die hauptstadt der pizza")]
    [TestCase("alexa wie heißt die hauptstadt des weihnachtsmanns")]
    [TestCase("alexa welche hauptstadt hat mein handy")]
    [TestCase("alexa wie heißt die hauptstadt der eu eigentlich")]
    [TestCase("alexa wie weit ist es bis zur hauptstadt von polen")]
    [TestCase("alexa wie lange fliegt man bis zur hauptstadt von japan")]
    [TestCase("alexa wie heißt die hauptstadt von cornwall in england")]
    [TestCase("alexa wie heißt die hauptstadt von osthessen")]
    [TestCase("alexa was ist die hauptstadt der römer")]
    [TestCase("alexa frau müller anrufen")]
    [TestCase("alexa das rätsel ist gelöst")]
    [TestCase("alexa lasa muzica")]
    [TestCase("alexa auf der rückbank ist es zu warm")]
    [TestCase("alexa die kinder auf der rückbank streiten")]
    [TestCase("alexa das versteh ich nicht mit der heizung")]
    [TestCase("alexa hör uff zu singen")]
    [TestCase("alexa nix im kühlschrank")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
