using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A not-place of several words (NluLexicon `notPlaces`, session 26): a slot value that does not resolve and
/// begins with all the words of one, a hyphen splitting them as it splits a name, is no place, as a value beginning with
/// a not-place of one word is not. Since session 53 a place said inside one ("amerika" of "zuid-amerika", "américa" of
/// "américa central") is that not-place's words, neither a slot value nor a place a rule finds in a clause or a scene:
/// the question is about no place the skill knows, and a clause that says such a not-place names no other place beside
/// the question's. Neighbours: a place whose name begins with a word of such an entry, or said alone, still reads.</summary>
public class NotPlacesOfSeveralWordsTests
{
    [TestCase("nl-NL", "wat is de hoofdstad van noord-brabant")]
    [TestCase("nl-NL", "wat is de hoofdstad van west-vlaanderen")]
    [TestCase("nl-NL", "weet jij de hoofdstad van oost-java")]
    [TestCase("pt-BR", "qual é a capital da ilha da madeira")]
    public void A_value_that_begins_with_a_not_place_of_several_words_falls_back(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [TestCase("nl-NL", "alexa wat is de hoofdstad van zuid-amerika")]
    [TestCase("nl-NL", "alexa wat is de hoofdstad van noord holland")]
    [TestCase("nl-NL", "alexa wat is de hoofdstad van midden amerika")]
    [TestCase("pt-BR", "alexa qual é a capital da américa central")]
    [TestCase("pt-BR", "alexa meu tio mora na américa central qual é a capital de lá")]
    [TestCase("ar-SA", "اليكسا وش عاصمة امريكا الجنوبية")]
    [TestCase("ar-SA", "شو هي عاصمة أمريكا الوسطى")]
    public void A_place_inside_a_not_place_of_several_words_falls_back(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [TestCase("nl-NL", "wat is de hoofdstad van noord-korea", "KP")]
    [TestCase("nl-NL", "wat is de hoofdstad van west-bengalen", "IN-WB")]
    [TestCase("pt-BR", "qual é a capital da ilha de man", "IM")]
    [TestCase("nl-NL", "alexa wat is de hoofdstad van amerika", "US")]
    [TestCase("nl-NL", "alexa wat is de hoofdstad van holland", "NL")]
    [TestCase("pt-BR", "alexa qual é a capital dos estados unidos da américa", "US")]
    [TestCase("ar-SA", "اليكسا وش عاصمة امريكا", "US")]
    [TestCase("ar-SA", "ما هي عاصمة جمهورية افريقيا الوسطى", "CF")]
    public void A_place_that_begins_with_a_word_of_one_or_is_said_alone_still_reads(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("hi-IN", "बच्चों की किताब में लिखा है दक्षिण अमेरिका में चिली की राजधानी कौन सी है", "CL")]
    [TestCase("hi-IN", "हम उत्तर अमेरिका घूम रहे हैं पनामा की राजधानी क्या है", "PA")]
    [TestCase("ar-SA", "وش عاصمة الاكوادور اللي في امريكا الجنوبية", "EC")]
    public void A_clause_with_a_not_place_of_several_words_leaves_the_question_read(string locale, string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf(locale, utterance, id);
}
