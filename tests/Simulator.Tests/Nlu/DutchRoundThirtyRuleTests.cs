using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 30 tuning (README section *Round 30 tuning for Dutch (session 37)*), each tried
/// on sentences of our own rather than the corpus lines: openers of Hungarian ("szia", "köszi"), Greek ("ela", "re"),
/// Nigerian ("abeg", "na wa", "oga"), Vietnamese ("troi oi"), Spanish ("oye", "bueno", "hombre", "venga ya") and Italian
/// ("allora", "dai", "senti", "boh", "mamma mia") speakers, "jonge", "lieverd", "mag ik er nog eentje" as fillers;
/// Utrecht, Veluwe and West-Frisian words ("ut", "un", "wi'j", "ie'j", "ikke", "hewwe", "gien", "sit"); "de twee
/// korea's / congo's" and "noord en zuid korea"; the repairs "ho stop", "ho wacht", "perdón", "laat maar van"; help, stop
/// and cancel in the speakers' own languages ("no entiendo", "aiuto", "nem értem", "i no understand", "adiós",
/// "arrivederci", "elég volt", "e don do", "déjalo", "lascia stare", "mindegy", "forget am") and in Dutch ("we hebben hulp
/// nodig", "we weten niet hoe het werkt", "welke commando's", "ik snap niks", "kap nou", "scheid uit", "het is mooi zo",
/// "laat ook maar", "we laten het maar"); reasons closed by an infinitive before a stop ("ik moet de koeien voeren") or
/// a quiz that has begun before a cancel, and reasons from this round's scenes ("stop maar de dokter komt", "het vuurwerk
/// begint stop maar"); "geweest" and "gewoond" as past markers; launches with "apri" and the openers around them; islands, regions and Dutch and
/// Belgian provinces that are no place of the data as not-places; with out-of-domain neighbours that must still fall back.</summary>
public class DutchRoundThirtyRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("szia wat is de hoofdstad van slowakije", "SK", Description = "Hungarian 'szia'")]
    [TestCase("ela en van bulgarije", "BG", Description = "Greek 'ela' before a follow-up")]
    [TestCase("abeg en van ghana", "GH", Description = "Nigerian 'abeg' before a follow-up")]
    [TestCase("troi oi en van laos", "LA", Description = "Vietnamese 'troi oi' before a follow-up")]
    [TestCase("oga wat is de hoofdstad van mali", "ML", Description = "Nigerian 'oga'")]
    [TestCase("hombre wat is de hoofdstad van cuba", "CU", Description = "Spanish 'hombre'")]
    [TestCase("boh wat is de hoofdstad van gambia", "GM", Description = "Italian 'boh'")]
    [TestCase("lieverd wat is de hoofdstad van peru", "PE", Description = "'lieverd'")]
    [TestCase("mag ik er nog eentje en van peru", "PE", Description = "'mag ik er nog eentje'")]
    [TestCase("zeg es jonge hoe heet ut hoofdstad van peru", "PE", Description = "Utrechts 'ut'")]
    [TestCase("hewwe jij de hoofdstad van polen", "PL", Description = "West-Frisian 'hewwe'")]
    [TestCase("ie'j weet vast de hoofdstad van peru", "PE", Description = "Veluws 'ie'j'")]
    [TestCase("de hoofdstad van peru perdón van bolivia", "BO", Description = "Spanish 'perdón' as a repair")]
    [TestCase("de hoofdstad van zweden ho wacht noorwegen", "NO", Description = "'ho wacht' as a repair")]
    [TestCase("wat is de hoofdstad van chili laat maar van peru", "PE", Description = "'laat maar van' as a repair")]
    [TestCase("wat zijn de hoofdsteden van zuid en noord korea", "KP+KR", Description = "'zuid en noord korea'")]
    [TestCase("welke hoofdsteden hebben de twee korea's", "KP+KR", Description = "'de twee korea's'")]
    [TestCase("heb je de hoofdstad van de twee congo's", "CD+CG", Description = "'de twee congo's'")]
    [TestCase("voor opa de hoofdstad van peru", "PE", Description = "'opa' stays a word")]
    [TestCase("wat is de hoofdstad van luxemburg", "LU", Description = "'provincie luxemburg' is a not-place, Luxemburg alone is not")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("szia laat maar zitten", "AMAZON.CancelIntent")]
    [TestCase("troi oi vergeet het", "AMAZON.CancelIntent")]
    [TestCase("déjalo", "AMAZON.CancelIntent")]
    [TestCase("olvídalo alexa", "AMAZON.CancelIntent")]
    [TestCase("lascia stare", "AMAZON.CancelIntent")]
    [TestCase("non importa alexa", "AMAZON.CancelIntent")]
    [TestCase("mindegy laat maar", "AMAZON.CancelIntent")]
    [TestCase("oga forget am", "AMAZON.CancelIntent")]
    [TestCase("we laten het maar", "AMAZON.CancelIntent")]
    [TestCase("jonge laat ook maar", "AMAZON.CancelIntent")]
    [TestCase("de les is al begonnen annuleer maar", "AMAZON.CancelIntent")]
    [TestCase("ik moet de koeien voeren stop maar", "AMAZON.StopIntent")]
    [TestCase("ik moet koken stop", "AMAZON.StopIntent")]
    [TestCase("stop maar de dokter komt", "AMAZON.StopIntent")]
    [TestCase("het vuurwerk begint stop maar", "AMAZON.StopIntent")]
    [TestCase("stop maar de instructeur is er", "AMAZON.StopIntent")]
    [TestCase("we moeten de oliebollen bakken stop maar", "AMAZON.StopIntent")]
    [TestCase("de vergadering begint annuleer maar", "AMAZON.CancelIntent")]
    [TestCase("ik snap er geen bal van", "AMAZON.HelpIntent")]
    [TestCase("ik begrijp er geen snars van", "AMAZON.HelpIntent")]
    [TestCase("oga stop am", "AMAZON.StopIntent")]
    [TestCase("basta cosi alexa", "AMAZON.StopIntent")]
    [TestCase("finito alexa", "AMAZON.StopIntent")]
    [TestCase("venga ya hou op", "AMAZON.StopIntent")]
    [TestCase("jonge kap nou", "AMAZON.StopIntent")]
    [TestCase("scheid uit alexa", "AMAZON.StopIntent")]
    [TestCase("het is mooi zo hoor", "AMAZON.StopIntent")]
    [TestCase("adiós alexa", "AMAZON.StopIntent")]
    [TestCase("vale hasta luego", "AMAZON.StopIntent")]
    [TestCase("allora arrivederci", "AMAZON.StopIntent")]
    [TestCase("elég volt köszi", "AMAZON.StopIntent")]
    [TestCase("abeg e don do", "AMAZON.StopIntent")]
    [TestCase("we hebben hulp nodig alexa", "AMAZON.HelpIntent")]
    [TestCase("we weten niet hoe het werkt", "AMAZON.HelpIntent")]
    [TestCase("welke commando's zijn er", "AMAZON.HelpIntent")]
    [TestCase("how dis thing work abeg", "AMAZON.HelpIntent")]
    [TestCase("mamma mia ik begrijp niks", "AMAZON.HelpIntent")]
    [TestCase("szia ik snap niks", "AMAZON.HelpIntent")]
    [TestCase("ayuda por favor", "AMAZON.HelpIntent")]
    [TestCase("no entiendo cómo funciona", "AMAZON.HelpIntent")]
    [TestCase("aiuto non capisco", "AMAZON.HelpIntent")]
    [TestCase("nem értem hoe werkt dit", "AMAZON.HelpIntent")]
    [TestCase("abeg i no understand", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("oye start hoofdsteden van de wereld")]
    [TestCase("dai apri hoofdsteden van de wereld")]
    [TestCase("ikke wil hoofdsteden van de wereld starten")]
    public void Opening_the_skill_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("wat is de hoofdstad van bali")]
    [TestCase("wat is de hoofdstad van tenerife")]
    [TestCase("wat is de hoofdstad van cornwall")]
    [TestCase("wat is de hoofdstad van toscane")]
    [TestCase("wat is de hoofdstad van transnistrie")]
    [TestCase("wat is de hoofdstad van somaliland")]
    [TestCase("wat is de hoofdstad van de balkan")]
    [TestCase("welke stad is de hoofdstad van scandinavië")]
    [TestCase("de hoofdstad van de provincie groningen")]
    [TestCase("wat is de hoofdstad van de benelux")]
    [TestCase("szia zet de muziek aan")]
    [TestCase("ela wat is het weer")]
    [TestCase("abeg zet een timer")]
    [TestCase("oye hoe laat is het")]
    [TestCase("troi oi hoe laat is het")]
    [TestCase("allora speel muziek")]
    [TestCase("ik moet de koeien voeren")]
    [TestCase("de les is al begonnen")]
    [TestCase("basta met de muziek")]
    [TestCase("kap nou met die muziek")]
    [TestCase("adiós speel de muziek")]
    [TestCase("ayuda met mijn huiswerk")]
    [TestCase("het is mooi weer")]
    [TestCase("wij weten niet hoe laat het is")]
    [TestCase("ik ben in de hoofdstad van peru geweest")]
    [TestCase("mijn oom heeft in de hoofdstad van kenia gewoond")]
    [TestCase("de dokter komt")]
    [TestCase("het vuurwerk begint")]
    [TestCase("stop de muziek de film begint")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
