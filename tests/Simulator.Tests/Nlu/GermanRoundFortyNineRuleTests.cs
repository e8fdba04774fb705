using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 49 tuning (README section *Round 49 tuning for German (session 52)*), each
/// tried on sentences of our own rather than the corpus lines: fillers of speakers of other languages ("walaal",
/// "waryaa", "mbote", "dada", "accha", "yofi", "sababa", "achi", "pana", "asere", "jan", "hopp", "sälü"), the
/// contractions "d'hauptstadt" and "funktioniert'n", the government seat asked with "ist" ("in welcher stadt ist die
/// regierung von"), the variants "wieda" and "zwoa", a child giving its age ("ich bin sieben und"); help ("was für fragen gehen hier", "welche länder kennst du",
/// "kennst du auch bundesstaaten", "kann ich auch nach bundesländern fragen", "hilfe langsam", "ayúdame", "aide-moi"),
/// stop ("arrête", "ça suffit", "es isch gnueg") with reasons ("stopp die nudeln sind fertig"), cancel ("annule",
/// "laisse tomber", "vergiss es wieda") with reasons ("abbrechen der fahrgast steigt aus"), launch wording (the verb
/// "spui", "beim kochen", "in der pause", "für die gäste"); with out-of-domain neighbours that must still fall back
/// (the same words about another topic).</summary>
public class GermanRoundFortyNineRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("alexa walaal sag mir die hauptstadt von kenia", "KE", Description = "filler 'walaal'")]
    [TestCase("alexa mbote was ist die hauptstadt von gabun", "GA", Description = "filler 'mbote'")]
    [TestCase("alexa dada bolo na die hauptstadt von indien", "IN", Description = "filler 'dada bolo na'")]
    [TestCase("alexa sababa was ist die hauptstadt von ägypten", "EG", Description = "filler 'sababa'")]
    [TestCase("alexa oye pana die hauptstadt von mexiko", "MX", Description = "filler 'oye pana'")]
    [TestCase("alexa sog mir d'hauptstadt vo frankreich", "FR", Description = "join \"d'hauptstadt\"")]
    [TestCase("alexa in welcher stadt ist die regierung von texas", "US-TX", Description = "join 'ist die regierung'")]
    [TestCase("alexa wo befindet sich die regierung von bayern", "DE-BY", Description = "join 'befindet sich die regierung'")]
    [TestCase("alexa was sind die zwoa hauptstädte von bolivien", "BO", Description = "variant 'zwoa'")]
    [TestCase("alexa ich bin sieben und will die hauptstadt von peru wissen", "PE", Description = "filler 'ich bin sieben und'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa wie geht'n das hier", "AMAZON.HelpIntent")]
    [TestCase("alexa welche fragen gehen hier", "AMAZON.HelpIntent")]
    [TestCase("alexa welche länder kann ich fragen", "AMAZON.HelpIntent")]
    [TestCase("alexa kennst du auch bundesstaaten", "AMAZON.HelpIntent")]
    [TestCase("alexa kann ich auch nach bundesländern fragen", "AMAZON.HelpIntent")]
    [TestCase("alexa erklär mir das langsam", "AMAZON.HelpIntent")]
    [TestCase("alexa waryaa ich brauche hilfe", "AMAZON.HelpIntent")]
    [TestCase("alexa ayudame", "AMAZON.HelpIntent")]
    [TestCase("alexa aide-moi", "AMAZON.HelpIntent")]
    [TestCase("alexa achi ich verstehe das nicht", "AMAZON.HelpIntent")]
    [TestCase("alexa ich bin neun und weiß nicht was ich sagen soll", "AMAZON.HelpIntent")]
    [TestCase("alexa wie funktioniert dieser skill", "AMAZON.HelpIntent")]
    [TestCase("alexa arrête", "AMAZON.StopIntent")]
    [TestCase("alexa ça suffit", "AMAZON.StopIntent")]
    [TestCase("alexa es isch gnueg", "AMAZON.StopIntent")]
    [TestCase("alexa hopp stopp", "AMAZON.StopIntent")]
    [TestCase("alexa walaal stopp", "AMAZON.StopIntent")]
    [TestCase("alexa stopp die nudeln sind fertig", "AMAZON.StopIntent")]
    [TestCase("alexa stopp das boarding beginnt gleich", "AMAZON.StopIntent")]
    [TestCase("alexa annule", "AMAZON.CancelIntent")]
    [TestCase("alexa laisse tomber", "AMAZON.CancelIntent")]
    [TestCase("alexa vergiss es wieda", "AMAZON.CancelIntent")]
    [TestCase("alexa dada abbrechen", "AMAZON.CancelIntent")]
    [TestCase("alexa abbrechen der patient klingelt", "AMAZON.CancelIntent")]
    public void A_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa spui hauptstädte der welt")]
    [TestCase("alexa mbote starte hauptstädte der welt")]
    [TestCase("alexa beim kochen hauptstädte der welt starten")]
    [TestCase("alexa in der pause hauptstädte der welt öffnen")]
    [TestCase("alexa für die gäste hauptstädte der welt starten")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa walaal spiel musik")]
    [TestCase("alexa arrête la musique")]
    [TestCase("alexa annule mon rendez-vous")]
    [TestCase("alexa welche länder liegen am meer")]
    [TestCase("alexa wer ist die regierung von frankreich")]
    [TestCase("alexa beim kochen einen timer stellen")]
    [TestCase("alexa spui musik")]
    [TestCase("alexa was für fragen kommen in der prüfung")]
    [TestCase("alexa ich bin acht jahre alt")]
    [TestCase("alexa wie funktioniert dieser staubsauger")]
    [TestCase("alexa welche regierung hat frankreich")]
    [TestCase("alexa kennst du auch witze")]
    [TestCase("alexa welche länder hast du schon besucht")]
    [TestCase("alexa welche länder kennst du in afrika")]
    [TestCase("alexa ça va")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
