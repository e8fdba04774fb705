using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 40's tuning half (interactionModel/README.md, *Round 40 tuning for Spanish
/// (session 43)*), each tried on sentences of our own rather than the corpus lines: the spelled names of letters in a
/// game of basta ("con la pe", "con la ce"); "jaja"; "de deberes"; "de ese lado" after a place said before; "y la capital
/// cómo era / cuál es" after a place; "el congo de brazzaville"; help "qué puedo decirte", "qué preguntas
/// puedo hacerte", "instrucciones de capitales del mundo", "qué tengo que decirte para que me digas una capital"; stop
/// "para ya de hablar"; cancel "me he equivocado olvídalo", "no quiero nada olvídalo"; Tatooine, Pandora, Lapland,
/// Chicagoland, the vaquita marina, La Villita, El Dorado, the yemas, La Chinesca, La Laguna and the Río Grande as
/// not-places; and the neighbours that must still fall back.</summary>
public class SpanishRoundFortyRuleTests
{
    [TestCase("es-MX", "para el basta capital con la pe de panamá", "PA")]
    [TestCase("es-MX", "para el basta capital con la ce de chile", "CL")]
    [TestCase("es-ES", "capital con la ge de grecia", "GR")]
    [TestCase("es-US", "jaja cuál es la capital de kenia", "KE")]
    [TestCase("es-ES", "mi hijo tiene la capital de polonia de deberes", "PL")]
    [TestCase("es-MX", "mi primo maneja un tráiler a honduras cuál es la capital de ese lado", "HN")]
    [TestCase("es-MX", "mi amigo vive en nicaragua cuál es la capital de ese lado", "NI")]
    [TestCase("es-ES", "mi abuela vivió en chile y la capital cómo era", "CL")]
    [TestCase("es-MX", "mi hermano se fue de viaje a ecuador y la capital cuál es", "EC")]
    [TestCase("es-ES", "la capital del congo de brazzaville", "CG")]
    public void A_round_forty_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-ES", "qué puedo decirte", "AMAZON.HelpIntent")]
    [TestCase("es-US", "qué preguntas puedo hacerte", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "instrucciones de capitales del mundo", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "qué tengo que decirte para que me digas una capital", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "oye para ya de hablar", "AMAZON.StopIntent")]
    [TestCase("es-ES", "deja ya de hablar", "AMAZON.StopIntent")]
    [TestCase("es-ES", "me he equivocado olvídalo", "AMAZON.CancelIntent")]
    [TestCase("es-US", "no quiero nada olvídalo", "AMAZON.CancelIntent")]
    public void A_round_forty_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-US", "la capital de tatooine")]
    [TestCase("es-US", "cuál es la capital de pandora")]
    [TestCase("es-ES", "la capital de laponia")]
    [TestCase("es-US", "la capital de chicagoland")]
    [TestCase("es-MX", "la capital de la vaquita marina")]
    [TestCase("es-MX", "cuál es la capital de la villita")]
    [TestCase("es-US", "la capital de el dorado")]
    [TestCase("es-ES", "la capital de las yemas")]
    [TestCase("es-MX", "cuál es la capital de la chinesca")]
    [TestCase("es-MX", "la capital de la laguna")]
    [TestCase("es-US", "la capital del río grande")]
    [TestCase("es-ES", "dime una palabra con la te")]
    [TestCase("es-US", "jaja")]
    [TestCase("es-ES", "tengo deberes de matemáticas")]
    [TestCase("es-ES", "y la capital cuál es")]
    [TestCase("es-ES", "qué preguntas puedo hacerte sobre fútbol")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [TestCase("es-ES", "la capital de la república democrática del congo", "CD")]
    [TestCase("es-ES", "cuál es la capital de la república del congo", "CG")]
    [TestCase("es-US", "cuál es la capital de el salvador", "SV")]
    public void A_nearby_real_place_still_reads(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);
}
