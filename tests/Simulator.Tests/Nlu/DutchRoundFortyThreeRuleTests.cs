using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 43 tuning (section *Round 43 tuning for Dutch (session 56)*), each tried on
/// sentences of our own rather than the corpus lines: calls, thanks and hesitations said inside Dutch by Bosnian
/// ("ajde", "jarane", "hvala"), Pakistani ("chalo", "theek hai", "shukriya"), Ethiopian ("ishi", "amesegnalehu"), Thai
/// ("kha", "khrap"), Kurdish ("spas"), Hungarian ("kérlek") and French ("bof", "bah", "voilà") Dutch speakers; who the
/// speaker is before a help ("ik ben student", "ik lig ziek op de bank") and "ik ben het vergeten" before a question;
/// "bij ons in het koninkrijk" in a follow-up; launch with "ouvre" / "lance" and "voor de taalles"; cancel "niet die
/// vraag", with a reason before it ("ze zeiden maar wat", "het was een grapje"); stop "c'est fini", "ça
/// suffit"; help "hoe werkt het met de provincies", "kan ik ook vragen naar een provincie", "weet je
/// hoe dit werkt", "wat kan hoofdsteden van de wereld"; the not-places "keukenhof", "madurodam"; with out-of-domain
/// neighbours that must still fall back.</summary>
public class DutchRoundFortyThreeRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("alexa ajde wat is de hoofdstad van servië", "RS")]
    [TestCase("alexa jarane wat is de hoofdstad van bosnië", "BA")]
    [TestCase("chalo alexa wat is de hoofdstad van pakistan", "PK")]
    [TestCase("alexa ishi wat is de hoofdstad van ethiopië", "ET")]
    [TestCase("alexa wat is de hoofdstad van thailand kha", "TH")]
    [TestCase("alexa bof wat is de hoofdstad van frankrijk", "FR")]
    [TestCase("alexa spas wat is de hoofdstad van irak", "IQ")]
    [TestCase("alexa ik ben het vergeten wat is de hoofdstad van chili", "CL")]
    [TestCase("alexa ik weet niet meer de hoofdstad van peru", "PE")]
    [TestCase("en bij ons in het koninkrijk aruba", "AW")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa ajde laat maar", "AMAZON.CancelIntent")]
    [TestCase("chalo alexa laat maar", "AMAZON.CancelIntent")]
    [TestCase("alexa ka laat maar zitten", "AMAZON.CancelIntent")]
    [TestCase("alexa niet die vraag", "AMAZON.CancelIntent")]
    [TestCase("niet deze vraag alexa", "AMAZON.CancelIntent")]
    [TestCase("het was een grapje laat maar", "AMAZON.CancelIntent")]
    [TestCase("alexa mai pen rai", "AMAZON.CancelIntent")]
    [TestCase("alexa jarane genoeg", "AMAZON.StopIntent")]
    [TestCase("ishi stop maar", "AMAZON.StopIntent")]
    [TestCase("alexa c'est fini", "AMAZON.StopIntent")]
    [TestCase("alexa ça suffit stop", "AMAZON.StopIntent")]
    [TestCase("alexa chalo we stoppen", "AMAZON.StopIntent")]
    [TestCase("alexa hoe werkt het met de provincies", "AMAZON.HelpIntent")]
    [TestCase("alexa hoe vraag ik naar een provincie", "AMAZON.HelpIntent")]
    [TestCase("alexa kan ik ook vragen naar een provincie", "AMAZON.HelpIntent")]
    [TestCase("alexa weet je hoe dit werkt", "AMAZON.HelpIntent")]
    [TestCase("alexa vertel wat je kan", "AMAZON.HelpIntent")]
    [TestCase("alexa wat kan hoofdsteden van de wereld", "AMAZON.HelpIntent")]
    [TestCase("alexa ik ben student hoe werkt dit", "AMAZON.HelpIntent")]
    [TestCase("alexa ik lig ziek hoe werkt dit spel", "AMAZON.HelpIntent")]
    [TestCase("alexa even kijken hoe werkt het", "AMAZON.HelpIntent")]
    [TestCase("ishi alexa hoe werkt het", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa ajde hoofdsteden van de wereld")]
    [TestCase("alexa chalo start hoofdsteden van de wereld")]
    [TestCase("alexa ouvre hoofdsteden van de wereld")]
    [TestCase("alexa lance hoofdsteden van de wereld")]
    [TestCase("alexa start hoofdsteden van de wereld voor de taalles")]
    [TestCase("alexa open hoofdsteden van de wereld voor mijn inburgering")]
    public void The_invocation_name_with_words_around_it_launches(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa ajde zet de muziek aan")]
    [TestCase("chalo alexa hoe laat is het")]
    [TestCase("alexa ishi speel de radio")]
    [TestCase("alexa bof wat voor weer wordt het")]
    [TestCase("alexa ik ben student")]
    [TestCase("alexa ik lig ziek op de bank")]
    [TestCase("alexa wat is de hoofdstad van de keukenhof")]
    [TestCase("alexa wat is de hoofdstad van madurodam")]
    [TestCase("alexa wat is de hoofdstad van mijn geboorteland")]
    [TestCase("alexa ouvre la fenêtre")]
    [TestCase("alexa lance de muziek")]
    [TestCase("alexa open spotify voor de taalles")]
    [TestCase("alexa welterusten zet de wekker om zeven uur")]
    [TestCase("alexa goedenacht")]
    [TestCase("alexa stop de oven")]
    [TestCase("alexa annuleer de monteur")]
    [TestCase("alexa niet die muziek")]
    [TestCase("alexa hoe werkt de wasmachine")]
    [TestCase("alexa vertel wat je van de film vond")]
    [TestCase("alexa hoe vraag ik naar een paspoort")]
    [TestCase("alexa zie je dat")]
    [TestCase("alexa wat zie jij")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
