using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families round 14 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 14 tuning for Dutch*), each tested with sentences of its kind that no corpus has: the country's adjective before
/// "hoofdstad" ("de zweedse hoofdstad"); "X z'n hoofdstad"; a busy-hands clause ("ik heb mijn handen vol"); "of hoe dat
/// land nu heet" after a former name; Flemish "amai" and "nu weer"; "heeft X een hoofdstad"; "volgens mij is X de
/// hoofdstad van Y, klopt dat" and "het is toch zo dat ..."; "en hoe heten ze"; and built-in phrasings of help, cancel
/// and launch. Out-of-domain neighbours of each family still fall back.</summary>
public class DutchRoundFourteenRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("nl-NL", utterance);

    [TestCase("wat is de franse hoofdstad", "FR")]
    [TestCase("hoe heet de duitse hoofdstad", "DE")]
    [TestCase("welke stad is de japanse hoofdstad", "JP")]
    [TestCase("de noorse hoofdstad is welke stad", "NO")]
    [TestCase("de griekse hoofdstad is wat", "GR")]
    [TestCase("wat is peru z'n hoofdstad", "PE")]
    [TestCase("hoe heet kenia z'n hoofdstad", "KE")]
    [TestCase("wat is ghana zijn hoofdstad", "GH")]
    [TestCase("ik sta te koken zeg even de hoofdstad van peru", "PE")]
    [TestCase("ik zit in de auto wat is de hoofdstad van chili", "CL")]
    [TestCase("ik heb mijn handen vol wat is de hoofdstad van laos", "LA")]
    [TestCase("wat is de hoofdstad van ceylon of hoe het nu heet", "LK")]
    [TestCase("hoe heet de hoofdstad van dahomey of hoe dat land nu heet", "BJ")]
    [TestCase("wat was de hoofdstad van rhodesië of hoe dat land tegenwoordig heet", "ZW")]
    [TestCase("amai wat is de hoofdstad van peru", "PE")]
    [TestCase("allee hoe heet de hoofdstad van kenia nu weer", "KE")]
    [TestCase("wat is de hoofdstad van mali nou weer", "ML")]
    [TestCase("heeft groenland een hoofdstad", "GL")]
    [TestCase("heeft puerto rico een eigen hoofdstad", "PR")]
    [TestCase("heeft bermuda een hoofdstad", "BM")]
    [TestCase("volgens mij is lagos de hoofdstad van nigeria klopt dat", "NG")]
    [TestCase("is toronto de hoofdstad van canada klopt het", "CA")]
    [TestCase("het is toch zo dat istanbul de hoofdstad van turkije is", "TR")]
    [TestCase("het is zo dat rio de hoofdstad van brazilië is toch", "BR")]
    [TestCase("hoeveel hoofdsteden heeft bolivia en hoe heten ze", "BO")]
    [TestCase("welke hoofdsteden heeft nederland hoe heten ze", "NL")]
    public void A_round_fourteen_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf("nl-NL", utterance, id);

    [TestCase("wat verwacht je van me", "AMAZON.HelpIntent")]
    [TestCase("wat kan ik met deze skill doen", "AMAZON.HelpIntent")]
    [TestCase("welke vragen begrijp je", "AMAZON.HelpIntent")]
    [TestCase("waar dient deze app voor", "AMAZON.HelpIntent")]
    [TestCase("wat doet deze skill", "AMAZON.HelpIntent")]
    [TestCase("laat maar ik google het wel", "AMAZON.CancelIntent")]
    [TestCase("ik zoek het zelf wel uit", "AMAZON.CancelIntent")]
    [TestCase("ik kijk zelf wel", "AMAZON.CancelIntent")]
    public void A_round_fourteen_built_in_phrasing_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("alexa wil je hoofdsteden van de wereld voor me starten")]
    [TestCase("kun je hoofdsteden van de wereld voor mij openen")]
    [TestCase("alexa hoofdsteden van de wereld voor me opstarten")]
    public void A_round_fourteen_launch_is_a_launch(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "hoofdsteden van de wereld", "nl-NL").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("wat is de spaanse griep")]
    [TestCase("hoe laat is het in de franse hoofdstad")]
    [TestCase("heeft nederland een koning")]
    [TestCase("amai wat is het weer")]
    [TestCase("ik heb mijn handen vol zet een timer")]
    [TestCase("klopt dat")]
    [TestCase("wat doet de beurs")]
    [TestCase("of hoe dat land nu heet")]
    public void A_round_fourteen_neighbour_about_no_capital_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
