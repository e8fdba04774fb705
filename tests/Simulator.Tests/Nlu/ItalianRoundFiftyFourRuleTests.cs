using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 54 tuning (see the "Round 54 tuning for Italian (session 63)" section), each
/// tried on sentences of our own rather than the corpus lines: the calls of speakers of other languages as fillers
/// (Chilean "cachai", "weón", "po que ... vive allá", Mauritian "ki manière", Congolese "mbote", Vietnamese "da khong"),
/// also around a launch; a TV quiz as the scene ("in tv", "il concorrente ha sbagliato", "prima che scada il tempo",
/// "che c'è la domanda in tv"); "una sola", "in camper", a relative who lives there ("che ci vive mio cugino"); official
/// names read as the short name ("principato di monaco", "repubblica di capo verde", "stati federati di micronesia",
/// "granducato del lussemburgo"); shared names and repairs ("sudan ma quello del sud", "corea del nord anzi quella del
/// sud", "messico lo stato e non la città", "guinea quella di papua", "las capitales de ... cioè le capitali"); the
/// reverse question "quale paese ha lima come capitale" (grammar); cancel as "non ti ho chiesto nulla", "laisse"; stop as
/// "chiudi il gioco delle capitali", "abbiamo finito la partita", "para ya"; help as "cosa ti chiedo", "che ti dico";
/// launch as "da mo"; not-places for the capital of tuna and of spectacles; with out-of-domain neighbours that must still
/// fall back.</summary>
public class ItalianRoundFiftyFourRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("alexa cachai la capitale del perù", "PE")]
    [TestCase("alexa la capitale della colombia weón", "CO")]
    [TestCase("alexa ki manière la capitale della francia", "FR")]
    [TestCase("alexa mbote la capitale del gabon", "GA")]
    [TestCase("alexa la capitale del cile po que mi mamá vive allá", "CL")]
    [TestCase("alexa la capitale del ghana in tv", "GH")]
    [TestCase("alexa la capitale del laos il concorrente ha sbagliato", "LA")]
    [TestCase("alexa la capitale del nepal prima che scada il tempo", "NP")]
    [TestCase("alexa la capitale del benin che c'è la domanda in tv", "BJ")]
    [TestCase("alexa la capitale del marocco una sola", "MA")]
    [TestCase("alexa la capitale della croazia in camper", "HR")]
    [TestCase("alexa la capitale del togo che ci vive mio cugino", "TG")]
    [TestCase("alexa la capitale del principato di monaco", "MC")]
    [TestCase("alexa la capitale della repubblica di capo verde per le vacanze", "CV")]
    [TestCase("alexa la capitale degli stati federati di micronesia", "FM")]
    [TestCase("alexa la capitale del sudan ma quello del sud", "SS")]
    [TestCase("alexa la capitale della corea del nord anzi quella del sud", "KR")]
    [TestCase("alexa la capitale del messico lo stato e non la città", "MX-MEX")]
    [TestCase("alexa la capitale della guinea quella di papua", "PG")]
    [TestCase("alexa las capitales de sudafrica cioè le capitali", "ZA")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa quale paese ha lima come capitale", "lima")]
    [TestCase("alexa che nazione ha quito per capitale", "quito")]
    public void A_reverse_question_names_the_city(string utterance, string city) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, city);

    [TestCase("alexa non ti ho chiesto nulla", "AMAZON.CancelIntent")]
    [TestCase("alexa laisse annulla", "AMAZON.CancelIntent")]
    [TestCase("alexa da khong lascia perdere", "AMAZON.CancelIntent")]
    [TestCase("alexa chiudi il gioco delle capitali che arriva il nonno", "AMAZON.StopIntent")]
    [TestCase("alexa abbiamo finito la partita basta", "AMAZON.StopIntent")]
    [TestCase("alexa cachai para ya", "AMAZON.StopIntent")]
    [TestCase("alexa mbote stop", "AMAZON.StopIntent")]
    [TestCase("alexa e ora cosa ti chiedo", "AMAZON.HelpIntent")]
    [TestCase("alexa che ti dico adesso", "AMAZON.HelpIntent")]
    [TestCase("alexa ki manière come funziona", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa da mo capitali del mondo per favore")]
    [TestCase("alexa apri capitali del mondo cachai")]
    [TestCase("alexa lancia capitali del mondo mbote")]
    [TestCase("alexa avvia capitali del mondo in tv")]
    public void A_launch_in_other_words(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa la capitale del tonno")]
    [TestCase("alexa qual è la capitale dell'occhiale")]
    [TestCase("alexa cosa danno in tv stasera")]
    [TestCase("alexa metti il quiz in tv")]
    [TestCase("alexa cosa ti dico sempre")]
    [TestCase("alexa non ti ho chiesto niente di male")]
    [TestCase("alexa chi ha vinto la partita")]
    [TestCase("alexa quanto costa un camper")]
    [TestCase("alexa ne voglio una sola")]
    [TestCase("alexa il concorrente ha sbagliato")]
    [TestCase("alexa prima che scada il tempo metti la musica")]
    [TestCase("alexa quanti abitanti ha il principato di monaco")]
    [TestCase("alexa e l'isola di pasqua")]
    [TestCase("alexa mbote")]
    [TestCase("alexa che ci vive mio cugino")]
    [TestCase("alexa chiudi la finestra")]
    [TestCase("alexa para ya la música")]
    [TestCase("alexa laisse la lumière")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
