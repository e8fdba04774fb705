using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 38 tuning (interactionModel/README.md, *Round 38 tuning for Italian (session
/// 40)*), each tried on sentences of our own rather than the corpus lines: the Sicilian, Calabrian, Friulian and Sardinian
/// interjections as fillers ("cumpari", "minchia", "talìa", "jamu", "cjale", "mandi", "chi ffu", "picciotta") and the
/// learner's "come si dice in italiano"; the Sicilian articled prepositions after "capitale" ("a capitale do / da" -> "la
/// capitale del / della", also in a repair "no da"), Sardinian "ita est (sa)" -> "qual è (la)", "a sa" -> "alla", the
/// kin words "me frati / me figghiu / me soru" and the words "ca", "ndi", "stu", "unni", "havi", "picciriddu", "nono",
/// "babbu", "mundu" read as their Italian ones; "di che isole è capitale"; help ("stu coso", "che domande posso fare alle
/// capitali del mondo"), stop ("non ne posso più", "spegniti / smettila con queste capitali", "a domani", "mandi" alone)
/// and cancel cues ("annulla l'operazione", "annulla la richiesta"); launches with "minchia", "cumpari", "i capitali del
/// mondo", "capitali do mundu"; and not-places (sports, mountains, firms, international bodies, Brazilian music, regions)
/// that fall back; with out-of-domain neighbours that must still fall back.</summary>
public class ItalianRoundThirtyEightRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("cumpari la capitale dell'ungheria", "HU")]
    [TestCase("minchia qual è la capitale della polonia", "PL")]
    [TestCase("talìa dimmi la capitale del portogallo", "PT")]
    [TestCase("cjale la capitale della norvegia", "NO")]
    [TestCase("a capitale do cile comu si chiama", "CL")]
    [TestCase("a capitale da svezia qual è", "SE")]
    [TestCase("u picciriddu vuole sapere a capitale do messico", "MX")]
    [TestCase("ndi dici a capitale da spagna", "ES")]
    [TestCase("a capitale da romania no da bulgaria", "BG")]
    [TestCase("ita est la capitale dell'irlanda", "IE")]
    [TestCase("ita est sa capitale del perù", "PE")]
    [TestCase("mandi e la croazia", "HR")]
    [TestCase("capitale cile come si dice in italiano", "CL")]
    [TestCase("jamu dimmi la capitale della tunisia", "TN")]
    [TestCase("il nono chiede la capitale dell'austria", "AT")]
    [TestCase("su babbu vuole sapere la capitale della finlandia", "FI")]
    [TestCase("amunì picciotta la capitale dello zambia", "ZM")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("suva di che isole è capitale", "suva")]
    [TestCase("minchia lima di che paese è", "lima")]
    public void A_reverse_question_names_the_city(string utterance, string city) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, city);

    [TestCase("cumpari annulla", "AMAZON.CancelIntent")]
    [TestCase("annulla l'operazione per favore", "AMAZON.CancelIntent")]
    [TestCase("minchia annulla la richiesta", "AMAZON.CancelIntent")]
    [TestCase("non ne posso più basta", "AMAZON.StopIntent")]
    [TestCase("cumpari smettila con queste capitali", "AMAZON.StopIntent")]
    [TestCase("mandi", "AMAZON.StopIntent")]
    [TestCase("mandi a domani", "AMAZON.StopIntent")]
    [TestCase("mandi alexa grazie e basta", "AMAZON.StopIntent")]
    [TestCase("talìa come funziona stu coso", "AMAZON.HelpIntent")]
    [TestCase("minchia non so cosa dire", "AMAZON.HelpIntent")]
    [TestCase("che domande posso fare alle capitali del mondo", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("minchia apri capitali del mondo")]
    [TestCase("cumpari avvia i capitali del mondo")]
    [TestCase("talìa apri capitali do mundu")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("la capitale del surf")]
    [TestCase("la capitale della ferrari")]
    [TestCase("la capitale dell'unesco")]
    [TestCase("la capitale del nord italia")]
    [TestCase("la capitale delle dolomiti")]
    [TestCase("la capitale di arendelle")]
    [TestCase("la capitale della galizia")]
    [TestCase("a capitale do sertanejo")]
    [TestCase("mandi che ore sono")]
    [TestCase("cumpari accendi la luce")]
    [TestCase("a domani la sveglia alle sette")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
