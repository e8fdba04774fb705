using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 36 tuning (interactionModel/README.md, *Round 36 tuning for Italian (session
/// 38)*), each tried on sentences of our own rather than the corpus lines: the interjections of the round's speakers as
/// fillers (Lucanian "ajè", "cumbà"; Romanesco "tacci tua"; Arabic "ya habibi", "ya akhi"; "da da"), with "po" (un po'),
/// "vera" ("la capitale vera"), "o sbaglio" and the frames "per la tesi (di storia)", "quante lettere ha", "c'è scritto",
/// "nell'oceano indiano"; the southern article "u", French "et", Romanesco "co" and "ste" read as their Italian words;
/// "nein" as a repair; joins for "c'ha", "sono (tutte e due / entrambe) capitali", "del suo paese il / la" and
/// "proviamo / prova con quella del"; the place references "la capitale loro / sua"; help ("che roba è", "spiegami come
/// va", "non so usare", "questo coso", "comment ça marche"), stop ("chiudi le capitali", "basta con ste capitali", "ci
/// vediamo") and cancel cues ("maalesh", "ma lesh", "lascia stare va", "annullalo"); launches with "öffne", "ajè", "po",
/// "che facciamo una gara"; and not-places (historical and geographic regions, landmarks, a film town, a dance) that fall
/// back; with out-of-domain neighbours that must still fall back. Dropped because the unit helper reads it otherwise than
/// `capitals eval`: "e u portogallo" (a follow-up: the helper matches "e {country}" with an empty slot; eval answers PT).</summary>
public class ItalianRoundThirtySixRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("per la tesi di storia mi serve la capitale dell'iraq", "IQ")]
    [TestCase("per la tesina la capitale del perù", "PE")]
    [TestCase("sulla settimana enigmistica la capitale del kenya quante lettere ha", "KE")]
    [TestCase("proviamo con quella dell'uzbekistan", "UZ")]
    [TestCase("ajè e la grecia", "GR")]
    [TestCase("cumbà la capitale della croazia", "HR")]
    [TestCase("tacci tua la capitale della svezia", "SE")]
    [TestCase("ya habibi la capitale del marocco", "MA")]
    [TestCase("da da la capitale della bulgaria è sofia giusto", "BG")]
    [TestCase("a risiko ho messo i carri in ucraina e mi chiede la capitale vera", "UA")]
    [TestCase("c'era un gruppo di turisti del cile la capitale loro", "CL")]
    [TestCase("ho un collega del messico la capitale sua", "MX")]
    [TestCase("che capitale c'ha la spagna", "ES")]
    [TestCase("c'è scritto regno di svezia la capitale", "SE")]
    [TestCase("vuole sapere la capitale del suo paese la colombia", "CO")]
    [TestCase("also die capitale della francia nein della germania", "DE")]
    [TestCase("et la suisse cioè la svizzera", "CH")]
    [TestCase("la capitale della bolivia po", "BO")]
    [TestCase("la paz e sucre sono tutte e due capitali della bolivia", "BO")]
    [TestCase("la capitale di mayotte nell'oceano indiano", "YT")]
    [TestCase("la capitale del canada è toronto o sbaglio", "CA")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("maalesh annulla", "AMAZON.CancelIntent")]
    [TestCase("ma lesh non importa", "AMAZON.CancelIntent")]
    [TestCase("lascia stare va", "AMAZON.CancelIntent")]
    [TestCase("annullalo", "AMAZON.CancelIntent")]
    [TestCase("cancellala per favore", "AMAZON.CancelIntent")]
    [TestCase("nein nein lascia perdere", "AMAZON.CancelIntent")]
    [TestCase("tacci tua basta così", "AMAZON.StopIntent")]
    [TestCase("ajè basta", "AMAZON.StopIntent")]
    [TestCase("chiudi le capitali che è tardi", "AMAZON.StopIntent")]
    [TestCase("basta con ste capitali", "AMAZON.StopIntent")]
    [TestCase("ci vediamo domani", "AMAZON.StopIntent")]
    [TestCase("che roba è questa", "AMAZON.HelpIntent")]
    [TestCase("ya habibi spiegami come va", "AMAZON.HelpIntent")]
    [TestCase("scusa non so usare questo coso", "AMAZON.HelpIntent")]
    [TestCase("comment ça marche", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("öffne capitali del mondo")]
    [TestCase("ajè avvia capitali del mondo")]
    [TestCase("apri po capitali del mondo")]
    [TestCase("avvia capitali del mondo che facciamo una gara")]
    [TestCase("tacci tua apri capitali del mondo")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("la capitale della savoia")]
    [TestCase("la capitale del far west")]
    [TestCase("la capitale della silicon valley")]
    [TestCase("la capitale dei trulli")]
    [TestCase("la capitale del medio oriente")]
    [TestCase("ajè la capitale della sfoglia")]
    [TestCase("la capitale della dalmazia")]
    [TestCase("tacci tua che freddo")]
    [TestCase("proviamo con il karaoke")]
    [TestCase("che roba è il bitcoin")]
    [TestCase("annullala la sveglia")]
    [TestCase("ci vediamo stasera al cinema")]
    [TestCase("öffne das fenster")]
    [TestCase("quante lettere ha la parola casa")]
    [TestCase("per la tesi di storia mi serve un libro")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
