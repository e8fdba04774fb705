using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 50 tuning (README section *Round 50 tuning for German (session 54)*), each
/// tried on sentences of our own rather than the corpus lines: Ripuarian (Kölsch, Öcher Platt) "vaan" for "von" and "hör
/// op", "loss et sin", "vergess et"; greetings, thanks and "and now" of speakers of Kazakh, Nepali, Bulgarian, Finnish,
/// Mongolian and Peruvian Spanish as fillers, their words for help, enough and cancel as cues; the purpose of a
/// naturalisation or language course ("für meinen einbürgerungstest"); "und wie heißen sie" after a plural question,
/// "welche sind die beiden hauptstädte"; the reverse question with "aber von welchem land";
/// help ("welche fragen versteht das spiel", "wie geht das mit zwei hauptstädten", "ich check das nicht", Low German
/// "ik bruuk hülp", "des spü"), people of the workshop and the fire brigade as skill words and reason openers
/// ("stopp der ausbilder kommt"), a reason said before the stop ("das baby schläft stopp": German reason closers),
/// false alarm and "aus versehen" as cancel; with out-of-domain neighbours that must still fall back.</summary>
public class GermanRoundFiftyRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("alexa sag ens wat es de hauptstadt vaan portugal", "PT")]
    [TestCase("alexa wie heescht de hauptstadt vaan schweden", "SE")]
    [TestCase("alexa jaksy welche hauptstadt hat polen", "PL")]
    [TestCase("alexa zhaksy bolsyn was ist die hauptstadt von japan", "JP")]
    [TestCase("alexa dhanyawad und die hauptstadt von indien", "IN")]
    [TestCase("alexa a sega italien", "IT")]
    [TestCase("alexa blagodarya und was ist die hauptstadt von rumänien", "RO")]
    [TestCase("alexa oye causa die hauptstadt von chile", "CL")]
    [TestCase("alexa sain baina uu welche hauptstadt hat laos", "LA")]
    [TestCase("alexa für meinen einbürgerungstest brauche ich die hauptstadt von bayern", "DE-BY")]
    [TestCase("alexa für den integrationskurs was ist die hauptstadt von sachsen", "DE-SN")]
    [TestCase("alexa ich will noch schnell die hauptstadt von kanada wissen", "CA")]
    [TestCase("alexa was sind die hauptstädte von südafrika und wie heißen sie", "ZA")]
    [TestCase("alexa südafrika hat drei hauptstädte wie heißen die", "ZA")]
    [TestCase("alexa welche sind die beiden hauptstädte von bolivien", "BO")]
    [TestCase("alexa was sind die hauptstädte von bolivien wie heißen die", "BO")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa bratislava ist doch eine hauptstadt aber von welchem land", "bratislava")]
    [TestCase("alexa tallinn ist ne hauptstadt aber von welchem land", "tallinn")]
    public void A_reverse_question_with_aber_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("alexa welche fragen versteht das spiel", "AMAZON.HelpIntent")]
    [TestCase("alexa was für fragen versteht der skill", "AMAZON.HelpIntent")]
    [TestCase("alexa wie geht das mit zwei hauptstädten", "AMAZON.HelpIntent")]
    [TestCase("alexa ich check das nicht hilfe", "AMAZON.HelpIntent")]
    [TestCase("alexa i kapier des ned", "AMAZON.HelpIntent")]
    [TestCase("alexa helf mer mol", "AMAZON.HelpIntent")]
    [TestCase("alexa ik bruuk hülp", "AMAZON.HelpIntent")]
    [TestCase("alexa sare mal wie geht des spü", "AMAZON.HelpIntent")]
    [TestCase("alexa für die praktikantin bitte einmal die hilfe", "AMAZON.HelpIntent")]
    [TestCase("alexa der gast braucht hilfe mit dem quiz", "AMAZON.HelpIntent")]
    [TestCase("alexa kömek kerek", "AMAZON.HelpIntent")]
    [TestCase("alexa auta minua", "AMAZON.HelpIntent")]
    [TestCase("alexa pomogni hilfe", "AMAZON.HelpIntent")]
    [TestCase("alexa hör ens op", "AMAZON.StopIntent")]
    [TestCase("alexa et es jenoch", "AMAZON.StopIntent")]
    [TestCase("alexa lopeta", "AMAZON.StopIntent")]
    [TestCase("alexa jetedi stopp", "AMAZON.StopIntent")]
    [TestCase("alexa bhayo bhayo stopp", "AMAZON.StopIntent")]
    [TestCase("alexa beqa", "AMAZON.StopIntent")]
    [TestCase("alexa stiga", "AMAZON.StopIntent")]
    [TestCase("alexa stopp der ausbilder kommt", "AMAZON.StopIntent")]
    [TestCase("alexa beenden die klausur fängt gleich an", "AMAZON.StopIntent")]
    [TestCase("alexa das baby schläft stopp", "AMAZON.StopIntent")]
    [TestCase("alexa die übung geht los stopp", "AMAZON.StopIntent")]
    [TestCase("alexa der melder piept stopp", "AMAZON.StopIntent")]
    [TestCase("alexa loss et jut sin", "AMAZON.CancelIntent")]
    [TestCase("alexa lass bleibe", "AMAZON.CancelIntent")]
    [TestCase("alexa vergess et", "AMAZON.CancelIntent")]
    [TestCase("alexa fehlalarm abbrechen", "AMAZON.CancelIntent")]
    [TestCase("alexa das war aus versehen", "AMAZON.CancelIntent")]
    [TestCase("alexa abbrechen sofort", "AMAZON.CancelIntent")]
    [TestCase("alexa zabravi", "AMAZON.CancelIntent")]
    [TestCase("alexa peruuta", "AMAZON.CancelIntent")]
    [TestCase("alexa tewu abbrechen", "AMAZON.CancelIntent")]
    [TestCase("alexa bolij abbrechen", "AMAZON.CancelIntent")]
    public void A_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa hör op mit der musik")]
    [TestCase("alexa der kunde braucht hilfe beim bezahlen")]
    [TestCase("alexa welche fragen kommen in der prüfung")]
    [TestCase("alexa wie wird das wetter morgen")]
    [TestCase("alexa fehlalarm beim rauchmelder")]
    [TestCase("alexa das baby schläft mach das licht aus")]
    [TestCase("alexa die kleine schläft spiel ein schlaflied")]
    [TestCase("alexa wann kommt der bus")]
    [TestCase("alexa sofort das licht aus")]
    [TestCase("alexa für meine einbürgerung brauche ich einen termin")]
    [TestCase("alexa wie heißen die sieben zwerge")]
    [TestCase("alexa lopeta musiikki")]
    [TestCase("alexa der meister kommt gleich")]
    [TestCase("alexa vergess et nit die milch zu kaufen")]
    [TestCase("alexa wie funktioniert das mit mehreren timern")]
    [TestCase("alexa die sirene heult")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
