using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 33 tuning (README section *Round 33 tuning for Dutch (session 43)*), each tried
/// on sentences of our own rather than the corpus lines: openers "sjonge (jonge)", Polish / Ukrainian "dobre (den)",
/// Somali "haye", Haags "hoor es" as fillers; settings and purposes said around the question ("in de kas", "voor mijn
/// speech", "voor de wordfeud", "voor die toeristen", "voor de duikvakantie", "voor mijn papieren", "ik leer
/// nederlands", "in de trein"), closings "ken jij het", "mijn tante woont daar", "ik kom daarvandaan", "wat is het
/// daar", "aan de andere kant", "weet niemand"; follow-up lead "voor de volgende vraag"; repairs "nee alleen", "ach nee";
/// German-Dutch "was is / was ist die hoofdstad", "von"; "ken je me" as "kun je me"; reported asks "asked me", "vraag ze
/// me"; "wat zijn hun hoofdsteden" as a place reference; help ("kun je me op weg helpen", "ik zit vast", "voorbeelden",
/// "hoe vraag ik", "i don't get it"), stop ("hou nou je kop", a weekend or going home as the reason), cancel ("nvm",
/// "forget it man", "het hoeft al niet meer", "annuleer die laatste vraag", a patient as the reason) and the German launch
/// verb "öffne"; not-places (the universe, the Arab world, the Caribbean, Roblox, the Ruhr) and "drop" as another sense of
/// "hoofdstad"; with out-of-domain neighbours that must still fall back.</summary>
public class DutchRoundThirtyThreeRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("sjonge wat is de hoofdstad van peru", "PE", Description = "opener 'sjonge'")]
    [TestCase("dobre wat is de hoofdstad van oekraïne", "UA", Description = "Polish / Ukrainian 'dobre'")]
    [TestCase("dobre den en van moldavië", "MD", Description = "'dobre den' before a follow-up")]
    [TestCase("haye en van kenia", "KE", Description = "Somali 'haye'")]
    [TestCase("hoor es wat is de hoofdstad van chili", "CL", Description = "Haags 'hoor es'")]
    [TestCase("in de kas vragen ze de hoofdstad van polen", "PL", Description = "greenhouse setting 'in de kas'")]
    [TestCase("mijn zus trouwt wat is de hoofdstad van ghana voor mijn speech", "GH", Description = "'voor mijn speech'")]
    [TestCase("wat is de hoofdstad van kenia ken jij het", "KE", Description = "a closing 'ken jij het'")]
    [TestCase("mijn baas asked me de hoofdstad van estland", "EE", Description = "reported ask 'asked me'")]
    [TestCase("dobre ik leer nederlands zeg mij hoofdstad van servië", "RS", Description = "'ik leer nederlands'")]
    [TestCase("ik wil weten hoofdstad van oekraïne voor mijn papieren", "UA", Description = "'voor mijn papieren'")]
    [TestCase("wat is de hoofdstad van ierland voor de wordfeud", "IE", Description = "'voor de wordfeud'")]
    [TestCase("wat is de hoofdstad van china voor die toeristen", "CN", Description = "'voor die toeristen'")]
    [TestCase("wat is de hoofdstad van peru mijn tante woont daar", "PE", Description = "'mijn tante woont daar'")]
    [TestCase("in de trein naar parijs is dat de hoofdstad van frankrijk", "FR", Description = "'in de trein'")]
    [TestCase("en roemenië ik kom daarvandaan", "RO", Description = "'ik kom daarvandaan'")]
    [TestCase("voor de volgende vraag chili", "CL", Description = "'voor de volgende vraag'")]
    [TestCase("en van kenia wat is het daar", "KE", Description = "a closing 'wat is het daar'")]
    [TestCase("en die van noorwegen aan de andere kant", "NO", Description = "'aan de andere kant'")]
    [TestCase("en peru en chili nee alleen peru", "PE", Description = "repair 'nee alleen'")]
    [TestCase("wat is de hoofdstad van frankrijk ach nee spanje", "ES", Description = "repair 'ach nee'")]
    [TestCase("was is de hoofdstad von polen", "PL", Description = "German-Dutch 'was is', 'von'")]
    [TestCase("was ist die hoofdstad van oostenrijk", "AT", Description = "German-Dutch 'was ist die'")]
    [TestCase("ken je me zeggen wat de hoofdstad van spanje is", "ES", Description = "'ken je me' as 'kun je me'")]
    [TestCase("ik woon in bolivia wat zijn hun hoofdsteden", "BO", Description = "'wat zijn hun hoofdsteden'")]
    [TestCase("op de camping vragen ze me de hoofdstad van ierland", "IE", Description = "reported ask 'vragen ze me'")]
    [TestCase("voor de duikvakantie wat is de hoofdstad van aruba", "AW", Description = "'voor de duikvakantie'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("sjonge jonge hou op", "AMAZON.StopIntent")]
    [TestCase("hou nou je mond", "AMAZON.StopIntent")]
    [TestCase("het is zaterdag stop maar", "AMAZON.StopIntent")]
    [TestCase("we zijn klaar met topo stop", "AMAZON.StopIntent")]
    [TestCase("hou op ik ga slapen", "AMAZON.StopIntent")]
    [TestCase("stop maar we gaan eten", "AMAZON.StopIntent")]
    [TestCase("nvm", "AMAZON.CancelIntent")]
    [TestCase("forget it man", "AMAZON.CancelIntent")]
    [TestCase("het hoeft al niet meer", "AMAZON.CancelIntent")]
    [TestCase("laat maar de patiënt is al weg", "AMAZON.CancelIntent")]
    [TestCase("laat maar ik zoek het zelf wel op", "AMAZON.CancelIntent")]
    [TestCase("annuleer die laatste vraag", "AMAZON.CancelIntent")]
    [TestCase("kun je me op weg helpen", "AMAZON.HelpIntent")]
    [TestCase("kun je me helpen met dit spel", "AMAZON.HelpIntent")]
    [TestCase("ik zit vast", "AMAZON.HelpIntent")]
    [TestCase("i don't get it", "AMAZON.HelpIntent")]
    [TestCase("mag ik wat voorbeelden", "AMAZON.HelpIntent")]
    [TestCase("de collega's willen voorbeelden", "AMAZON.HelpIntent")]
    [TestCase("hoe vraag ik een hoofdstad", "AMAZON.HelpIntent")]
    [TestCase("ik weet niet hoe het moet", "AMAZON.HelpIntent")]
    [TestCase("uitleg graag voor de nieuwe jongen", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa öffne hoofdsteden van de wereld")]
    public void The_skill_is_opened(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("wat is de hoofdstad van het universum")]
    [TestCase("wat is de drop hoofdstad van nederland")]
    [TestCase("wat is de hoofdstad van de arabische wereld")]
    [TestCase("wat is de hoofdstad van de caraïben")]
    [TestCase("wat is de hoofdstad van het ruhrgebied")]
    [TestCase("wie is de burgemeester van von braun")]
    [TestCase("ik zit vast in de file")]
    [TestCase("kun je me helpen met mijn huiswerk")]
    [TestCase("hoe vraag ik een hypotheek aan")]
    [TestCase("hou nou je mond over het weer")]
    [TestCase("het is zondag")]
    [TestCase("wat is het weer daar")]
    [TestCase("in de trein naar parijs hoe laat is het")]
    [TestCase("voorbeelden van werkwoorden")]
    [TestCase("was is het weer in polen")]
    [TestCase("wil weten hoe het weer wordt")]
    [TestCase("annuleer mijn afspraak")]
    [TestCase("we gaan naar huis")]
    [TestCase("stop we gaan de muziek aanzetten")]
    [TestCase("mijn oma wil weten hoe laat het is")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
