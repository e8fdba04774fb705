using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A sample that holds a kind word as a literal next to the slot ("van de staat {country}", "{country} राज्य")
/// fits as well as one whose slot takes the kind word with the name: when that longer value names another place (the
/// State of Mexico), the longer value is read (session 56). Sentences of our own.</summary>
public class PlaceNamedInALongerValueTests
{
    [TestCase("nl-NL", "wat is eigenlijk de hoofdstad van de staat mexico", "MX-MEX")]
    [TestCase("it-IT", "qual è la capitale dello stato del messico", "MX-MEX")]
    [TestCase("hi-IN", "मेक्सिको राज्य की राजधानी बताओ", "MX-MEX")]
    public void The_longer_name_is_the_place_asked_about(string locale, string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf(locale, utterance, id);

    [TestCase("nl-NL", "wat is eigenlijk de hoofdstad van mexico", "MX")]
    [TestCase("it-IT", "qual è la capitale del messico", "MX")]
    [TestCase("hi-IN", "मेक्सिको की राजधानी बताओ", "MX")]
    public void The_name_alone_is_still_the_country(string locale, string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf(locale, utterance, id);
}
