using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Session 21: what a clause before a capital question may say. A place the clause goes on to say something of is
/// where the speaker is, comes from or goes, when the question names its own place after its words; a lone function word
/// of the lexicon names no place (Spanish and Portuguese "para" is no Pará); a context clause before a question word may
/// have <see cref="NluEngine.MaxContextClauseWords"/> words. A place right before the question, a question that begins
/// with its place, and a clause longer than the clause-around rule reads past (<see cref="NluEngine.MaxAroundClauseWords"/>
/// words, fourteen since session 27) still stay out.</summary>
public class ClauseBeforeQuestionRuleTests
{
    [TestCase("es-ES", "vivo en chile y mi sobrina quiere saber la capital de perú", "PE")]
    [TestCase("es-MX", "trabajo en texas pero mi abuela pregunta la capital de honduras", "HN")]
    [TestCase("de-DE", "meine oma wohnt in österreich und fragt nach der hauptstadt von kenia", "KE")]
    [TestCase("pt-BR", "moro em portugal e meu filho perguntou a capital do chile", "CL")]
    public void A_place_the_clause_goes_on_to_speak_of_leaves_the_question_its_own(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-ES", "estoy en chile la capital de perú")]
    [TestCase("es-ES", "vivo en chile y la capital de perú")]
    [TestCase("nl-NL", "ik was in peru en in chili wat is de hoofdstad")]
    [TestCase("de-DE", "ich war in bayern und in der hauptstadt von sachsen")]
    [TestCase("de-DE", "ich war in bayern der hauptstadt von sachsen")]
    [TestCase("en-US", "my friend lives in chile capital of peru")]
    [TestCase("hi-IN", "मेरे दोस्त नेपाल में हैं भूटान की राजधानी बताओ")]
    public void A_place_right_before_the_question_or_before_one_that_begins_with_its_place_stays_out(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [TestCase("es-ES", "para el concurso la capital de mongolia", "MN")]
    [TestCase("es-MX", "para la tarea de mi hija la capital de kenia", "KE")]
    [TestCase("pt-BR", "para a prova a capital do chile", "CL")]
    public void A_function_word_in_the_clause_names_no_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-ES", "cuál es la capital de pará", "BR-PA")]
    [TestCase("pt-BR", "qual é a capital do pará", "BR-PA")]
    public void The_same_word_as_a_place_is_still_that_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("en-US", "my daughter and her friends are playing a quiz game what's the capital of peru", "PE")]
    [TestCase("pt-BR", "meu filho e os amigos dele estão jogando um jogo qual é a capital do peru", "PE")]
    [TestCase("fr-FR", "alexa il est trois heures du matin et je dors toujours pas c'est quoi la capitale du kenya", "KE")]
    public void A_context_clause_of_up_to_fourteen_words_is_left_out(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("en-US", "my daughter and her two best friends from school are playing a board game in the kitchen what's the capital of peru")]
    public void A_longer_context_clause_is_not(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
