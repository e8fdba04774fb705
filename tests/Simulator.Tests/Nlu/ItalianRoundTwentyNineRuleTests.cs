using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 29 tuning (interactionModel/README.md, *Round 29 tuning for Italian (session
/// 29)*), each tried on sentences of our own rather than the corpus lines: "una domanda", "domandina veloce", "senti un
/// po" without its apostrophe, "guarda", "adesso", "e ancora", "e dopo" and greetings of other languages ("mirá",
/// "bozhe", "slava bohu") as fillers; help cues ("una spiegazione", "da dove cominciare", "non ho capito niente", "cosa
/// devo chiedere"), cancel cues ("ormai l'ho trovata", "non era importante"), stop wordings ("termina la sessione",
/// "basta con la geografia"); launch with "vai con" and "ciao bella"; "tutte quante" asking for every capital; with
/// out-of-domain neighbours that must still fall back.</summary>
public class ItalianRoundTwentyNineRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("alexa una domanda qual è la capitale del portogallo", "PT", Description = "'una domanda' as a lead")]
    [TestCase("alexa domandina veloce la capitale della norvegia", "NO", Description = "'domandina veloce'")]
    [TestCase("senti un po alexa la capitale del perù", "PE", Description = "'senti un po' without the apostrophe")]
    [TestCase("mirá alexa la capitale del cile", "CL", Description = "Rioplatense 'mirá'")]
    [TestCase("e ancora della svezia", "SE", Description = "'e ancora' before a follow-up")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa no guarda lascia stare", "AMAZON.CancelIntent")]
    [TestCase("alexa lascia perdere ormai l'ho trovato", "AMAZON.CancelIntent")]
    [TestCase("alexa lascia stare non era importante", "AMAZON.CancelIntent")]
    [TestCase("alexa vorrei una spiegazione", "AMAZON.HelpIntent")]
    [TestCase("alexa non so da dove cominciare", "AMAZON.HelpIntent")]
    [TestCase("alexa aiuto che non ho capito nulla", "AMAZON.HelpIntent")]
    [TestCase("alexa cosa devo chiedere", "AMAZON.HelpIntent")]
    [TestCase("alexa basta con la geografia", "AMAZON.StopIntent")]
    [TestCase("alexa chiudi la sessione", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa vai con capitali del mondo")]
    [TestCase("ciao bella avvia capitali del mondo")]
    public void Opening_the_skill_with_words_around_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa una domanda che ore sono")]
    [TestCase("alexa guarda la lavatrice")]
    [TestCase("alexa adesso metti la musica")]
    [TestCase("alexa vai con la playlist")]
    [TestCase("alexa basta con la musica")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
