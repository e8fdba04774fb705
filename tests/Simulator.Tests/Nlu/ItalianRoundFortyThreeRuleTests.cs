using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 43 tuning (interactionModel/README.md, *Round 43 tuning for Italian (session
/// 46)*), each tried on sentences of our own rather than the corpus lines: follow-up fillers ("ancora", "continua con",
/// "vai con", "ultimo / ultima", "mi dici anche", "dimmi anche"); the English joins "what's the capital (of)", "the
/// capital of" with the filler "now"; the interjections "mpare", "nie nic", "dziekuje", "bud laska", "isso";
/// scene and purpose fillers ("musica country", "(studio) per l'esame di cittadinanza", "per il modulo", "per le
/// vacanze", "per il passaporto del nonno", "al plurale"); Tuscan "hapitale"; the help
/// cues "come la / lo uso", "(cosa / che) posso domandare", Polish "pomoc"; the stop cue "koniec" and the reason openers
/// "sto", "ascolto"; the launch surroundings "per l'esame", "che aspetti"; and Gaul, the Donbas and
/// Kamchatka as not-places; with out-of-domain neighbours that must still fall back.</summary>
public class ItalianRoundFortyThreeRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("alexa ancora la spagna per favore", "ES")]
    [TestCase("alexa continua con la francia", "FR")]
    [TestCase("alexa vai con il cile", "CL")]
    [TestCase("alexa ultimo il perù", "PE")]
    [TestCase("alexa ultima la grecia", "GR")]
    [TestCase("alexa mi dici anche la svezia", "SE")]
    [TestCase("alexa dimmi anche il portogallo", "PT")]
    [TestCase("alexa sorry what's the capital of peru", "PE")]
    [TestCase("alexa cheers now the capital of kenya please", "KE")]
    [TestCase("alexa mpare la capitale della spagna", "ES")]
    [TestCase("alexa ascolto musica country dimmi la capitale del texas", "US-TX")]
    [TestCase("alexa studio per l'esame di cittadinanza la capitale della francia", "FR")]
    [TestCase("alexa la hapitale della francia", "FR")]
    [TestCase("alexa le hapitali della bolivia", "BO")]
    [TestCase("alexa la capitale della repubblica ceca per le vacanze", "CZ")]
    [TestCase("alexa per il passaporto del nonno la capitale del perù", "PE")]
    [TestCase("alexa le capitali della bolivia al plurale", "BO")]
    [TestCase("alexa posso domandare la capitale del cile", "CL")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa cosa posso domandare", "AMAZON.HelpIntent")]
    [TestCase("alexa che posso domandare", "AMAZON.HelpIntent")]
    [TestCase("alexa bud laska aiuto", "AMAZON.HelpIntent")]
    [TestCase("alexa prosze pomoc", "AMAZON.HelpIntent")]
    [TestCase("alexa oi como funciona isso", "AMAZON.HelpIntent")]
    [TestCase("alexa come la uso questa app", "AMAZON.HelpIntent")]
    [TestCase("alexa come lo uso", "AMAZON.HelpIntent")]
    [TestCase("alexa nie nic lascia perdere", "AMAZON.CancelIntent")]
    [TestCase("alexa mpare lascia stare", "AMAZON.CancelIntent")]
    [TestCase("alexa dziekuje basta", "AMAZON.StopIntent")]
    [TestCase("alexa koniec", "AMAZON.StopIntent")]
    [TestCase("alexa koniec grazie", "AMAZON.StopIntent")]
    [TestCase("alexa basta sto cucinando", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa apri capitali del mondo per l'esame")]
    [TestCase("alexa che aspetti apri capitali del mondo")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa ancora musica")]
    [TestCase("alexa continua con la musica")]
    [TestCase("alexa vai con la playlist")]
    [TestCase("alexa mi dici anche il meteo")]
    [TestCase("alexa what's the weather now")]
    [TestCase("alexa come la uso la lavatrice")]
    [TestCase("alexa sto cucinando")]
    [TestCase("alexa ascolto musica country")]
    [TestCase("alexa metti musica country")]
    [TestCase("alexa che aspetti")]
    [TestCase("alexa la capitale della gallia")]
    [TestCase("alexa la capitale del donbass")]
    [TestCase("alexa la capitale della kamchatka")]
    [TestCase("alexa dove andiamo per le vacanze")]
    [TestCase("alexa quanto costa il passaporto")]
    [TestCase("alexa come si dice casa al plurale")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
