using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 34 tuning (interactionModel/README.md, *Round 34 tuning for Italian (session
/// 36)*), each tried on sentences of our own rather than the corpus lines: the nationality words as names of their place
/// ("la capitale peruviana", "un cliente marocchino ... del suo paese", "la capitale elvetica / nipponica / ellenica",
/// "bavarese", "quebecchese"); the interjections of the round's speaker groups as fillers and launch words around
/// (Ukrainian and Russian "nu", Polish "tak", Chinese "laoban", Bengali "accha", Sicilian "mizzica", "amunì", Sardinian
/// "eja", Piedmontese "cerea", "madamin", Argentine "un señor", "re difícil / re simpatico", "me pregunta"); "uguale per /
/// stessa cosa per" before a follow-up, "un'altra ancora"; a bet ("scommette una birra che"), "la sa lui", "vero neh", "sì o
/// no" and "signora chiede" around the question; the repairs "aspè", "sorry", "perdón"; a place named and then asked for
/// ("di suo paese", "qual è il capoluogo", "che capoluogo ha", "che capitale tiene", "dove avevano la capitale", "ha due
/// capitali", "la capitale come si scrive", "hanno un capoluogo"); the joins "di dove è capitale" (a reverse question),
/// "capitale di stato del" and "del suo land del"; help ("explicame", "io non capire"), stop ("fine partita", "chau") and
/// cancel cues ("annullo io", "se l'è ricordato"); launches ("fammi giocare a", "abrí", "io volere aprire", "voglio usare",
/// "in officina", "in sala d'attesa", "che siamo in camper", "al cenone"); and not-places (Sardinian wines and food, "il
/// gelato", Chinese provinces, Bangladeshi divisions, "il bengala", Swiss cantons, "la crimea") that fall back; with
/// out-of-domain neighbours that must still fall back. Dropped because the unit helper reads them otherwise than
/// `capitals eval`: "un'altra ancora quella del cile" (the helper matches "un'altra {country}" with no place; eval answers
/// CL) and "... il congo belga dove avevano la capitale" (the helper reads the shared name CD+CG, which eval counts right
/// for CD).</summary>
public class ItalianRoundThirtyFourRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("qual è la capitale peruviana", "PE")]
    [TestCase("un cliente marocchino vuole sapere la capitale del suo paese", "MA")]
    [TestCase("la capitale elvetica come si chiama", "CH")]
    [TestCase("dimmi la capitale bavarese", "DE-BY")]
    [TestCase("la mia vicina quebecchese mi chiede la sua capitale", "CA-QC")]
    [TestCase("qual è la capitale norvegese", "NO")]
    [TestCase("la capitale nipponica", "JP")]
    [TestCase("un collega senegalese mi chiede la capitale del suo paese", "SN")]
    [TestCase("i nostri amici olandesi hanno due capitali quali sono", "NL")]
    [TestCase("la capitale ellenica qual è", "GR")]
    [TestCase("nu qual è la capitale della lituania", "LT")]
    [TestCase("la capitale del kirghizistan nu", "KG")]
    [TestCase("laoban la capitale del vietnam", "VN")]
    [TestCase("mizzica e il portogallo", "PT")]
    [TestCase("amunì la capitale della tunisia", "TN")]
    [TestCase("accha la capitale del nepal", "NP")]
    [TestCase("tak la capitale della polonia", "PL")]
    [TestCase("cerea la capitale della svizzera", "CH")]
    [TestCase("eja la capitale dell'irlanda", "IE")]
    [TestCase("uguale per la grecia", "GR")]
    [TestCase("stessa cosa per il belgio", "BE")]
    [TestCase("mio cognato scommette una birra che la capitale dell'australia è sydney", "AU")]
    [TestCase("la capitale del canada la sa lui", "CA")]
    [TestCase("la capitale del giappone è tokyo vero neh", "JP")]
    [TestCase("la capitale della turchia è ankara sì o no", "TR")]
    [TestCase("me pregunta la capitale del venezuela", "VE")]
    [TestCase("la capitale del cile un señor me pregunta", "CL")]
    [TestCase("re difícil la capitale della bolivia", "BO")]
    [TestCase("la signora chiede capitale di svezia", "SE")]
    [TestCase("la capitale del texas no aspè dell'ohio", "US-OH")]
    [TestCase("la capitale del perù sorry del cile", "CL")]
    [TestCase("la capitale del messico no perdón di cuba", "CU")]
    [TestCase("un signore del mali chiede la capitale di suo paese", "ML")]
    [TestCase("per la guadalupa qual è il capoluogo", "GP")]
    [TestCase("il baden-württemberg che capoluogo ha", "DE-BW")]
    [TestCase("la repubblica del cile che capitale tiene", "CL")]
    [TestCase("la svizzera la capitale come si scrive", "CH")]
    [TestCase("le isole salomone hanno un capoluogo", "SB")]
    [TestCase("la bolivia ha due capitali quali sono", "BO")]
    [TestCase("capitale di stato del kerala per mia cugina", "IN-KL")]
    [TestCase("la capitale di stato della florida in america", "US-FL")]
    [TestCase("mi chiede la capitale del suo land della turingia", "DE-TH")]
    [TestCase("la capitale del bengala occidentale", "IN-WB")]
    [TestCase("la madamin vuole sapere la capitale del portogallo", "PT")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("di dove è capitale recife", "recife")]
    [TestCase("di dov'è capitale aracaju", "aracaju")]
    public void A_reverse_question_names_the_city(string utterance, string city) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, city);

    [TestCase("explicame come si usa", "AMAZON.HelpIntent")]
    [TestCase("io non capire questo gioco", "AMAZON.HelpIntent")]
    [TestCase("fine partita", "AMAZON.StopIntent")]
    [TestCase("chau", "AMAZON.StopIntent")]
    [TestCase("annullo io", "AMAZON.CancelIntent")]
    [TestCase("lascia perdere se l'è ricordato il nonno", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("nu apri capitali del mondo")]
    [TestCase("cerea apri capitali del mondo")]
    [TestCase("avvia capitali del mondo in officina")]
    [TestCase("apri capitali del mondo in sala d'attesa")]
    [TestCase("apri capitali del mondo che siamo in camper")]
    [TestCase("fammi giocare a capitali del mondo")]
    [TestCase("abrí capitali del mondo")]
    [TestCase("io volere aprire capitali del mondo")]
    [TestCase("voglio usare capitali del mondo al cenone")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("la capitale del gelato")]
    [TestCase("nu la capitale del gelato artigianale")]
    [TestCase("eja la capitale del cannonau")]
    [TestCase("la capitale del pecorino")]
    [TestCase("qual è la capitale del sichuan")]
    [TestCase("accha la capitale di sylhet")]
    [TestCase("la capitale del vallese")]
    [TestCase("la capitale dei grigioni")]
    [TestCase("la capitale della crimea")]
    [TestCase("mizzica che caldo oggi")]
    [TestCase("tak accendi la luce")]
    [TestCase("cerea che tempo fa domani")]
    [TestCase("la cucina peruviana è buonissima")]
    [TestCase("metti la musica brasiliana")]
    [TestCase("la capitale del bengala")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
