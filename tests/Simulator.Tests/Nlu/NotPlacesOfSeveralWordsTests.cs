using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A not-place of several words (NluLexicon `notPlaces`, session 26): a slot value that does not resolve and
/// begins with all the words of one, a hyphen splitting them as it splits a name, is no place, as a value beginning with
/// a not-place of one word is not. Neighbours: a place whose name begins with a word of such an entry still reads.</summary>
public class NotPlacesOfSeveralWordsTests
{
    [TestCase("nl-NL", "wat is de hoofdstad van noord-brabant")]
    [TestCase("nl-NL", "wat is de hoofdstad van west-vlaanderen")]
    [TestCase("nl-NL", "weet jij de hoofdstad van oost-java")]
    [TestCase("pt-BR", "qual é a capital da ilha da madeira")]
    public void A_value_that_begins_with_a_not_place_of_several_words_falls_back(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [TestCase("nl-NL", "wat is de hoofdstad van noord-korea", "KP")]
    [TestCase("nl-NL", "wat is de hoofdstad van west-bengalen", "IN-WB")]
    [TestCase("pt-BR", "qual é a capital da ilha de man", "IM")]
    public void A_place_that_begins_with_a_word_of_one_still_reads(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);
}
