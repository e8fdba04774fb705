using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families round 23 generalised from the misses of its tuning half (README section *Round 23 tuning
/// for Dutch (session 24)*), each tested with sentences of its kind that no corpus has: interjections of speakers who mix
/// in Portuguese and Hindi ("então", "tipo", "nossa", "yaar"), a radio "roger" and Frisian "ja hear" as fillers;
/// the split and run-together "hoofd stad fan" and "hoofdstadvan"; Frisian "haadstêd fan" and "hjitte"; "excuus" as a
/// repair; a reason said after a cancel or a stop opened by "ik", or before one closed by "al" / "al gezegd" ("ik weet
/// het al, laat maar"); the stops "over en uit" and "einde oefening", the cancel "vraag vervalt", the help "een beetje
/// hulp" and "hoe begin ik"; a launch after "hee"; and Dutch regions that have no capital in the skill (Texel, de Veluwe,
/// de Randstad, Sicilië) falling back. The neighbours about no capital still fall back.</summary>
public class DutchRoundTwentyThreeRuleTests
{
    private const string Locale = "nl-NL";

    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize(Locale, utterance);

    [TestCase("então wat is de hoofdstad van peru", "PE")]
    [TestCase("então welke hoofdstad heeft kenia", "KE")]
    [TestCase("nossa wat is de hoofdstad van japan", "JP")]
    [TestCase("yaar wat is de hoofdstad van india", "IN")]
    [TestCase("roger en de hoofdstad van noorwegen", "NO")]
    [TestCase("ja hear wat is de hoofdstad van ierland", "IE")]
    [TestCase("de hoofd stad fan zweden", "SE")]
    [TestCase("wat is de hoofdstadvan egypte", "EG")]
    [TestCase("wat is de haadstêd fan denemarken", "DK")]
    [TestCase("hoe hjit de hoofdstad van finland", "FI")]
    [TestCase("wat is de hoofdstad van oostenrijk excuus zwitserland", "CH")]
    public void A_round_twenty_three_family_reads_the_place(string utterance, string id)
    {
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);
    }

    [TestCase("laat maar ik weet het al", "AMAZON.CancelIntent")]
    [TestCase("vergeet het maar ik heb het al", "AMAZON.CancelIntent")]
    [TestCase("oma wist het al vergeet het", "AMAZON.CancelIntent")]
    [TestCase("opa had het al gezegd laat maar", "AMAZON.CancelIntent")]
    [TestCase("die vraag vervalt", "AMAZON.CancelIntent")]
    [TestCase("stop maar ik ga slapen", "AMAZON.StopIntent")]
    [TestCase("over en uit alexa", "AMAZON.StopIntent")]
    [TestCase("einde oefening", "AMAZON.StopIntent")]
    [TestCase("ik wil graag een beetje hulp", "AMAZON.HelpIntent")]
    [TestCase("hoe begin ik met deze skill", "AMAZON.HelpIntent")]
    public void A_round_twenty_three_built_in_phrasing_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("hee open hoofdsteden van de wereld")]
    [TestCase("hé start hoofdsteden van de wereld")]
    public void A_round_twenty_three_launch_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "hoofdsteden van de wereld", Locale).Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("wat is de hoofdstad van de veluwe")]
    [TestCase("wat is de hoofdstad van texel eigenlijk")]
    [TestCase("wat is de hoofdstad van de randstad")]
    [TestCase("wat is de hoofdstad van sardinië")]
    [TestCase("wat is de hoofdstad van het zuiden")]
    [TestCase("então speel muziek")]
    [TestCase("roger zet de radio aan")]
    [TestCase("nossa wat is het koud")]
    [TestCase("stop maar ik wil muziek horen")]
    [TestCase("ik heb het al koud")]
    [TestCase("hee wat is het weer morgen")]
    public void A_round_twenty_three_neighbour_about_no_capital_falls_back(string utterance)
    {
        LocaleNlu.AssertFallsBack(Locale, utterance);
    }
}
