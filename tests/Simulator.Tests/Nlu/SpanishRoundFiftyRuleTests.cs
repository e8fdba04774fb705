using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 50's tuning half (session 60's section *Round 50 tuning for Spanish (session
/// 60)*), each tried on sentences of our own rather than the corpus lines: calls and thanks of Colombian, Dominican,
/// Portuguese and Yucatec Maya speakers ("bacano", "qué fino", "tigere", "tá bem", "desculpa", "dios bo'otik") and a quiz
/// show said first ("como en el cazador"); "oops" as a repair; tails "para un paciente", "administrativa y
/// constitucional"; a yes/no check without the article ("capital de X es A o B") and "X tiene como capital a Y
/// todavía"; the reverse "qué país tiene su capital en Y", "dónde queda la capital llamada Y"; "la guinea que habla
/// español"; help "cómo se le habla a esto", "qué le digo a esto", "para que funcione", "cómo se usaba", "dame chance de
/// entender", "how do i use", "cómo te pregunto las capitales"; stop "pare", "páralo", "cambio y fuera", "listo apágalo",
/// "bájate de ahí"; cancel "cancel that one", "cancela ahorita", "cancela esa pregunta"; launch "enciende", "dale a",
/// "busca", "me abres", with "anda", "y ábrelo", "de una vez", "esa cosa de", "para el casal" around; the not-places
/// "kurdistán", "cisjordania", "la alegría", "los antojitos", "chiles en nogada", "estado lechero", "estado de ánimo",
/// "zulia"; "en qué año" as another fact; and the neighbours that must still fall back.</summary>
public class SpanishRoundFiftyRuleTests
{
    [TestCase("es-US", "alexa bacano y la de perú", "PE")]
    [TestCase("es-US", "alexa qué fino cuál es la capital de venezuela", "VE")]
    [TestCase("es-US", "alexa tigere cuál es la capital de haití", "HT")]
    [TestCase("es-ES", "alexa tá bem cuál es la capital de brasil", "BR")]
    [TestCase("es-ES", "alexa desculpa cuál es la capital de angola", "AO")]
    [TestCase("es-MX", "alexa dios bo'otik cuál es la capital de belice", "BZ")]
    [TestCase("es-ES", "alexa como en el cazador capital de malta", "MT")]
    [TestCase("es-US", "alexa la capital de noruega oops suecia", "SE")]
    [TestCase("es-ES", "alexa capitales de bolivia administrativa y constitucional", "BO")]
    [TestCase("es-MX", "alexa capital de chile para un paciente", "CL")]
    [TestCase("es-US", "alexa capital de ohio es cleveland o columbus", "US-OH")]
    [TestCase("es-ES", "alexa capital de brasil es río o brasilia", "BR")]
    [TestCase("es-ES", "alexa capital de australia no es sídney", "AU")]
    [TestCase("es-ES", "alexa turquía tiene como capital a estambul todavía", "TR")]
    [TestCase("es-US", "alexa kazajistán tiene de capital a almaty verdad", "KZ")]
    [TestCase("es-MX", "alexa capital de la guinea donde hablan español", "GQ")]
    public void A_round_fifty_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-US", "alexa qué país tiene su capital en lima", "lima")]
    [TestCase("es-ES", "alexa dónde queda la capital llamada quito", "quito")]
    public void A_round_fifty_reverse_question_reads_the_city(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsCity(locale, utterance, id);

    [TestCase("es-US", "alexa cómo se le habla a esto", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa cómo le hablo a esto", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa qué le digo a esto", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa qué le digo a esto para que funcione", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "alexa cómo se usaba esto", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa dame chance de entender", "AMAZON.HelpIntent")]
    [TestCase("es-US", "alexa how do i use this", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa cómo te pregunto las capitales", "AMAZON.HelpIntent")]
    [TestCase("es-US", "alexa pare", "AMAZON.StopIntent")]
    [TestCase("es-US", "alexa pare ya por favor", "AMAZON.StopIntent")]
    [TestCase("es-US", "alexa páralo ya", "AMAZON.StopIntent")]
    [TestCase("es-MX", "alexa cambio y fuera", "AMAZON.StopIntent")]
    [TestCase("es-US", "alexa listo apágalo", "AMAZON.StopIntent")]
    [TestCase("es-US", "alexa ya bájate de ahí", "AMAZON.StopIntent")]
    [TestCase("es-US", "alexa qué bacano ya basta", "AMAZON.StopIntent")]
    [TestCase("es-US", "alexa cancel that one", "AMAZON.CancelIntent")]
    [TestCase("es-US", "alexa cancela ahorita", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "alexa desculpa cancela", "AMAZON.CancelIntent")]
    [TestCase("es-US", "alexa tigere cancela eso", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "alexa cancela esa pregunta", "AMAZON.CancelIntent")]
    public void A_round_fifty_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-ES", "alexa enciende capitales del mundo")]
    [TestCase("es-US", "alexa dale a capitales del mundo")]
    [TestCase("es-ES", "alexa busca capitales del mundo")]
    [TestCase("es-ES", "alexa me abres capitales del mundo de una vez")]
    [TestCase("es-ES", "alexa abre capitales del mundo anda")]
    [TestCase("es-ES", "alexa busca capitales del mundo y ábrelo")]
    [TestCase("es-US", "alexa abre esa cosa de capitales del mundo")]
    [TestCase("es-ES", "alexa pon capitales del mundo para el casal")]
    public void A_round_fifty_launch_opens_the_skill(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-ES", "alexa cuál es la capital del kurdistán")]
    [TestCase("es-ES", "alexa capital de cisjordania")]
    [TestCase("es-MX", "alexa cuál es la capital de la alegría")]
    [TestCase("es-MX", "alexa cuál es la capital de los antojitos")]
    [TestCase("es-MX", "alexa receta de chiles en nogada")]
    [TestCase("es-US", "alexa capital del estado lechero")]
    [TestCase("es-US", "alexa la capital del estado de ánimo")]
    [TestCase("es-US", "alexa capital del zulia")]
    [TestCase("es-ES", "alexa en qué año cayó el muro de berlín")]
    [TestCase("es-ES", "alexa en qué año fue toledo capital de españa")]
    [TestCase("es-US", "alexa pare el carro")]
    [TestCase("es-MX", "alexa cambio de aceite")]
    [TestCase("es-US", "alexa bájate de la cama")]
    [TestCase("es-ES", "alexa enciende la luz")]
    [TestCase("es-ES", "alexa busca una receta")]
    [TestCase("es-US", "alexa dale a la música")]
    [TestCase("es-US", "alexa cómo se le habla a un perro")]
    [TestCase("es-MX", "alexa qué le digo a mi novia")]
    [TestCase("es-US", "alexa how do i use the microwave")]
    [TestCase("es-US", "alexa cancela la cita ahorita")]
    [TestCase("es-US", "alexa cancel that order")]
    [TestCase("es-MX", "alexa dame chance de pensar")]
    [TestCase("es-ES", "alexa cómo funcionaba el telégrafo")]
    [TestCase("es-US", "alexa qué fino está el día")]
    [TestCase("es-US", "alexa qué bacano el partido")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
