using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families round 13 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 13 tuning for Dutch*), each tested with sentences of its kind that no corpus has: a tag asking Alexa to say it
/// ("wil je het zeggen"); a teacher or parent who said it must be learnt ("de juf zei dat we ... moeten leren"); English
/// words in a Dutch question ("capital (city)", "please", "basically"); "toevallig"; former names of states; "nu X nog";
/// a quiz show that asked it ("bij twee voor twaalf vroegen ze ..."); the verb before the subject after a fronted phrase
/// ("voor school wil ik ..."); a clause about the place before "welke stad is de hoofdstad"; two capitals in a subordinate
/// clause ("ik hoorde dat X twee hoofdsteden heeft"); "verkeerd gezegd" as a repair; "welke hoofdstad hebben die"; typed
/// misspellings of "hoofdstad" and "heet"; and built-in phrasings of help, cancel and a cancel with a stop. Out-of-domain
/// neighbours of each family still fall back.</summary>
public class DutchRoundThirteenRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("nl-NL", utterance);

    [TestCase("ik weet de hoofdstad van peru niet wil je het zeggen", "PE")]
    [TestCase("ik ben de hoofdstad van kenia vergeten kun je het me zeggen", "KE")]
    [TestCase("wat is de hoofdstad van canada zeg het maar", "CA")]
    [TestCase("de meester zei dat we de hoofdstad van chili moeten leren", "CL")]
    [TestCase("mijn moeder zegt dat ik de hoofdstad van noorwegen moet weten", "NO")]
    [TestCase("de juf zei dat ik de hoofdstad van canada moet leren", "CA")]
    [TestCase("wat is de capital van spanje", "ES")]
    [TestCase("wat is de capital city van japan", "JP")]
    [TestCase("peru capital city welke is het", "PE")]
    [TestCase("noorwegen capital please", "NO")]
    [TestCase("basically wat is de hoofdstad van ghana", "GH")]
    [TestCase("hey alexa de capital of canada please", "CA")]
    [TestCase("wat zijn de capitals van zuid-afrika", "ZA")]
    [TestCase("weet je toevallig de hoofdstad van ierland", "IE")]
    [TestCase("ken je toevallig de hoofdstad van de maldiven", "MV")]
    [TestCase("weet je toevallig de hoofdstad van de malediven", "MV")]
    [TestCase("weet jij toevallig hoe de hoofdstad van peru heet", "PE")]
    [TestCase("vroeger heette het siam wat is daar de hoofdstad", "TH")]
    [TestCase("wat is de hoofdstad van abessinië", "ET")]
    [TestCase("wat was de hoofdstad van rhodesië", "ZW")]
    [TestCase("vroeger heette het birma wat is daar de hoofdstad", "MM")]
    [TestCase("hoe heet de hoofdstad van dahomey", "BJ")]
    [TestCase("wat is de hoofdstad van opper-volta", "BF")]
    [TestCase("vroeger heette het perzië hoe heet daar de hoofdstad", "IR")]
    [TestCase("nu peru nog", "PE")]
    [TestCase("en nu chili nog", "CL")]
    [TestCase("dan ghana nog", "GH")]
    [TestCase("nu nog canada", "CA")]
    [TestCase("bij lingo vroegen ze de hoofdstad van peru", "PE")]
    [TestCase("bij de slimste mens vroegen ze de hoofdstad van ghana", "GH")]
    [TestCase("bij twee voor twaalf vroegen ze naar de hoofdstad van laos", "LA")]
    [TestCase("in de krant werd gevraagd wat de hoofdstad van mali is", "ML")]
    [TestCase("voor school wil ik de hoofdstad van peru weten", "PE")]
    [TestCase("voor mijn werkstuk heb ik de hoofdstad van chili nodig", "CL")]
    [TestCase("eigenlijk wil ik de hoofdstad van japan weten", "JP")]
    [TestCase("nu wil ik graag de hoofdstad van italië weten", "IT")]
    [TestCase("ik zag een documentaire over mongolië welke stad is de hoofdstad", "MN")]
    [TestCase("we verhuizen naar canada welke stad is de hoofdstad", "CA")]
    [TestCase("we vliegen volgende week naar japan wat is de hoofdstad", "JP")]
    [TestCase("ik las dat eswatini twee hoofdsteden heeft welke zijn dat", "SZ")]
    [TestCase("klopt het dat nederland twee hoofdsteden heeft", "NL")]
    [TestCase("mijn vader zegt dat bolivia twee hoofdsteden heeft hoe heten die", "BO")]
    [TestCase("ik hoorde dat maleisië twee hoofdsteden heeft", "MY")]
    [TestCase("peru verkeerd gezegd chili de hoofdstad", "CL")]
    [TestCase("wat is de hoofdstad van oostenrijk verkeerd gezegd australië", "AU")]
    [TestCase("zweden fout gezegd noorwegen wat is de hoofdstad", "NO")]
    [TestCase("ijsland welke hoofdstad heeft dat", "IS")]
    [TestCase("de filipijnen welke hoofdstad hebben die", "PH")]
    [TestCase("marokko nee tunesië welke hoofdstad hebben ze", "TN")]
    [TestCase("wat is de hoofstad van peru", "PE")]
    [TestCase("hoe hiet de hoofdstad van spanje", "ES")]
    [TestCase("wat zijn de hoofsteden van bolivia", "BO")]
    [TestCase("wat is de hooftstad van chili", "CL")]
    [TestCase("hoe hiet de hoofstad van belgië", "BE")]
    public void A_round_thirteen_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf("nl-NL", utterance, id);

    [TestCase("ik snap niet wat ik moet vragen", "AMAZON.HelpIntent")]
    [TestCase("ik begrijp niet wat ik moet zeggen", "AMAZON.HelpIntent")]
    [TestCase("ik snap niet wat ik kan zeggen", "AMAZON.HelpIntent")]
    [TestCase("laat maar ik vraag het straks wel", "AMAZON.CancelIntent")]
    [TestCase("oeps verkeerd laat maar", "AMAZON.CancelIntent")]
    [TestCase("nee laat maar een andere keer", "AMAZON.CancelIntent")]
    [TestCase("verkeerd gezegd", "AMAZON.CancelIntent")]
    [TestCase("laat maar zitten ik stop", "AMAZON.StopIntent")]
    [TestCase("stop laat maar", "AMAZON.CancelIntent", Description = "a cancel and a stop: the one said last (session 23)")]
    [TestCase("annuleer ik stop ermee", "AMAZON.StopIntent")]
    [TestCase("vergeet het maar dat was het", "AMAZON.StopIntent")]
    public void A_round_thirteen_built_in_phrasing_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("ik weet het niet wil je het zeggen")]
    [TestCase("hoe laat is het zeg het maar")]
    [TestCase("de juf zei dat we de tafels moeten leren")]
    [TestCase("mijn vader zegt dat het gaat regenen")]
    [TestCase("wat is de capital van de mode")]
    [TestCase("please play some music")]
    [TestCase("wat is venture capital")]
    [TestCase("weet je toevallig hoe laat het is")]
    [TestCase("vroeger heette het anders hoe heet het nu")]
    [TestCase("nu nog even wachten")]
    [TestCase("nu de weersverwachting nog")]
    [TestCase("bij twee voor twaalf vroegen ze hoe oud de aarde is")]
    [TestCase("voor mijn spreekbeurt heb ik een plaatje van een leeuw nodig")]
    [TestCase("we gaan op vakantie naar spanje hoe wordt het weer")]
    [TestCase("ik las over frankrijk welke stad is het grootst")]
    [TestCase("ik hoorde dat frankrijk veel kastelen heeft welke zijn dat")]
    [TestCase("laat maar zien wat het weer wordt")]
    [TestCase("is het koud of warm in parijs")]
    [TestCase("help stop")]
    public void A_round_thirteen_neighbour_about_no_capital_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
