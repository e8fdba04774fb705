using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 41's tuning half (interactionModel/README.md, *Round 41 tuning for Spanish
/// (session 44)*), each tried on sentences of our own rather than the corpus lines: the purpose tails "para la tarea de
/// geografía", "para mi proyecto / project"; "ni de la primera letra"; "en el concurso de la radio"; "no le entendí" after
/// the question; "le pregunté / dice / nunca supe la capital" and "de la provincia" after a place said before; the English
/// "X is the capital of what country" and "the country not the state"; the word game "jugamos al stop / basta con
/// capitales", "me ha tocado / me tocó", "en la residencia"; stop "ciérrale", "ya estuvo suave", "quit", "end the game";
/// cancel "never mind", "ya se me olvidó"; help "cómo te pregunto algo", "no sé qué preguntarle", "qué le digo para que
/// funcione", "me lo regalaron"; launch "open ... game"; the trap, Dinotopia, La Chontalpa, (la gran) Tenochtitlan and
/// "Tabasco del Edén" as not-places; and the neighbours that must still fall back.</summary>
public class SpanishRoundFortyOneRuleTests
{
    [TestCase("es-MX", "cuál es la capital de perú es para la tarea de geografía", "PE")]
    [TestCase("es-US", "la capital de chile para mi proyecto", "CL")]
    [TestCase("es-US", "cuál es la capital de ohio es para mi project", "US-OH")]
    [TestCase("es-ES", "en el concurso de la radio preguntan la capital de perú", "PE")]
    [TestCase("es-US", "el mesero es de colombia y le pregunté la capital", "CO")]
    [TestCase("es-ES", "la maestra es de chile y dice la capital pero no le entendí", "CL")]
    [TestCase("es-ES", "viví en escocia y nunca supe la capital", "GB-SCT")]
    [TestCase("es-ES", "mi tía vive en ontario cuál es la capital de la provincia", "CA-ON")]
    [TestCase("es-US", "la capital de georgia the state not the country", "US-GA")]
    [TestCase("es-ES", "jugamos al stop con capitales y me ha tocado grecia", "GR")]
    [TestCase("es-MX", "jugamos al basta con capitales y me tocó perú", "PE")]
    [TestCase("es-ES", "en la residencia jugamos a las capitales y me toca francia", "FR")]
    public void A_round_forty_one_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-MX", "ciérrale", "AMAZON.StopIntent")]
    [TestCase("es-MX", "ya estuvo suave", "AMAZON.StopIntent")]
    [TestCase("es-US", "quit", "AMAZON.StopIntent")]
    [TestCase("es-US", "end the game", "AMAZON.StopIntent")]
    [TestCase("es-US", "never mind", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "ya se me olvidó", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "cómo te pregunto algo", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "no sé qué preguntarle ayúdame tantito", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "qué le digo para que funcione", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "a ver cómo funciona esto que me lo regalaron", "AMAZON.HelpIntent")]
    public void A_round_forty_one_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-US", "lima is the capital of what country", "lima")]
    public void The_english_reverse_question_reads_the_city(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsCity(locale, utterance, id);

    // The NLU reads these as the capital question; the skill finds the place in the slot it takes (the eval answers them).
    [TestCase("es-ES", "la capital de kenia no me acuerdo ni de la primera letra")]
    [TestCase("es-US", "la capital de georgia the country not the state")]
    public void A_round_forty_one_tail_is_read_as_the_capital_question(string locale, string utterance) =>
        LocaleNlu.AssertIntent(locale, utterance, "CapitalIntent");

    [TestCase("es-US", "open capitales del mundo game")]
    public void A_round_forty_one_launch_is_read(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-US", "pon música para mi proyecto")]
    [TestCase("es-ES", "cómo se escribe kenia no me acuerdo ni de la primera letra")]
    [TestCase("es-ES", "en el concurso de la radio preguntan cuántos habitantes tiene perú")]
    [TestCase("es-ES", "pon el concurso de la radio")]
    [TestCase("es-US", "el mesero es de colombia y le pregunté la hora")]
    [TestCase("es-ES", "la maestra es de chile y dice la población pero no le entendí")]
    [TestCase("es-ES", "cuántos habitantes tiene la provincia de ontario")]
    [TestCase("es-US", "spanish is the language of what country")]
    [TestCase("es-ES", "jugamos al stop con capitales y me toca la letra eme")]
    [TestCase("es-ES", "me ha tocado la lotería")]
    [TestCase("es-ES", "en la residencia hace mucho frío")]
    [TestCase("es-MX", "ciérrale a la puerta")]
    [TestCase("es-MX", "no sé qué preguntarle a mi jefe")]
    [TestCase("es-MX", "espérame tantito")]
    [TestCase("es-ES", "cómo funciona la lavadora")]
    [TestCase("es-US", "open the door")]
    [TestCase("es-US", "cuál es la capital del trap latino")]
    [TestCase("es-US", "cuál es la capital de dinotopia")]
    [TestCase("es-MX", "la capital de la chontalpa")]
    [TestCase("es-MX", "cuál era la capital de la gran tenochtitlan")]
    [TestCase("es-MX", "cuál es la capital de tabasco del edén")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [TestCase("es-MX", "cuál es la capital de tabasco", "MX-TAB")]
    [TestCase("es-MX", "cuál es la capital de méxico", "MX")]
    public void A_nearby_real_place_still_reads(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);
}
