using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 53 tuning (README section *Round 53 tuning for German (session 60)*), each
/// tried on sentences of our own rather than the corpus lines: the Portuguese question repaired with "ich meine
/// hauptstadt", the filler "und zwar", French "les capitales de (la)", "die hauptstadt vom bundesstaat" after a scene that
/// names the state, "welches land regiert von ... aus"; help said as not knowing how to use the skill ("wie bediene ich
/// dich", "wie man dich benutzt", "wie ich dich bedienen soll", "ich steh auf dem schlauch"), asking what one may ask
/// ("was darf man dich fragen", "was genau kannst du"), "beispielfragen", "nicht weiter mit den hauptstädten" and Nigerian
/// Pidgin "how you fit help"; stop as "abpfiff" / "schlusspfiff", "das reicht mit den hauptstädten", after "du nervst";
/// cancel as "frage löschen", "nicht diese frage", "ich brauche nichts", after Korean "aniyo" and Hungarian "nem nem",
/// a short reason "zu schwierig" / "zu langweilig" after a cancel or a stop, Hungarian "jaj" before a stop; launches
/// with "weck ... auf", "ich hätte gerne", "es ist pause"; with out-of-domain neighbours (new not-places: the sea, the
/// Habsburgs, a German district, Sichuan, Rhenish Hesse, Altona; waking, a coffee, a washing machine, a referee's
/// whistle, a garden hose) that must still fall back.</summary>
public class GermanRoundFiftyThreeRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("alexa qual é a capital de chile ich meine hauptstadt", "CL")]
    [TestCase("alexa und zwar die hauptstadt von peru", "PE")]
    [TestCase("alexa les capitales de südafrika", "ZA")]
    [TestCase("alexa mein onkel wohnt in ohio was ist die hauptstadt vom bundesstaat", "US-OH")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa welches land regiert von quito aus", "quito")]
    public void A_reverse_question_reads_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("alexa wie bediene ich dich", "AMAZON.HelpIntent")]
    [TestCase("alexa erklär mir wie man dich benutzt", "AMAZON.HelpIntent")]
    [TestCase("alexa was darf man dich fragen", "AMAZON.HelpIntent")]
    [TestCase("alexa ich stehe auf dem schlauch", "AMAZON.HelpIntent")]
    [TestCase("alexa gib mir ein paar beispielfragen", "AMAZON.HelpIntent")]
    [TestCase("alexa was genau kannst du", "AMAZON.HelpIntent")]
    [TestCase("alexa abeg how you fit help me", "AMAZON.HelpIntent")]
    [TestCase("alexa ich komme nicht weiter mit den hauptstädten", "AMAZON.HelpIntent")]
    [TestCase("alexa sag mir wie ich dich bedienen soll", "AMAZON.HelpIntent")]
    [TestCase("alexa schlusspfiff", "AMAZON.StopIntent")]
    [TestCase("alexa abpfiff für heute", "AMAZON.StopIntent")]
    [TestCase("alexa das reicht mit den hauptstädten", "AMAZON.StopIntent")]
    [TestCase("alexa du nervst mich hör auf", "AMAZON.StopIntent")]
    [TestCase("alexa stopp zu langweilig", "AMAZON.StopIntent")]
    [TestCase("alexa jaj aufhören", "AMAZON.StopIntent")]
    [TestCase("alexa abbrechen zu schwierig", "AMAZON.CancelIntent")]
    [TestCase("alexa die frage löschen", "AMAZON.CancelIntent")]
    [TestCase("alexa nicht diese frage", "AMAZON.CancelIntent")]
    [TestCase("alexa nein danke ich brauche nichts", "AMAZON.CancelIntent")]
    [TestCase("alexa aniyo vergiss es", "AMAZON.CancelIntent")]
    [TestCase("alexa nem nem vergiss es", "AMAZON.CancelIntent")]
    public void A_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa weck hauptstädte der welt auf")]
    [TestCase("alexa ich hätte gerne hauptstädte der welt")]
    [TestCase("alexa hauptstädte der welt starten es ist pause")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa wecke mich um sieben")]
    [TestCase("alexa ich hätte gern einen kaffee")]
    [TestCase("alexa wie benutze ich die waschmaschine")]
    [TestCase("alexa was darf ich heute essen")]
    [TestCase("alexa beispielfragen für die führerscheinprüfung")]
    [TestCase("alexa ich brauch nichts mehr aus dem supermarkt")]
    [TestCase("alexa wann ist abpfiff")]
    [TestCase("alexa der gartenschlauch ist kaputt")]
    [TestCase("alexa das ist zu teuer")]
    [TestCase("alexa du nervst")]
    [TestCase("alexa wie heißt die hauptstadt vom landkreis cochem")]
    [TestCase("alexa welche hauptstadt hat das meer")]
    [TestCase("alexa wie hieß die hauptstadt der habsburger monarchie")]
    [TestCase("alexa die hauptstadt von rheinhessen")]
    [TestCase("alexa ich will nach paris und zwar morgen")]
    [TestCase("alexa das essen ist gleich fertig")]
    [TestCase("alexa was ist die hauptstadt von sichuan")]
    [TestCase("alexa die hauptstadt von altona bitte")]
    [TestCase("alexa wie ich das rezept benutzen soll")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
