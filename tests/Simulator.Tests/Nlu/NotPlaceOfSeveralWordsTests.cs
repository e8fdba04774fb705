using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A place name said as the last word of a not-place of several words (the lexicon's notPlaces: "zuid-amerika",
/// "noord-holland") is that not-place's word, not the place: the question is about no place the skill knows, and a clause
/// that says such a not-place names no other place beside the question's. The same place said alone is still read.
/// Sentences of our own.</summary>
public class NotPlaceOfSeveralWordsTests
{
    [TestCase("nl-NL", "alexa wat is de hoofdstad van zuid-amerika")]
    [TestCase("nl-NL", "alexa wat is de hoofdstad van noord holland")]
    [TestCase("nl-NL", "alexa wat is de hoofdstad van midden amerika")]
    public void A_place_ending_a_not_place_is_not_read(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [TestCase("nl-NL", "alexa wat is de hoofdstad van amerika", "US")]
    [TestCase("nl-NL", "alexa wat is de hoofdstad van zuid-afrika", "ZA")]
    [TestCase("nl-NL", "alexa wat is de hoofdstad van holland", "NL")]
    public void The_place_said_alone_is_read(string locale, string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf(locale, utterance, id);

    [TestCase("hi-IN", "बच्चों की किताब में लिखा है दक्षिण अमेरिका में चिली की राजधानी कौन सी है", "CL")]
    [TestCase("hi-IN", "हम उत्तर अमेरिका घूम रहे हैं पनामा की राजधानी क्या है", "PA")]
    public void A_clause_with_a_not_place_leaves_the_question_read(string locale, string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf(locale, utterance, id);
}
