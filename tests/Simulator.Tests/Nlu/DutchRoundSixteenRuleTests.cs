using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families round 16 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 16 tuning for Dutch*), each tested with sentences of its kind that no corpus has: a blunt register ("kort
/// antwoord", "niet lullen", "geen heel verhaal"); thinking aloud mid-question ("even denken"); "als je het niet erg
/// vindt"; formal requests with "te noemen" ("ik verzoek u vriendelijk", "zoudt u zo goed willen zijn"); Flemish and
/// Brabant "gij / ge / hedde / kunde"; short follow-ups ("die van X", "doe die van X ook maar", "zelfde maar dan voor X");
/// a repair with "doe maar"; a trailing "ik moet het echt weten" / "fr"; address words ("baya", "bro", "mattie");
/// cancel by skipping ("skip maar", "sla die vraag over"); stop "je mag stoppen"; help "leg uit wat ik moet zeggen";
/// aliases (Timor-Leste, Antigua, Trinidad, Micronesië). Former states (Sovjet-Unie, Joegoslavië, Pruisen)
/// are no place of the skill and fall back, as do the out-of-domain neighbours of each family.</summary>
public class DutchRoundSixteenRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("nl-NL", utterance);

    [TestCase("kort antwoord hoofdstad peru", "PE")]
    [TestCase("kort antwoord wat is de hoofdstad van kenia", "KE")]
    [TestCase("niet lullen hoofdstad van chili", "CL")]
    [TestCase("niet zeuren alexa wat is de hoofdstad van ghana", "GH")]
    [TestCase("de hoofdstad van nepal graag geen lang verhaal", "NP")]
    [TestCase("wat is de hoofdstad van eh even denken peru", "PE")]
    [TestCase("wat is de hoofdstad van laat me even denken ghana", "GH")]
    [TestCase("hoe heet de hoofdstad van uhm eens denken chili", "CL")]
    [TestCase("als je het niet erg vindt wat is de hoofdstad van japan", "JP")]
    [TestCase("wat is de hoofdstad van kenia als het niet te veel moeite is", "KE")]
    [TestCase("als u het niet erg vindt hoe heet de hoofdstad van peru", "PE")]
    [TestCase("ik verzoek u vriendelijk de hoofdstad van peru te noemen", "PE")]
    [TestCase("ik verzoek je de hoofdstad van chili te noemen", "CL")]
    [TestCase("zoudt u zo goed willen zijn mij de hoofdstad van kenia te noemen", "KE")]
    [TestCase("zou je zo goed willen zijn de hoofdstad van ghana te zeggen", "GH")]
    [TestCase("weet gij de hoofdstad van peru", "PE")]
    [TestCase("weet ge de hoofdstad van kenia", "KE")]
    [TestCase("hedde gij de hoofdstad van chili paraat", "CL")]
    [TestCase("hebt u de hoofdstad van ghana bij de hand", "GH")]
    [TestCase("die van peru", "PE")]
    [TestCase("doe die van chili ook maar", "CL")]
    [TestCase("en voor de zekerheid ook die van kenia", "KE")]
    [TestCase("laatste vraag die van ghana", "GH")]
    [TestCase("zelfde maar dan voor nepal", "NP")]
    [TestCase("dezelfde voor japan", "JP")]
    [TestCase("wat is de hoofdstad van peru of nee doe maar chili", "CL")]
    [TestCase("hoe heet de hoofdstad van kenia nee doe maar ghana", "GH")]
    [TestCase("wat is de hoofdstad van japan ik moet het echt weten", "JP")]
    [TestCase("bro wat is de hoofdstad van peru ik moet het weten", "PE")]
    [TestCase("wat is de hoofdstad van chili fr", "CL")]
    [TestCase("baya wat is de hoofdstad van ghana", "GH")]
    [TestCase("mattie hoe heet de hoofdstad van kenia", "KE")]
    [TestCase("wat is de hoofdstad van timor-leste", "TL")]
    [TestCase("hoofdstad van timor leste", "TL")]
    [TestCase("wat is de hoofdstad van antigua", "AG")]
    [TestCase("hoe heet de hoofdstad van trinidad", "TT")]
    [TestCase("wat is de hoofdstad van micronesië", "FM")]
    [TestCase("voor de topografietoets de hoofdstad van peru", "PE")]
    public void A_round_sixteen_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf("nl-NL", utterance, id);

    [TestCase("skip maar", "AMAZON.CancelIntent")]
    [TestCase("skip die vraag", "AMAZON.CancelIntent")]
    [TestCase("sla die vraag maar over", "AMAZON.CancelIntent")]
    [TestCase("ik weet het al", "AMAZON.CancelIntent")]
    [TestCase("laat maar baya", "AMAZON.CancelIntent")]
    [TestCase("laat maar bro", "AMAZON.CancelIntent")]
    [TestCase("je mag stoppen", "AMAZON.StopIntent")]
    [TestCase("je mag nu wel stoppen", "AMAZON.StopIntent")]
    [TestCase("je kunt stoppen", "AMAZON.StopIntent")]
    [TestCase("leg eens uit wat ik kan vragen", "AMAZON.HelpIntent")]
    [TestCase("leg me uit wat ik moet zeggen", "AMAZON.HelpIntent")]
    [TestCase("vertel me wat ik moet zeggen", "AMAZON.HelpIntent")]
    public void A_round_sixteen_built_in_phrasing_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("wat was de hoofdstad van de sovjet-unie")]
    [TestCase("wat was de hoofdstad van joegoslavië")]
    [TestCase("hoofdstad van pruisen")]
    [TestCase("kort antwoord graag")]
    [TestCase("even denken")]
    [TestCase("als je het niet erg vindt doe het licht uit")]
    [TestCase("weet gij hoe laat het is")]
    [TestCase("doe die lamp maar uit")]
    [TestCase("skip dit liedje")]
    [TestCase("je mag de radio aanzetten")]
    public void A_round_sixteen_neighbour_about_no_capital_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
