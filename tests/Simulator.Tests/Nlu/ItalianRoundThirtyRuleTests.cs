using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 30 tuning (interactionModel/README.md, *Round 30 tuning for Italian (session
/// 31)*), each tried on sentences of our own rather than the corpus lines: regional leads ("daje", "azz", "brate",
/// "maremma impestata") and trailing "la sai o no", "un me la ricordo" as fillers; corrections said with "ho fatto
/// confusione", "lapsus", "come non detto", "errata corrige"; "negli stati uniti" and "nel regno unito" leading a
/// question about a state or a nation of the country; cancel, help and stop
/// cues ("domanda annullata", "come te lo devo chiedere", "fermate"); launch with "daje" and "mentre siamo in macchina";
/// with out-of-domain neighbours that must still fall back.</summary>
public class ItalianRoundThirtyRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("daje alexa la capitale della grecia", "GR", Description = "Roman 'daje' as a lead")]
    [TestCase("azz alexa la capitale del marocco", "MA", Description = "Neapolitan 'azz'")]
    [TestCase("maremma impestata alexa la capitale della svezia", "SE", Description = "Tuscan 'maremma impestata'")]
    [TestCase("alexa la capitale del portogallo la sai o no", "PT", Description = "trailing 'la sai o no'")]
    [TestCase("alexa la capitale del nepal un me la ricordo", "NP", Description = "Tuscan 'un me la ricordo'")]
    [TestCase("alexa la capitale della svezia ho fatto confusione della norvegia", "NO", Description = "'ho fatto confusione'")]
    [TestCase("alexa la capitale del ghana lapsus del gabon", "GA", Description = "'lapsus'")]
    [TestCase("alexa la capitale della lettonia come non detto della lituania", "LT", Description = "'come non detto'")]
    [TestCase("alexa la capitale dell'ungheria errata corrige della romania", "RO", Description = "'errata corrige'")]
    [TestCase("alexa negli stati uniti qual è la capitale del texas", "US-TX", Description = "'negli stati uniti' as a lead")]
    [TestCase("alexa nel regno unito dimmi la capitale della scozia", "GB-SCT", Description = "'nel regno unito' as a lead")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa niente domanda annullata grazie", "AMAZON.CancelIntent")]
    [TestCase("alexa come te lo devo chiedere", "AMAZON.HelpIntent")]
    [TestCase("alexa non so come andare avanti", "AMAZON.HelpIntent")]
    [TestCase("uè alexa fermate", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("daje alexa avvia capitali del mondo")]
    [TestCase("alexa apri capitali del mondo mentre siamo in auto")]
    public void Opening_the_skill_with_words_around_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("daje alexa metti la musica")]
    [TestCase("alexa dimmi che tempo fa a roma")]
    [TestCase("alexa non accendere la luce")]
    [TestCase("alexa la sai una barzelletta")]
    [TestCase("alexa fermate il timer")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
