using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 44 tuning (interactionModel/README.md, *Round 44 tuning for Italian (session
/// 48)*), each tried on sentences of our own rather than the corpus lines: follow-up fillers ("il prossimo è", "la
/// prossima è", "l'ultima / l'ultimo"), the repair "(no) dicevo", the joins "ripeti quella di / del / ..." -> "quella
/// di / del / ..." and the code-switched "what's la capitale"; game and scene fillers ("facciamo il gioco delle
/// capitali", "giochiamo alle capitali", French "on est en train de jouer alle capitali", an age "ho settant'anni", the
/// tail "o no", "in italian"); Neapolitan "comme", "accussì", Tuscan "andà", "sapé"; the foreign fillers "mjaft",
/// "genug", "au revoir", "nu contează"; help cues "quali / che paesi conosci", "come te lo / li chiedo", "how do i use
/// this skill / it" with the skill words "bimbi", "ragazzi"; the cancel cue "lascia andare"; the launch surroundings
/// "por favor", "(che) facciamo i compiti"; and Sparta, Dracula, Zootropolis, Illyria, the Riviera Maya, Old Havana,
/// Flanders and the jamboree as not-places; with out-of-domain neighbours that must still fall back.</summary>
public class ItalianRoundFortyFourRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("alexa il prossimo è il perù", "PE")]
    [TestCase("alexa la prossima è la grecia", "GR")]
    [TestCase("alexa l'ultima la svezia", "SE")]
    [TestCase("alexa l'ultimo il cile", "CL")]
    [TestCase("alexa la capitale della spagna no dicevo del portogallo", "PT")]
    [TestCase("alexa ripeti quella del kenya", "KE")]
    [TestCase("alexa ripeti quella della francia", "FR")]
    [TestCase("alexa facciamo il gioco delle capitali quella del perù", "PE")]
    [TestCase("alexa giochiamo alle capitali la capitale della bolivia", "BO")]
    [TestCase("alexa on est en train de jouer alle capitali quella del marocco", "MA")]
    [TestCase("alexa my cousin lives in texas what's la capitale", "US-TX")]
    [TestCase("alexa ho settant'anni qual è la capitale del belgio", "BE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa ho novant'anni come funziona", "AMAZON.HelpIntent")]
    [TestCase("alexa comme funziona", "AMAZON.HelpIntent")]
    [TestCase("alexa i bimbi non capiscono come funziona", "AMAZON.HelpIntent")]
    [TestCase("alexa che paesi conosci", "AMAZON.HelpIntent")]
    [TestCase("alexa come te lo chiedo", "AMAZON.HelpIntent")]
    [TestCase("alexa how do i use this app", "AMAZON.HelpIntent")]
    [TestCase("alexa lascia andare", "AMAZON.CancelIntent")]
    [TestCase("alexa lascia andà", "AMAZON.CancelIntent")]
    [TestCase("alexa nu contează lascia perdere", "AMAZON.CancelIntent")]
    [TestCase("alexa genug basta", "AMAZON.StopIntent")]
    [TestCase("alexa mjaft stop", "AMAZON.StopIntent")]
    [TestCase("alexa basta accussì", "AMAZON.StopIntent")]
    [TestCase("alexa basta au revoir", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa apri capitali del mondo por favor")]
    [TestCase("alexa apri capitali del mondo che facciamo i compiti")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa la capitale di sparta")]
    [TestCase("alexa la capitale di dracula")]
    [TestCase("alexa la capitale della fiandra")]
    [TestCase("alexa la capitale di zootropolis")]
    [TestCase("alexa la capitale dell'illiria")]
    [TestCase("alexa la capitale del jamboree")]
    [TestCase("alexa la capitale della riviera maya")]
    [TestCase("alexa la capitale dell'avana vecchia")]
    [TestCase("alexa il prossimo è il meteo")]
    [TestCase("alexa l'ultima canzone")]
    [TestCase("alexa ripeti quella canzone")]
    [TestCase("alexa ripeti quella del meteo")]
    [TestCase("alexa giochiamo alle capitali")]
    [TestCase("alexa ho settant'anni")]
    [TestCase("alexa che tempo fa o no")]
    [TestCase("alexa lascia andare la musica")]
    [TestCase("alexa quali paesi conosci in europa per le vacanze")]
    [TestCase("alexa how do i use the microwave")]
    [TestCase("alexa comme il faut")]
    [TestCase("alexa genug musik")]
    [TestCase("alexa what's la capitale della moda")]
    [TestCase("alexa apri netflix por favor")]
    [TestCase("alexa facciamo i compiti")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);

    [TestCase("alexa la capitale della persia", "IR")]
    public void A_place_beside_a_not_place_still_reads(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);
}
