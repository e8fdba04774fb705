using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 34 tuning (README section *Round 34 tuning for German (session 35)*), each
/// tried on sentences of our own rather than the corpus lines: the Namibian "ja nee man", "ja man"; the Berlin "kiek
/// ma", the closing tags "wa", "ne", "nä", "lass det sein", "wat ick wollte is egal"; the Ruhr "kuck ma"; the Austrian "geh bitte", "tua ma",
/// "griaß gott" before a launch, the repair "naa"; the Hessian "heißt n", "hoißt", "bidde", "genuch", "des wääß isch
/// doch"; Filipino "ay naku", Polish "no to", "dziekuje", "koniec"; "lowkey keine ahnung"; "leise", "endlich", "fällt
/// mir ein"; the repairs "falsch gesagt", "nee nee"; the learner's "sagen die hauptstadt für", "der hauptstadt in";
/// "hat auch zwei hauptstädte"; the child's "wo der könig von X wohnt also die hauptstadt"; the place said in a clause
/// and referred to by "welche hauptstadt hat der bundesstaat", "ob ich die hauptstadt kenne", "brauch ich (noch) die
/// hauptstadt"; the grandchild ("mein enkel fragt", "hat das eingerichtet", "für meinen enkel"); the reverse tails "in
/// afrika", "welches inselstaates"; cancel ("nee lass mal", "ach nö abbrechen", "ist egal", "vergiss es lieber",
/// "nicht mehr wichtig", "vergiss die hauptstadt", "war nur so ne frage"), help ("was für sachen kannst du", "wie des
/// geht", "ich kapier das nicht"), stop ("ich bin müde", "koniec"); with out-of-domain neighbours that must still fall
/// back (cantons, Rhine regions, Wallonia, places of fiction).</summary>
// Dropped: "vergiss die hauptstadt von peru nicht" was meant as a fallback neighbour of the cancel "vergiss die
// hauptstadt", but `capitals eval` reads it as the question (Peru), which is a fair reading.
public class GermanRoundThirtyFourRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("ja nee man was ist die hauptstadt von namibia", "NA", Description = "Namibian 'ja nee man'")]
    [TestCase("kiek ma wat is die hauptstadt von polen wa", "PL", Description = "Berlin 'kiek ma', the tag 'wa'")]
    [TestCase("kuck mal alexa die hauptstadt von kenia", "KE", Description = "'kuck mal'")]
    [TestCase("sag mir die hauptstadt von polen ne", "PL", Description = "the closing tag 'ne' (sentenceEndings)")]
    [TestCase("wat is die hauptstadt von ungarn nä", "HU", Description = "the closing tag 'nä' (sentenceEndings)")]
    [TestCase("geh bitte sag mir die hauptstadt von ungarn", "HU", Description = "Austrian 'geh bitte'")]
    [TestCase("lowkey keine ahnung hauptstadt von peru", "PE", Description = "'keine ahnung' before a terse question")]
    [TestCase("ay naku alexa die hauptstadt von den philippinen", "PH", Description = "Filipino 'ay naku'")]
    [TestCase("no to alexa die hauptstadt von litauen", "LT", Description = "Polish 'no to'")]
    [TestCase("beim kochen fällt mir ein die hauptstadt von laos", "LA", Description = "'fällt mir ein'")]
    [TestCase("mir fällt ein was ist die hauptstadt von tschad", "TD", Description = "'mir fällt ein'")]
    [TestCase("endlich ruhe alexa die hauptstadt von jemen", "YE", Description = "'endlich'")]
    [TestCase("wie hoißt die hauptstadt von irland", "IE", Description = "Swabian 'hoißt'")]
    [TestCase("wie heißt n die hauptstadt von kuba des wääß isch doch", "CU", Description = "Hessian 'heißt n', 'des wääß isch doch'")]
    [TestCase("die hauptstadt von schweden das weiß ich doch", "SE", Description = "the tag 'das weiß ich doch'")]
    [TestCase("die hauptstadt vo österreich naa vo ungarn", "HU", Description = "Austrian repair 'naa'")]
    [TestCase("hauptstadt von niger falsch gesagt nigeria", "NG", Description = "repair 'falsch gesagt'")]
    [TestCase("die hauptstadt von peru äh nee nee chile", "CL", Description = "repair 'nee nee'")]
    [TestCase("bitte sagen die hauptstadt für ghana", "GH", Description = "learner 'sagen die hauptstadt für'")]
    [TestCase("was ist der hauptstadt in polen", "PL", Description = "learner 'der hauptstadt in'")]
    [TestCase("wie heißt der hauptstadt von kanada", "CA", Description = "learner 'heißt der hauptstadt von'")]
    [TestCase("bolivien hat auch zwei hauptstädte wie heißen die", "BO", Description = "'hat auch zwei hauptstädte'")]
    [TestCase("weißt du wo der könig von norwegen wohnt also die hauptstadt", "NO", Description = "the child's 'wo der könig von X wohnt'")]
    [TestCase("meine kollegin kommt aus ohio welche hauptstadt hat der bundesstaat", "US-OH", Description = "'welche hauptstadt hat der bundesstaat'")]
    [TestCase("der tourist kommt aus kenia und fragt ob ich die hauptstadt kenne", "KE", Description = "'ob ich die hauptstadt kenne'")]
    [TestCase("für die reise nach chile brauche ich noch die hauptstadt", "CL", Description = "'brauche ich noch die hauptstadt'")]
    [TestCase("mein enkel fragt die hauptstadt von japan", "JP", Description = "'mein enkel fragt'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("windhoek ist die hauptstadt von welchem land in afrika", "windhoek")]
    [TestCase("suva ist die hauptstadt welches inselstaates", "suva")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("ja nee man lass mal stecken", "AMAZON.CancelIntent")]
    [TestCase("nee lass mal das war nix", "AMAZON.CancelIntent")]
    [TestCase("ach nö abbrechen", "AMAZON.CancelIntent")]
    [TestCase("ick wollte wat fragen is egal", "AMAZON.CancelIntent")]
    [TestCase("vergiss es lieber alexa", "AMAZON.CancelIntent")]
    [TestCase("lass det sein alexa", "AMAZON.CancelIntent")]
    [TestCase("nein nicht mehr wichtig danke", "AMAZON.CancelIntent")]
    [TestCase("ist nicht mehr wichtig", "AMAZON.CancelIntent")]
    [TestCase("vergiss die hauptstadt alexa", "AMAZON.CancelIntent")]
    [TestCase("war nur so ne frage vergiss es", "AMAZON.CancelIntent")]
    [TestCase("geh bitte lass es bleiben", "AMAZON.CancelIntent")]
    [TestCase("was für sachen kannst du denn", "AMAZON.HelpIntent")]
    [TestCase("erklär mir wie des geht", "AMAZON.HelpIntent")]
    [TestCase("ich kapier das nicht hilfe", "AMAZON.HelpIntent")]
    [TestCase("mein enkel hat das eingerichtet was kann ich sagen", "AMAZON.HelpIntent")]
    [TestCase("ay naku hilfe", "AMAZON.HelpIntent")]
    [TestCase("koniec alexa", "AMAZON.StopIntent")]
    [TestCase("ich bin müde alexa schluss", "AMAZON.StopIntent")]
    [TestCase("ich bin müde", "AMAZON.StopIntent")]
    [TestCase("mach aus des is genuch", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("ja nee man starte hauptstädte der welt")]
    [TestCase("griaß gott alexa tu mal hauptstädte der welt starten")]
    [TestCase("alexa öffne hauptstädte der welt bidde")]
    [TestCase("starte hauptstädte der welt für meinen enkel")]
    [TestCase("mach hauptstädte der welt auf wa")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("was ist die hauptstadt vom kanton zürich")]
    [TestCase("hauptstadt vom oberrhein")]
    [TestCase("was ist die hauptstadt von wallonien")]
    [TestCase("was ist die hauptstadt von narnia")]
    [TestCase("die hauptstadt von entenhausen")]
    [TestCase("welche hauptstadt hat das land der liebe")]
    [TestCase("nee lass mal das licht an")]
    [TestCase("keine ahnung")]
    [TestCase("kiek ma")]
    [TestCase("leise bitte die musik")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
