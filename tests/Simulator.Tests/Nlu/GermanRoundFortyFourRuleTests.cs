using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 44 tuning (README section *Round 44 tuning for German (session 46)*), each
/// tried on sentences of our own rather than the corpus lines: fillers (Swabian "ha jo", Bavarian "sog amoi", Romanian
/// "hai gata", Ukrainian "slukhay", "baba", Spanish "chamo y", "cheers mate", "plural", "in der spanisch ag"), joins (reverse
/// "von wo isch" / "vo wos is", "welche stadt regiert", "la capital von", "eine eigene hauptstadt", "gibt es eine
/// hauptstadt auf / in"), place references after a place ("was ist die hauptstadt des staates", "welche stadt ist da
/// die hauptstadt"), stop ("tschüssing", "mir höre uff", "jetzt isch gnug", "i mog nimmer", "schalt das quiz aus",
/// "genug gelernt"), cancel ("forget am", "lass man stecken", "vergessen sie die frage", "geh lass es"), help ("was kann
/// isch do mache", "was sind deine funktionen"), reason openers ("der fernseher", "das radio"), launch wording
/// ("slukhay", "ich hab morgen referat", "wir haben quizabend"); with out-of-domain neighbours that must still fall back
/// (the new not-places: German cities, fictional lands, the North Sea; the same cues about another topic).</summary>
public class GermanRoundFortyFourRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("ha jo was isch die hauptstadt von peru", "PE", Description = "filler 'ha jo'")]
    [TestCase("slukhay was ist die hauptstadt von polen", "PL", Description = "filler 'slukhay'")]
    [TestCase("baba sag mal die hauptstadt von marokko", "MA", Description = "filler 'baba'")]
    [TestCase("cheers mate was ist die hauptstadt von irland", "IE", Description = "filler 'cheers mate'")]
    [TestCase("chile hauptstädte plural bitte", "CL", Description = "filler 'plural'")]
    [TestCase("chamo y la capital von venezuela", "VE", Description = "filler 'chamo y', join 'la capital von'")]
    [TestCase("welche stadt regiert bayern", "DE-BY", Description = "join 'welche stadt regiert'")]
    [TestCase("hat grönland eine eigene hauptstadt", "GL", Description = "join 'eine eigene hauptstadt'")]
    [TestCase("gibt es eine hauptstadt auf grönland", "GL", Description = "join 'gibt es eine hauptstadt auf'")]
    [TestCase("gibt es eine hauptstadt in der schweiz", "CH", Description = "join 'gibt es eine hauptstadt in'")]
    [TestCase("meine schwester war in nebraska was ist die hauptstadt des staates", "US-NE", Description = "reference 'was ist die hauptstadt des staates'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("ha jo von wo isch madrid die hauptstadt", "madrid", Description = "join 'von wo isch'")]
    [TestCase("sog amoi vo wos is wien de hauptstadt", "vienna", Description = "filler 'sog amoi', join 'vo wos is'")]
    [TestCase("von wo is lima die hauptstadt", "lima", Description = "join 'von wo is'")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("tschüssing", "AMAZON.StopIntent")]
    [TestCase("ajo mir höre uff", "AMAZON.StopIntent")]
    [TestCase("ha jo jetzt isch gnug", "AMAZON.StopIntent")]
    [TestCase("genug gelernt ende", "AMAZON.StopIntent")]
    [TestCase("schalt das quiz aus", "AMAZON.StopIntent")]
    [TestCase("i mog nimmer", "AMAZON.StopIntent")]
    [TestCase("verlass den skill", "AMAZON.StopIntent")]
    [TestCase("hai gata stopp", "AMAZON.StopIntent")]
    [TestCase("wir lernen den staat sonora welche stadt ist da die hauptstadt", "CapitalIntent")]
    [TestCase("in der spanisch ag lernen wir den staat jalisco welche stadt ist da die hauptstadt", "CapitalIntent")]
    [TestCase("stopp das radio ist zu laut", "AMAZON.StopIntent")]
    [TestCase("abeg forget am", "AMAZON.CancelIntent")]
    [TestCase("lass man stecken", "AMAZON.CancelIntent")]
    [TestCase("vergessen sie die frage", "AMAZON.CancelIntent")]
    [TestCase("geh lass es", "AMAZON.CancelIntent")]
    [TestCase("abbrechen der fernseher läuft", "AMAZON.CancelIntent")]
    [TestCase("was kann isch do mache", "AMAZON.HelpIntent")]
    [TestCase("was sind deine funktionen", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("slukhay starte hauptstädte der welt")]
    [TestCase("starte hauptstädte der welt ich hab morgen referat")]
    [TestCase("öffne hauptstädte der welt wir haben quizabend")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("was ist die hauptstadt von mannheim")]
    [TestCase("was ist die hauptstadt von kamelot")]
    [TestCase("was ist die hauptstadt der nordsee")]
    [TestCase("wie tief ist die nordsee")]
    [TestCase("wer regiert bayern")]
    [TestCase("hat mein verein eine eigene hymne")]
    [TestCase("gibt es einen bäcker in der nähe")]
    [TestCase("schalte das radio aus")]
    [TestCase("was sind die funktionen der leber")]
    [TestCase("wir haben quizabend")]
    [TestCase("der fernseher ist kaputt")]
    [TestCase("das radio ist zu laut")]
    [TestCase("im spanischkurs lernen wir vokabeln")]
    [TestCase("was ist der plural von haus")]
    [TestCase("welche farbe hat das")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
