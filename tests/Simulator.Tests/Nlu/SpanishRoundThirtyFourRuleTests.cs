using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 34's tuning half (/work/s35/sections/tune-es.md, *Round 34 tuning for Spanish
/// (session 35)*), each tried on sentences of our own rather than the corpus lines: the vocatives "mi reina", "mi rey",
/// "mi vida", "mi cielo"; a repair "no" followed by a filler or a vocative ("no este", "no chamo", "no vale", "no mija");
/// "corea la del sur" and the other "X la del norte / del sur"; "georgia el estado" after a lead; "no sabía la capital"
/// after a place said first; the lead "hay una pregunta de"; the scene "sin nada que hacer"; the tail "y mi padre dice
/// otra"; "la parte holandesa / el lado holandés"; the misheard "seichelles" and "addis abeba"; help "cómo funciona esta
/// vaina", "qué puedo preguntarle a las capitales"; launch with "que queremos jugar", "mija", "aquí"; islands, sports
/// teams, sports, regions, neighbourhoods and tapas as not-places; and the neighbours that must still fall back.</summary>
public class SpanishRoundThirtyFourRuleTests
{
    [TestCase("es-ES", "dime la capital de las seichelles", "SC", Description = "the misheard 'seichelles'")]
    [TestCase("es-MX", "la capital de chile no este de perú", "PE", Description = "a repair 'no este'")]
    [TestCase("es-US", "la capital de venezuela no chamo de colombia", "CO", Description = "a repair 'no chamo'")]
    [TestCase("es-ES", "la capital de francia no vale de bélgica", "BE", Description = "a repair 'no vale'")]
    [TestCase("es-MX", "la capital de cuba no mija de haití", "HT", Description = "a repair 'no mija'")]
    [TestCase("es-US", "dime la capital de carolina la del sur", "US-SC", Description = "'carolina la del sur'")]
    [TestCase("es-US", "cuál es la capital de dakota la del norte", "US-ND", Description = "'dakota la del norte'")]
    [TestCase("es-ES", "dime la capital de corea la del sur", "KR", Description = "'corea la del sur'")]
    [TestCase("es-US", "en la obra el capataz pregunta la capital de georgia el estado", "US-GA", Description = "'georgia el estado' after a lead")]
    [TestCase("es-ES", "una chica que vino de bolivia no sabía la capital", "BO", Description = "'no sabía la capital' after a place")]
    [TestCase("es-ES", "mi vecino es de chile y no sabe la capital", "CL", Description = "'no sabe la capital' after a place")]
    [TestCase("es-US", "en la escuela de adultos hay una pregunta de la capital de oregón", "US-OR", Description = "the lead 'hay una pregunta de'")]
    [TestCase("es-ES", "en la guardia sin nada que hacer dime la capital de mongolia", "MN", Description = "the scene 'sin nada que hacer'")]
    [TestCase("es-ES", "en el concurso preguntaron la capital de nepal y mi padre dice otra", "NP", Description = "the tail 'y mi padre dice otra'")]
    [TestCase("es-MX", "ay mi reina cuál es la capital de honduras", "HN", Description = "the vocative 'mi reina'")]
    [TestCase("es-MX", "mi rey dime la capital de cuba", "CU", Description = "the vocative 'mi rey'")]
    [TestCase("es-US", "dime la capital de sint maarten el lado holandés", "SX", Description = "'el lado holandés' of a shared island")]
    // "addis abeba es la capital de qué país" reads ET in `capitals eval` but a CityIntent without the country in the unit
    // helper: dropped (the join "addis abeba" -> "adís abeba" is tried by `capitals eval` only).
    public void A_round_thirty_four_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-MX", "olvídalo mi reina", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "cancela mi vida", "AMAZON.CancelIntent")]
    [TestCase("es-US", "cómo funciona esta vaina", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "qué puedo preguntarle a las capitales", "AMAZON.HelpIntent")]
    public void A_round_thirty_four_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-ES", "ponme capitales del mundo que queremos jugar")]
    [TestCase("es-MX", "mija abre capitales del mundo")]
    [TestCase("es-US", "inicia capitales del mundo aquí")]
    public void The_name_with_a_vocative_or_a_wish_to_play_opens_the_skill(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-ES", "cuál es la capital de tenerife")]
    [TestCase("es-US", "cuál es la capital de los yankees")]
    [TestCase("es-US", "dime la capital del medio oeste")]
    [TestCase("es-MX", "cuál es la capital del área metropolitana")]
    [TestCase("es-MX", "dime la capital de la riviera maya")]
    [TestCase("es-US", "cuál es la capital del béisbol")]
    [TestCase("es-ES", "cuál es la capital de melilla")]
    [TestCase("es-ES", "cuál es la capital del bierzo")]
    [TestCase("es-US", "dime la capital del bronx")]
    [TestCase("es-ES", "cuál es la capital de las tapas")]
    [TestCase("es-US", "pon música aquí")]
    [TestCase("es-US", "cómo se arregla esta vaina")]
    [TestCase("es-MX", "mija pon la radio")]
    [TestCase("es-MX", "mi reina pon música")]
    [TestCase("es-ES", "mi vecino no sabe la hora")]
    [TestCase("es-ES", "hay una pregunta de la población de chile")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [TestCase("es-MX", "cuál es la capital de nayarit", "MX-NAY")]
    [TestCase("es-US", "oye dime la capital de carolina del norte", "US-NC")]
    [TestCase("es-US", "la capital de nueva york es manhattan verdad", "US-NY")]
    [TestCase("es-ES", "dime la capital de corea del sur", "KR")]
    public void A_nearby_real_place_still_reads(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);
}
