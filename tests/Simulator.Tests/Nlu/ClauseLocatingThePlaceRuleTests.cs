using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Session 54: a clause after a question that says where its place lies, naming the place's country ("in het
/// noorden van canada", "im norden von mexiko"), may begin with a function word: it locates the place, as a clause that
/// ends the question does. A clause that begins so and names no country of the place stays tied to the question ("in de
/// winter", "in het noorden van chili" for Peru), and a question inside another request stays out.</summary>
public class ClauseLocatingThePlaceRuleTests
{
    [TestCase("nl-NL", "de hoofdstad van manitoba in het midden van canada", "CA-MB")]
    [TestCase("nl-NL", "de hoofdstad van sonora in het noorden van mexico", "MX-SON")]
    [TestCase("de-DE", "hauptstadt von sonora im norden von mexiko", "MX-SON")]
    public void A_clause_that_names_the_country_of_the_place_is_read_past(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("nl-NL", "de hoofdstad van peru in het noorden van chili")]
    [TestCase("nl-NL", "het weer in de hoofdstad van beieren in duitsland")]
    [TestCase("de-DE", "das wetter in der hauptstadt von bayern in deutschland")]
    public void A_clause_that_names_another_country_or_a_question_inside_a_request_stays_out(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
