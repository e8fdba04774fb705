using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 38's tuning half (interactionModel/README.md, *Round 38 tuning for Spanish
/// (session 41)*), each tried on sentences of our own rather than the corpus lines: the Galician question "cal é a capital
/// de ...", "a capital de", "e a de ...", "quere", "verdade", "e non sei"; "no sé la capital" / "no me acuerdo de la
/// capital" after a place said before; the vocative repairs "no mi niña", "no hijo"; the crossword tails "con seis
/// letras"; the fillers "chévere", "zagal", "bitte", "jugamos a capitales"; cancel "no era nada", "no res", "nada
/// olvídalo", "vaya"; help "que me he perdido", "qué sabes hacer aquí", "mi nieto me lo regaló", "cómo preguntar", "isto
/// como funciona", "qué te digo para que me digas capitales"; stop "cala xa", "ya no juego más"; Kanto, Normandy, the
/// Smurfs, planet Mars, the Crown of Aragon and the Dakota Territory as not-places; and the neighbours that must still
/// fall back.</summary>
public class SpanishRoundThirtyEightRuleTests
{
    [TestCase("es-ES", "meu cal é a capital de portugal", "PT", Description = "Galician 'cal é a capital de'")]
    [TestCase("es-ES", "quere saber a capital de chile", "CL", Description = "Galician 'quere saber a capital de'")]
    [TestCase("es-ES", "e a de suecia", "SE", Description = "Galician follow-up 'e a de'")]
    [TestCase("es-ES", "oíches a capital de noruega é oslo verdade", "NO", Description = "'oíches', 'verdade'")]
    [TestCase("es-ES", "a capital de perú e non sei", "PE", Description = "the tail 'e non sei'")]
    [TestCase("es-US", "mi vecino es de polonia y no sé la capital", "PL", Description = "'y no sé la capital'")]
    [TestCase("es-ES", "mi cuñada es de kenia y no me acuerdo de la capital", "KE", Description = "'no me acuerdo de la capital'")]
    [TestCase("es-US", "la capital de dominica no mi niña de república dominicana", "DO", Description = "the repair 'no mi niña'")]
    [TestCase("es-ES", "la capital de níger no hijo de nigeria", "NG", Description = "the repair 'no hijo'")]
    [TestCase("es-ES", "en el crucigrama pone capital de perú con cuatro letras", "PE", Description = "a crossword tail")]
    [TestCase("es-US", "qué chévere cuál es la capital de cuba", "CU", Description = "'qué chévere'")]
    [TestCase("es-ES", "zagal cuál es la capital de grecia", "GR", Description = "the vocative 'zagal'")]
    [TestCase("es-MX", "cuál es la capital de austria bitte", "AT", Description = "German 'bitte'")]
    [TestCase("es-ES", "jugamos a capitales la de hungría", "HU", Description = "'jugamos a capitales'")]
    public void A_round_thirty_eight_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-ES", "déjalo vaya", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "no res déjalo", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "nada olvídalo", "AMAZON.CancelIntent")]
    [TestCase("es-US", "olvídalo no era nada", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "échame una mano que me he perdido", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "ira qué sabes hacer aquí", "AMAZON.HelpIntent")]
    [TestCase("es-US", "mi nieto me lo regaló cómo funciona", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "explícame cómo preguntar", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "isto como funciona", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "qué te digo para que me digas capitales", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "neno cala xa", "AMAZON.StopIntent")]
    [TestCase("es-ES", "ya no juego más adiós", "AMAZON.StopIntent")]
    public void A_round_thirty_eight_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-ES", "cuál es la capital de normandía")]
    [TestCase("es-US", "la capital de kanto en japón")]
    [TestCase("es-MX", "la capital de los pitufos azules")]
    [TestCase("es-ES", "la capital del planeta marte")]
    [TestCase("es-ES", "la capital de la corona de castilla")]
    [TestCase("es-US", "cuál era la capital del territorio de dakota")]
    [TestCase("es-US", "mi hija me lo regaló por mi cumpleaños")]
    [TestCase("es-ES", "me he perdido en el centro")]
    [TestCase("es-ES", "ya no juego al fútbol")]
    [TestCase("es-ES", "no sé la capital")]
    [TestCase("es-ES", "el crucigrama de hoy con seis letras")]
    [TestCase("es-MX", "cómo preguntar por una dirección")]
    [TestCase("es-ES", "la cal de la pared")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [TestCase("es-US", "cuál es la capital de dakota del norte", "US-ND")]
    [TestCase("es-ES", "la capital de francia", "FR")]
    public void A_nearby_real_place_still_reads(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);
}
