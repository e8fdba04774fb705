using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A question that begins with its place, after a scene that ends in a function word ("ma voisine rentre de
/// bamako c'est la capitale de quoi") or after "and" alone ("y quito es capital de dónde"): the place is the value, as
/// after a scene that ends in a content word ("mon ami adore erevan ...") (session 56). Sentences of our own.</summary>
public class SceneBeforePlaceFirstQuestionTests
{
    [TestCase("fr-FR", "ma voisine rentre de bamako c'est la capitale de quoi", "bamako")]
    [TestCase("es-MX", "mi primo vive en bogotá es capital de dónde", "bogota")]
    [TestCase("es-MX", "y quito es capital de dónde", "quito")]
    [TestCase("nl-NL", "en lusaka is de hoofdstad van welk land", "lusaka")]
    public void The_place_after_the_scene_is_asked_about(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsCity(locale, utterance, id);

    // "république" is a word of place names: "de" may tie it to the place as one longer name, so Lomé is not read alone.
    [TestCase("fr-FR", "la république de lomé c'est la capitale de quoi", "lome")]
    public void A_function_word_after_a_word_of_a_place_name_keeps_the_name_whole(string locale, string utterance, string id) =>
        Assert.That(LocaleNlu.Recognize(locale, utterance).Slot("city")?.FirstMatch?.Id, Is.Not.EqualTo(id));
}
