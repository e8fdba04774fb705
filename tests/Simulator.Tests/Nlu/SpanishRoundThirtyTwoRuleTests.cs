using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 32's tuning half (/work/s33/sections/tune-es.md, *Round 32 tuning for Spanish
/// (session 33)*), each tried on sentences of our own rather than the corpus lines: Basque Spanish interjections and
/// vocatives ("ene", "uep", "aupa", "motel"), Mexican "joven", "sale", "señor", "caballero" and the Spanish "anda", "ostras";
/// "me toca / nos toca" before the question and a scene said after "a" ("llamé a la radio y me tocó ..."); the lead "me puse
/// a pensar en"; a place said first and then "cuáles son las capitales / sus capitales"; "qué hace esto" as a request for
/// help, "cállate un rato" as stop; "para mi tarea", "para estudiar" and "joven" around the invocation name; dishes, music,
/// games, Balearic islands and continents as not-places ("la capital de los tamales", "la capital de menorca", "la capital
/// de áfrica"); and the neighbours that must still fall back.</summary>
public class SpanishRoundThirtyTwoRuleTests
{
    [TestCase("es-ES", "mi hermano llamó a la radio y le tocó la capital de kenia", "KE", Description = "a scene after the setting opener 'a'")]
    [TestCase("es-ES", "llamé a la radio y me tocó la capital de perú", "PE", Description = "a scene after the setting opener 'a'")]
    [TestCase("es-US", "esperando el autobús me puse a pensar en la capital de ohio", "US-OH", Description = "the lead 'me puse a pensar en'")]
    [TestCase("es-ES", "en la ducha me pongo a pensar en la capital de bután", "BT", Description = "the lead 'me pongo a pensar en'")]
    [TestCase("es-ES", "ene y la de letonia", "LV", Description = "the Basque Spanish 'ene'")]
    [TestCase("es-ES", "uep cuál es la capital de francia", "FR", Description = "the greeting 'uep'")]
    [TestCase("es-ES", "aupa la capital de noruega", "NO", Description = "the greeting 'aupa'")]
    [TestCase("es-MX", "joven y la de bolivia", "BO", Description = "the vocative 'joven'")]
    [TestCase("es-MX", "señor cuál es la capital de chile", "CL", Description = "the vocative 'señor'")]
    [TestCase("es-MX", "y la de ecuador caballero", "EC", Description = "the vocative 'caballero'")]
    [TestCase("es-MX", "sale cuál es la capital de honduras", "HN", Description = "the Mexican 'sale'")]
    [TestCase("es-ES", "anda dime la capital de suecia", "SE", Description = "the Spanish 'anda'")]
    [TestCase("es-ES", "ostras cuál era la capital de australia", "AU", Description = "the Spanish 'ostras'")]
    [TestCase("es-MX", "bolivia cuáles son las capitales", "BO", Description = "a place, then 'cuáles son las capitales'")]
    [TestCase("es-US", "sudáfrica cuáles son sus capitales", "ZA", Description = "a place, then 'sus capitales'")]
    public void A_round_thirty_two_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-ES", "cancela motel", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "ene para ya", "AMAZON.StopIntent")]
    [TestCase("es-MX", "sale pues ya me voy", "AMAZON.StopIntent")]
    [TestCase("es-MX", "sale gracias adiós", "AMAZON.StopIntent")]
    [TestCase("es-ES", "calla un rato anda", "AMAZON.StopIntent")]
    [TestCase("es-MX", "cállate un ratito", "AMAZON.StopIntent")]
    [TestCase("es-MX", "qué hace esto compa", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "qué hace este aparato", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "y esto qué hace", "AMAZON.HelpIntent")]
    public void A_round_thirty_two_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-MX", "abre capitales del mundo para mi tarea")]
    [TestCase("es-ES", "inicia capitales del mundo para estudiar")]
    [TestCase("es-MX", "pon capitales del mundo joven")]
    public void The_name_with_a_purpose_or_a_vocative_opens_the_skill(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-ES", "busca un motel barato")]
    [TestCase("es-MX", "reserva un motel en cancún")]
    [TestCase("es-ES", "qué hace esto en mi casa")]
    [TestCase("es-ES", "qué hace tu hermano")]
    [TestCase("es-ES", "cuándo sale el tren a madrid")]
    [TestCase("es-ES", "anda pon música")]
    [TestCase("es-ES", "pon música para estudiar")]
    [TestCase("es-ES", "pon música a todo volumen")]
    [TestCase("es-ES", "pon la radio a las siete")]
    [TestCase("es-ES", "me puse a pensar en el clima de la capital de perú")]
    [TestCase("es-MX", "cuál es la capital de los tamales")]
    [TestCase("es-MX", "cuál es la capital del mezcal")]
    [TestCase("es-ES", "cuál es la capital de menorca")]
    [TestCase("es-ES", "cuál es la capital del ajedrez")]
    [TestCase("es-ES", "cuál es la capital de la paella")]
    [TestCase("es-ES", "cuál es la capital de áfrica")]
    [TestCase("es-ES", "cuáles son las capitales de europa")]
    [TestCase("es-ES", "qué capitales tiene el mundo")]
    [TestCase("es-ES", "cuáles son los pecados capitales")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [TestCase("es-ES", "cuál es la capital de sudáfrica", "ZA")]
    [TestCase("es-US", "cuál es la capital de estados unidos de américa", "US")]
    [TestCase("es-ES", "cuál es la capital de la república centroafricana", "CF")]
    public void A_nearby_real_place_still_reads(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);
}
