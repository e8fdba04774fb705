using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 42 tuning (interactionModel/README.md, *Round 42 tuning for Italian (session
/// 45)*), each tried on sentences of our own rather than the corpus lines: follow-up fillers ("mh", "la prossima", "cosa
/// mi dici", "che ti avevo chiesto prima"); scene and tail fillers ("voilà", "nei caraibi olandesi", "in mezzo
/// all'atlantico / al pacifico", "il prof di geografia", "sto scrivendo la tesi", "(in) viaggio di nozze", "in india",
/// "in messico", "sul messico", "per la crociera", "siamo in campeggio", "del caucaso", "quanto manca", "in macchina"; "del caucaso" is not tried here: it reads GE+US-GA, see the README);
/// the interjections "tamam", "guagliò", "thank you"; the cancels "dimentica la domanda (di prima)", "dimentica quello
/// che ha chiesto"; the help cues "spiegami cosa fa" and Spanish "por favor" beside "ayuda"; the stop join "basta par"
/// and the reason opener "stiamo"; the launch verb "voglio giocare a" and the surroundings "dove ci siamo fermati", "con
/// mia figlia"; and Occitania, the Lombard kingdom and the city of Bari as not-places; with out-of-domain neighbours that
/// must still fall back.</summary>
public class ItalianRoundFortyTwoRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("mh e la francia", "FR")]
    [TestCase("ok la prossima il perù", "PE")]
    [TestCase("e dopo il kenya cosa mi dici", "KE")]
    [TestCase("e il cile invece che ti avevo chiesto prima", "CL")]
    [TestCase("alexa voilà la capitale del belgio", "BE")]
    [TestCase("alexa la capitale di curaçao nei caraibi olandesi", "CW")]
    [TestCase("alexa la capitale delle isole falkland in mezzo all'atlantico", "FK")]
    [TestCase("alexa la capitale di tuvalu in mezzo al pacifico", "TV")]
    [TestCase("alexa il prof di geografia chiede la capitale del perù", "PE")]
    [TestCase("alexa sto scrivendo la tesi la capitale dello yemen", "YE")]
    [TestCase("alexa in viaggio di nozze la capitale delle maldive", "MV")]
    [TestCase("alexa viaggio di nozze in india la capitale del kerala", "IN-KL")]
    [TestCase("alexa la capitale dello yucatán in messico", "MX-YUC")]
    [TestCase("alexa sto scrivendo la tesi sul messico la capitale di sonora", "MX-SON")]
    [TestCase("alexa la capitale della giamaica per la crociera", "JM")]
    [TestCase("alexa siamo in campeggio la capitale del ghana", "GH")]
    [TestCase("alexa quanto manca no scusa la capitale del cile", "CL")]
    [TestCase("alexa in macchina i bambini chiedono la capitale del perù", "PE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa ayuda por favor", "AMAZON.HelpIntent")]
    [TestCase("alexa spiegami cosa fa questo gioco", "AMAZON.HelpIntent")]
    [TestCase("alexa lascia stare tamam", "AMAZON.CancelIntent")]
    [TestCase("alexa dimentica la domanda di prima", "AMAZON.CancelIntent")]
    [TestCase("alexa dimentica quello che ha chiesto il bambino", "AMAZON.CancelIntent")]
    [TestCase("alexa basta par oggi", "AMAZON.StopIntent")]
    [TestCase("alexa stop guagliò", "AMAZON.StopIntent")]
    [TestCase("alexa basta thank you", "AMAZON.StopIntent")]
    [TestCase("alexa stop stiamo mangiando", "AMAZON.StopIntent")]
    [TestCase("alexa basta stiamo entrando in chiesa", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa riapri capitali del mondo dove ci siamo fermati")]
    [TestCase("alexa voglio giocare a capitali del mondo con mia figlia")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa la prossima partita dell'inter")]
    [TestCase("alexa cosa mi dici del meteo")]
    [TestCase("alexa stiamo mangiando")]
    [TestCase("alexa spiegami cosa fa un idraulico")]
    [TestCase("alexa voglio giocare a calcio con mio figlio")]
    [TestCase("alexa voglio giocare a carte")]
    [TestCase("alexa la capitale dell'occitania francese")]
    [TestCase("alexa qual è la capitale dell'occitania")]
    [TestCase("alexa la capitale dei longobardi")]
    [TestCase("alexa sto scrivendo la tesi sulla rivoluzione francese")]
    [TestCase("alexa il prof di storia chiede la data della rivoluzione")]
    [TestCase("alexa viaggio di nozze in grecia quanto costa")]
    [TestCase("alexa quanto manca a natale")]
    [TestCase("alexa che lingua si parla in india")]
    [TestCase("alexa quanti abitanti ci sono in messico")]
    [TestCase("alexa in macchina metti la musica")]
    [TestCase("alexa quanto costa la crociera")]
    [TestCase("alexa siamo in campeggio che tempo fa")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
