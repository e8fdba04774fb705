using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families round 22 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 22 tuning for Dutch (session 22)*), each tested with sentences of its kind that no corpus has: forms of address
/// and interjections as fillers (student "amice", Indisch "adoeh" and "sajang", "waarde alexa", "oh"); "zeg es" ("es" for
/// "eens"); a learner's "ik leer nederlands" before a question; "vertel ons" / "zeg ons" as a lead; "hoe zit dat met" and
/// "zijn het er twee"; a seat-of-government check "zit / ligt de regering van X in Y"; a repair "of nee zeg maar"; the
/// reverse question "welke hoofdstad is X van welk land" and "de hoofdstad X hoort bij welk land"; help "wat kan ik vragen
/// over hoofdsteden", "welke vragen mag ik stellen"; stop "het is mooi geweest" after other words and "beëindig de skill".
/// The neighbours about no capital still fall back.</summary>
public class DutchRoundTwentyTwoRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("nl-NL", utterance);

    [TestCase("amice wat is de hoofdstad van kenia", "KE")]
    [TestCase("adoeh wat is de hoofdstad van thailand", "TH")]
    [TestCase("waarde alexa wat is de hoofdstad van polen", "PL")]
    [TestCase("zeg ons de hoofdstad van chili", "CL")]
    [TestCase("zeg es wat is de hoofdstad van ghana", "GH")]
    [TestCase("ik leer nederlands wat is de hoofdstad van syrië", "SY")]
    [TestCase("hoe zit dat met bolivia", "BO")]
    [TestCase("hoe zit het met de hoofdsteden van zuid-afrika zijn het er drie", "ZA")]
    [TestCase("zit de regering van bolivia echt in la paz", "BO")]
    [TestCase("zetelt de regering van zuid-afrika in pretoria", "ZA")]
    [TestCase("wat is de hoofdstad van peru of nee zeg maar van chili", "CL")]
    public void A_round_twenty_two_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf("nl-NL", utterance, id);

    [TestCase("welke hoofdstad is lima van welk land", "lima")]
    [TestCase("de hoofdstad accra hoort bij welk land", "accra")]
    public void A_round_twenty_two_reverse_question_reads_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("nl-NL", utterance, id);

    [TestCase("wat kan ik vragen over hoofdsteden", "AMAZON.HelpIntent")]
    [TestCase("welke vragen mag ik stellen", "AMAZON.HelpIntent")]
    [TestCase("hoe vraag ik naar een hoofdstad", "AMAZON.HelpIntent")]
    [TestCase("amice stop ermee", "AMAZON.StopIntent")]
    [TestCase("sajang het is mooi geweest", "AMAZON.StopIntent")]
    [TestCase("beëindig de skill", "AMAZON.StopIntent")]
    [TestCase("oh laat maar", "AMAZON.CancelIntent")]
    [TestCase("laat maar zitten sajang", "AMAZON.CancelIntent")]
    public void A_round_twenty_two_built_in_phrasing_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("adoeh open hoofdsteden van de wereld")]
    public void A_round_twenty_two_launch_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "hoofdsteden van de wereld", "nl-NL").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("amice speel muziek")]
    [TestCase("adoeh hoe laat is het")]
    [TestCase("zit de sleutel in de la")]
    [TestCase("oh wat jammer")]
    [TestCase("hoe zit dat met het weer morgen")]
    public void A_round_twenty_two_neighbour_about_no_capital_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
