using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A noun that names no place (the lexicon's notPlaces: "trabajo", "mezcal", "tango") keeps the noun-and-place
/// rule from reading a sentence only when it is said in the question noun's phrase, the capital of something else ("la
/// capital del tango"); said elsewhere it is part of the scene, and the question about the one place named is read.
/// Sentences of our own.</summary>
public class NotPlaceInTheSceneTests
{
    [TestCase("es-ES", "alexa tengo un trabajo sobre ghana y necesito la capital", "GH")]
    [TestCase("es-ES", "alexa estoy con un trabajo sobre kenia y me falta la capital", "KE")]
    public void A_not_place_in_the_scene_leaves_the_question_read(string locale, string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf(locale, utterance, id);

    [TestCase("es-ES", "alexa en méxico cuál es la capital del tequila")]
    [TestCase("es-ES", "alexa la capital del mezcal está en méxico")]
    public void A_not_place_in_the_nouns_phrase_still_falls_back(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
