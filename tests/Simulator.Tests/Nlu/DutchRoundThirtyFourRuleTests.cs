using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 34 tuning (README section *Round 34 tuning for Dutch (session 44)*), each tried
/// on sentences of our own rather than the corpus lines: Surinamese "bra" and Filipino "ate", "kuya" as fillers; closings
/// "(ate) weet het ook niet"; settings "in de puzzel van de zaterdagkrant", "bij twee voor twaalf"; "(van) het land
/// ernaast" as a follow-up lead; help "help mij" and the skill words "hoofdsteden", "kleinkinderen"; stop and cancel with a
/// reason (the puzzle is done, the riders are coming, the hairdresser or the shop closes); not-places (the EU, the
/// Vosges, the Dordogne, the Smurfs, the Basques, Fortnite, Los Santos, Almere Buiten, the United Nations, the
/// neighbours next door, Antioquia, the Flemish Ardennes); with out-of-domain neighbours that must still fall back.</summary>
public class DutchRoundThirtyFourRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("bra wat is de hoofdstad van suriname", "SR", Description = "Surinamese 'bra'")]
    [TestCase("bra en van guyana", "GY", Description = "'bra' before a follow-up")]
    [TestCase("naku ik ben vergeten wat de hoofdstad van peru is en ate weet het ook niet", "PE", Description = "'ate', 'weet het ook niet'")]
    [TestCase("wat is de hoofdstad van chili kuya weet het ook niet", "CL", Description = "'kuya'")]
    [TestCase("en van het land ernaast spanje", "ES", Description = "'van het land ernaast'")]
    [TestCase("hoofdstad van peru in de puzzel van de zaterdagkrant", "PE", Description = "'van de zaterdagkrant'")]
    [TestCase("bij twee voor twaalf vroegen ze de hoofdstad van chili", "CL", Description = "'bij twee voor twaalf'")]
    [TestCase("is cebu de hoofdstad van de filipijnen", "PH", Description = "'cebu' a not-place only in the slot")]
    [TestCase("wat is de hoofdstad van hawaï", "US-HI", Description = "the state, not the old kingdom")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("bra hoe werkt het", "AMAZON.HelpIntent")]
    [TestCase("help mij", "AMAZON.HelpIntent")]
    [TestCase("help mij met de hoofdsteden", "AMAZON.HelpIntent")]
    [TestCase("de kleinkinderen willen weten hoe het werkt", "AMAZON.HelpIntent")]
    [TestCase("bra hou op", "AMAZON.StopIntent")]
    [TestCase("stop de kapper gaat dicht", "AMAZON.StopIntent")]
    [TestCase("stop maar de winkel gaat dicht", "AMAZON.StopIntent")]
    [TestCase("hou je mond de renners komen eraan", "AMAZON.StopIntent")]
    [TestCase("laat maar de puzzel is al af", "AMAZON.CancelIntent")]
    [TestCase("laat maar zitten de puzzel is af", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("hoe heet de hoofdstad van de eu")]
    [TestCase("welke stad is de hoofdstad van de smurfen")]
    [TestCase("zeg me de hoofdstad van de dordogne")]
    [TestCase("hoe heet de hoofdstad van de vogezen")]
    [TestCase("hoe heet de hoofdstad van de basken")]
    [TestCase("wat is de hoofdstad van fortnite")]
    [TestCase("wat is de hoofdstad van los santos")]
    [TestCase("wat is de hoofdstad van almere buiten")]
    [TestCase("wat is de hoofdstad van de verenigde naties")]
    [TestCase("wat is de hoofdstad van de buren hiernaast")]
    [TestCase("wat is de hoofdstad van antioquia")]
    [TestCase("welke stad is de hoofdstad van de vlaamse ardennen")]
    [TestCase("bra hoe laat is het")]
    [TestCase("de puzzel is af")]
    [TestCase("de kapper gaat dicht")]
    [TestCase("de deur gaat dicht")]
    [TestCase("de renners komen eraan")]
    [TestCase("help mij met mijn huiswerk")]
    [TestCase("hoe werkt de wasmachine")]
    [TestCase("de kleinkinderen willen spelen")]
    [TestCase("wat staat er in de krant")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
