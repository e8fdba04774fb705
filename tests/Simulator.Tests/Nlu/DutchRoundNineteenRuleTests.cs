using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families round 19 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 19 tuning for Dutch*), each tested with sentences of its kind that no corpus has: Flemish and Brabant "nie" and
/// "da" ("of nie", "hoe werkt da"); praise before a follow-up ("goed zo", "mooi zo"); a quiz clause and its answer tail
/// ("was de vraag", "wat is het juiste antwoord"); a doubt tail ("maar dat klopt (toch) niet"); where it was learnt ("op de
/// basisschool"); "wie heeft X als hoofdstad" and a city heard "op de radio / tv"; cancels
/// by a mistake ("vergissing", "per ongeluk", "never mind", "cancel"), by asking someone else ("ik vraag het wel aan mijn
/// moeder"); stops by a Flemish goodbye or "stop met praten" ("salukes"; "welterusten" is Alexa's good night, no stop); help as "wat kan
/// ik hiermee", "how does it work", "uitleggen"; and a Flemish word before a launch ("allez", "awel"). The neighbours about
/// no capital still fall back.</summary>
public class DutchRoundNineteenRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("nl-NL", utterance);

    [TestCase("ge kent toch wel de hoofdstad van portugal of nie", "PT")]
    [TestCase("weette gij wa de hoofdstad van polen is of nie", "PL")]
    [TestCase("wa is de hoofdstad van ierland of nie dan", "IE")]
    [TestCase("goed zo en van peru dan", "PE")]
    [TestCase("mooi zo en die van chili", "CL")]
    [TestCase("heel goed en van kenia dan", "KE")]
    [TestCase("in de quiz was de vraag wat de hoofdstad van fiji is wat is het juiste antwoord", "FJ")]
    [TestCase("wat is de hoofdstad van tonga wat was het antwoord", "TO")]
    [TestCase("bij de kroegquiz was de vraag wat de hoofdstad van malta is", "MT")]
    [TestCase("ik dacht dat sydney de hoofdstad van australië was maar dat klopt niet", "AU")]
    [TestCase("ik dacht dat lagos de hoofdstad van nigeria was maar dat klopt toch niet", "NG")]
    [TestCase("is de hoofdstad van turkije istanbul dat klopt toch niet", "TR")]
    [TestCase("op de middelbare school moesten we dat kennen wat is de hoofdstad van canada", "CA")]
    [TestCase("op de basisschool leerden we dat wat was de hoofdstad van birma", "MM")]
    [TestCase("bij ons op school leerden we dat uit ons hoofd wat is de hoofdstad van peru", "PE")]
    public void A_round_nineteen_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf("nl-NL", utterance, id);

    [TestCase("wie heeft lima als hoofdstad", "lima")]
    [TestCase("wie heeft ottawa als hoofdstad", "ottawa")]
    [TestCase("wie heeft kaboel als hoofdstad", "kabul")]
    [TestCase("ik hoorde lusaka op de tv van welk land is dat de hoofdstad", "lusaka")]
    [TestCase("ik hoorde harare op het nieuws van welk land is dat de hoofdstad", "harare")]
    [TestCase("ik hoorde bisjkek op de radio waar is dat de hoofdstad van", "bishkek")]
    public void A_round_nineteen_reverse_question_reads_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("nl-NL", utterance, id);

    [TestCase("sorry dat was een vergissing", "AMAZON.CancelIntent")]
    [TestCase("oeps per ongeluk laat maar", "AMAZON.CancelIntent")]
    [TestCase("never mind alexa", "AMAZON.CancelIntent")]
    [TestCase("cancel maar", "AMAZON.CancelIntent")]
    [TestCase("ik vraag het opa wel laat maar", "AMAZON.CancelIntent")]
    [TestCase("salukes", "AMAZON.StopIntent")]
    [TestCase("stop met praten alexa", "AMAZON.StopIntent")]
    [TestCase("hou op met kletsen", "AMAZON.StopIntent")]
    [TestCase("moi alexa ik stop", "AMAZON.StopIntent")]
    [TestCase("wat moet ik hiermee", "AMAZON.HelpIntent")]
    [TestCase("how does it work", "AMAZON.HelpIntent")]
    [TestCase("awel hoe werkt da", "AMAZON.HelpIntent")]
    [TestCase("kunt u mij uitleggen hoe het werkt", "AMAZON.HelpIntent")]
    [TestCase("wat kan ik aan hoofdsteden van de wereld vragen", "AMAZON.HelpIntent")]
    [TestCase("wat kan ik hier mee doen", "AMAZON.HelpIntent")]
    public void A_round_nineteen_built_in_phrasing_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("allez start hoofdsteden van de wereld")]
    [TestCase("awel open hoofdsteden van de wereld")]
    [TestCase("kom op start hoofdsteden van de wereld")]
    public void A_round_nineteen_launch_with_a_flemish_word_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "hoofdsteden van de wereld", "nl-NL").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("welterusten alexa")]
    [TestCase("welterusten zet het licht uit")]
    [TestCase("wat hoorde ik net op de radio")]
    [TestCase("wie heeft de tour de france gewonnen")]
    [TestCase("hoe werkt de wasmachine")]
    [TestCase("cancel mijn afspraak")]
    [TestCase("wat was het goede antwoord")]
    [TestCase("op school leren we over rusland")]
    [TestCase("wie heeft de meeste inwoners van europa")]
    [TestCase("hoe ver is madrid van parijs of nie")]
    public void A_round_nineteen_neighbour_about_no_capital_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
