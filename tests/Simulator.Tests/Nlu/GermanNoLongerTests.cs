using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>"nicht mehr" after a German capital question says the speaker no longer remembers it ("ich weiß die hauptstadt
/// von polen nicht mehr"), not a past state of the capital: "mehr" is no longer a past marker of ClauseWords.de.json.
/// The past markers themselves ("war", "früher") still keep a clause about a former capital out. Sentences of our own
/// (session 24, lead).</summary>
public class GermanNoLongerTests
{
    private const string Locale = "de-DE";

    [TestCase("ich weiß die hauptstadt von polen nicht mehr", "PL")]
    [TestCase("die hauptstadt von chile fällt mir nicht mehr ein", "CL")]
    [TestCase("ich kenne die hauptstadt von kenia nicht mehr", "KE")]
    public void Not_remembering_asks_for_the_capital(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("die hauptstadt von deutschland war früher bonn und heute nicht mehr")]
    public void A_former_capital_still_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
