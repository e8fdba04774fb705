using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Session 21: a clause of the speaker's purpose after a question that ends without a question word may begin with
/// a purpose opener of ClauseWords.&lt;language&gt;.json ("pour", "c'est pour", "en * lettres", "für", "para", "per", "pra");
/// a noun of another topic said just after one in the clause before the question is what the answer is for ("für unseren
/// podcast"). Another fact of the capital, a request of the other topic and a doubled Japanese particle's neighbours stay as
/// they were.</summary>
public class ClauseAfterPlainQuestionRuleTests
{
    [TestCase("fr-FR", "la capitale du kenya en sept lettres pour ma grille", "KE")]
    [TestCase("fr-FR", "la capitale du chili c'est pour mon exposé de géographie", "CL")]
    [TestCase("es-ES", "la capital de chile para mi tarea de geografía", "CL")]
    [TestCase("it-IT", "la capitale del perù per il compito di domani", "PE")]
    [TestCase("pt-BR", "a capital do chile pra minha prova de amanhã", "CL")]
    public void A_purpose_clause_after_a_plain_question_is_read_past(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("de-DE", "für unseren podcast schnell die hauptstadt von peru", "PE")]
    [TestCase("de-DE", "für mein video die hauptstadt von chile", "CL")]
    public void A_topic_noun_after_a_purpose_opener_before_the_question_is_read_past(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "la météo dans la capitale du pérou pour demain")]
    [TestCase("fr-FR", "les hôtels de la capitale du chili pour ce week-end")]
    [TestCase("fr-FR", "la capitale du pérou pour combien de temps")]
    [TestCase("fr-FR", "mets la musique pour la capitale du chili")]
    [TestCase("de-DE", "spiel den podcast über die hauptstadt von kenia")]
    [TestCase("de-DE", "spiel den podcast die hauptstadt von kenia")]
    [TestCase("de-DE", "mach das licht an die hauptstadt von kenia")]
    [TestCase("de-DE", "das wetter in der hauptstadt von peru für morgen")]
    [TestCase("es-ES", "el clima de la capital de perú para mañana")]
    [TestCase("it-IT", "il meteo nella capitale del perù per domani")]
    [TestCase("pt-BR", "a previsão do tempo na capital do peru para amanhã")]
    public void Another_fact_or_a_request_of_the_other_topic_stays_out(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    // A doubled particle is already read as one by the false-start rule (UtteranceWords: a word said twice in a row); a name
    // that ends in ノ keeps it.
    [TestCase("ja-JP", "ケニアのの首都はどこ", "KE")]
    [TestCase("ja-JP", "ペルーのの首都を教えて", "PE")]
    [TestCase("ja-JP", "宿題やっててケニアのの首都が分からない", "KE")]
    [TestCase("ja-JP", "サンマリノの首都はどこ", "SM")]
    [TestCase("ja-JP", "サンマリノのの首都はどこ", "SM")]
    public void A_doubled_particle_before_the_question_noun_is_one(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);
}
