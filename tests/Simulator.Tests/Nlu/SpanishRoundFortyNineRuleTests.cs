using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 49's tuning half (session 58's section *Round 49 tuning for Spanish (session
/// 58)*), each tried on sentences of our own rather than the corpus lines: calls, thanks and hesitations of Spanish
/// speakers from Bulgarian, Italian, Haitian, Nicaraguan, Peruvian, Mexican, Puerto Rican, Senegalese and Spain homes and
/// English hesitations ("blagodarya", "allora", "bon", "ideay", "oe", "chido", "ay diosito", "hostia", "bendito", "hold on",
/// "now"); tails "para la misión", "para el spelling bee", "plural", "la administrativa y la legislativa" after a place;
/// the reverse "qué país tiene a X de / por capital" and English "which country / which state"; help "mwen bezwen èd",
/// "qué tipo de preguntas aceptas", "no sabe usar esto", "ayúdame a estudiar", "no le hallo", "guíame", "cuéntame qué
/// sabes hacer", "cómo le pido una capital", a help with the skill's name after it; stop "quit",
/// "para por hoy", "para que empieza la novela", "sácate de capitales del mundo", "done"; cancel "borra lo que dije",
/// "déjalo cancelado", "annulla", "anula lo que te pedí", "borra mi pregunta"; launch "póngame", "conecta con", "apri",
/// "turn on", "hacerle preguntas a", "habilítame", "mwen vle"; and the neighbours that must still fall back.</summary>
public class SpanishRoundFortyNineRuleTests
{
    [TestCase("es-ES", "alexa blagodarya cuál es la capital de bulgaria", "BG")]
    [TestCase("es-ES", "alexa allora la capital de italia", "IT")]
    [TestCase("es-MX", "alexa bon cuál es la capital de haití", "HT")]
    [TestCase("es-US", "alexa ideay la capital de nicaragua", "NI")]
    [TestCase("es-US", "alexa oe cuál es la capital de chile", "CL")]
    [TestCase("es-MX", "alexa chido y la capital de jalisco", "MX-JAL")]
    [TestCase("es-ES", "alexa hostia la capital de portugal", "PT")]
    [TestCase("es-US", "alexa hold on cuál es la capital de oregon", "US-OR")]
    [TestCase("es-MX", "alexa ay diosito cuál es la capital de honduras", "HN")]
    [TestCase("es-US", "alexa now perú", "PE")]
    [TestCase("es-US", "alexa la capital de fiyi para la misión", "FJ")]
    [TestCase("es-US", "alexa las capitales de bolivia para el spelling bee", "BO")]
    [TestCase("es-US", "alexa bolivia capitales plural", "BO")]
    [TestCase("es-ES", "alexa las capitales de sudáfrica la administrativa y la legislativa", "ZA")]
    public void A_round_forty_nine_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-ES", "alexa qué país tiene a quito de capital", "quito")]
    [TestCase("es-US", "alexa qué estado tiene a austin por capital", "austin")]
    [TestCase("es-US", "alexa which country tiene de capital lima", "lima")]
    [TestCase("es-US", "alexa which state tiene como capital boise", "boise")]
    public void A_round_forty_nine_reverse_question_reads_the_city(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsCity(locale, utterance, id);

    [TestCase("es-MX", "alexa mwen bezwen èd", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "alexa qué tipo de preguntas aceptas", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "alexa mi mamá no sabe usar esto", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa ayúdame a estudiar las capitales", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "alexa ayúdame que tengo un examen el martes", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa no le hallo a esto", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "alexa guíame", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "alexa cuéntame qué sabes hacer", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "alexa cómo le pido una capital", "AMAZON.HelpIntent")]
    [TestCase("es-US", "alexa what can i say capitales del mundo", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa cómo te pregunto una capital", "AMAZON.HelpIntent")]
    [TestCase("es-US", "alexa quit", "AMAZON.StopIntent")]
    [TestCase("es-MX", "alexa para por hoy", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa oye para que empieza la novela", "AMAZON.StopIntent")]
    [TestCase("es-MX", "alexa sácate de capitales del mundo", "AMAZON.StopIntent")]
    [TestCase("es-MX", "alexa ándale pues ya basta", "AMAZON.StopIntent")]
    [TestCase("es-MX", "alexa chido ya párale", "AMAZON.StopIntent")]
    [TestCase("es-US", "alexa oe ya basta", "AMAZON.StopIntent")]
    [TestCase("es-US", "alexa done", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa buen camino hasta luego", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa borra lo que dije", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "alexa déjalo cancelado", "AMAZON.CancelIntent")]
    [TestCase("es-US", "alexa hold on cancela", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "alexa hostia cancela eso", "AMAZON.CancelIntent")]
    [TestCase("es-US", "alexa ideay cancélalo", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "alexa ay diosito olvídalo", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "alexa annulla", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "alexa anula lo que te pedí", "AMAZON.CancelIntent")]
    [TestCase("es-US", "alexa borra mi pregunta", "AMAZON.CancelIntent")]
    [TestCase("es-US", "alexa bendito cancela", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "alexa blagodarya cancela", "AMAZON.CancelIntent")]
    public void A_round_forty_nine_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-MX", "alexa póngame capitales del mundo")]
    [TestCase("es-US", "alexa conecta con capitales del mundo")]
    [TestCase("es-ES", "alexa apri capitales del mundo")]
    [TestCase("es-US", "alexa turn on capitales del mundo por favor")]
    [TestCase("es-ES", "alexa quiero hacerle preguntas a capitales del mundo")]
    [TestCase("es-MX", "alexa habilítame capitales del mundo")]
    [TestCase("es-ES", "alexa a ver abre capitales del mundo")]
    [TestCase("es-MX", "alexa mwen vle capitales del mundo por favor")]
    public void A_round_forty_nine_launch_opens_the_skill(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-ES", "alexa la capital de cornualles cuál es")]
    [TestCase("es-ES", "alexa capital de provenza")]
    [TestCase("es-ES", "alexa cuál es la capital de la borgoña")]
    [TestCase("es-MX", "alexa dónde está machu picchu")]
    [TestCase("es-ES", "alexa qué hay en la radio")]
    [TestCase("es-ES", "alexa cómo pido una pizza")]
    [TestCase("es-ES", "alexa guíame a la farmacia")]
    [TestCase("es-MX", "alexa cancela mi cita")]
    [TestCase("es-US", "alexa habilita el bluetooth")]
    [TestCase("es-US", "alexa the end of the world")]
    [TestCase("es-US", "alexa mi vuelo está cancelado")]
    [TestCase("es-MX", "alexa cuéntame qué puedes hacer con la luz")]
    [TestCase("es-ES", "alexa a qué hora empieza el partido")]
    [TestCase("es-ES", "alexa hostia qué frío hace")]
    [TestCase("es-US", "alexa ideay qué hora es")]
    [TestCase("es-ES", "alexa allora pon música")]
    [TestCase("es-MX", "alexa ayúdame a estudiar matemáticas")]
    [TestCase("es-US", "alexa quit smoking")]
    [TestCase("es-MX", "alexa póngame una cerveza")]
    [TestCase("es-US", "alexa turn on the lights")]
    [TestCase("es-ES", "alexa borra la lista de la compra")]
    [TestCase("es-MX", "alexa chido qué onda")]
    [TestCase("es-US", "alexa el programa empieza a las ocho")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
