using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 39's tuning half (interactionModel/README.md, *Round 39 tuning for Spanish
/// (session 42)*), each tried on sentences of our own rather than the corpus lines: Portuguese "qual é a capital de",
/// "me diz a capital de"; Jamaican creole "wat di capital a", "yu noa di capital a"; the fillers "ah caray", "ojú",
/// "(y) date prisa", "que se me quema la comida", "jugamos a las capitales (y me tocó)"; "de su región", "del
/// departamento", "no sabemos la capital", "dime la capital" after a place said before; "samoa la americana"; cancel
/// "que lo dejes", "no le hagas caso", "nada que no era nada"; stop "bájale a tu rollo"; help "qué hago para
/// saber las capitales"; the Mexica, the Marca Hispánica, Hyrule, the Sea of Cortés, the hemispheres, Tartessos, Pokémon,
/// Isla del Carmen and the Spanish New Mexico as not-places; and the neighbours that must still fall back.</summary>
public class SpanishRoundThirtyNineRuleTests
{
    [TestCase("es-ES", "qual é a capital de portugal", "PT")]
    [TestCase("es-ES", "me diz a capital de angola por favor", "AO")]
    [TestCase("es-MX", "wat di capital a cuba", "CU")]
    [TestCase("es-MX", "yu noa di capital a haití", "HT")]
    [TestCase("es-ES", "ojú la capital de grecia", "GR")]
    [TestCase("es-MX", "ah caray cuál es la capital de chile", "CL")]
    [TestCase("es-ES", "la capital de francia y date prisa", "FR")]
    [TestCase("es-ES", "la capital de noruega que se me quema la comida", "NO")]
    [TestCase("es-MX", "jugamos a las capitales y me tocó perú", "PE")]
    [TestCase("es-ES", "mi vecina es de polonia y no sabemos la capital", "PL")]
    [TestCase("es-ES", "mi compañera es de baviera cuál es la capital de su región", "DE-BY")]
    [TestCase("es-US", "la señora es de bolivia cuál es la capital del departamento", "BO")]
    [TestCase("es-MX", "mi jefe es de noruega dime la capital", "NO")]
    [TestCase("es-US", "la capital de samoa la americana", "AS")]
    public void A_round_thirty_nine_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-ES", "oye que lo dejes", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "ah caray no era eso cancela", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "no le hagas caso", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "nada que no era nada", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "ya bájale a tu rollo", "AMAZON.StopIntent")]
    [TestCase("es-MX", "qué hago para saber las capitales", "AMAZON.HelpIntent")]
    public void A_round_thirty_nine_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-ES", "qual é o teu nome")]
    [TestCase("es-ES", "me diz uma piada")]
    [TestCase("es-ES", "no sabemos la capital")]
    [TestCase("es-US", "cuál es la capital del departamento")]
    [TestCase("es-MX", "dime la capital")]
    [TestCase("es-MX", "dime la hora")]
    [TestCase("es-MX", "me tocó la lotería")]
    [TestCase("es-US", "qué hago para saber la hora")]
    [TestCase("es-MX", "cuál es la capital de los mexicas")]
    [TestCase("es-MX", "la capital del mar de cortés")]
    [TestCase("es-US", "la capital del hemisferio norte")]
    [TestCase("es-ES", "cuál era la capital de tartessos")]
    [TestCase("es-MX", "la capital de la isla del carmen")]
    [TestCase("es-US", "la capital del reino de hyrule")]
    [TestCase("es-ES", "la capital de la marca hispánica")]
    [TestCase("es-MX", "la capital del pokémon")]
    [TestCase("es-US", "cuál es la capital de la nueva méxico española")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [TestCase("es-US", "la capital de samoa", "WS")]
    [TestCase("es-US", "cuál es la capital de nuevo méxico", "US-NM")]
    [TestCase("es-US", "la capital de la polinesia francesa", "PF")]
    [TestCase("es-MX", "cuál es la capital de baja california", "MX-BCN")]
    public void A_nearby_real_place_still_reads(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);
}
