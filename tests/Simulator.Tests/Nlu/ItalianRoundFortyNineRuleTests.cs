using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 49 tuning (see the "Round 49 tuning for Italian (session 57)" section), each
/// tried on sentences of our own rather than the corpus lines: the place named before as "casa sua" / "la sua terra";
/// "no scherzo" / "scherzavo" as a repair; "la sede del governo" / "dove ha sede il governo" for the capital; the official
/// prefix "commonwealth"; "capitale d'" before a vowel; "si parla / si discute delle capitali"; "ha ragione" as a yes-no
/// tail; "sai dirmi", "mi sai dire" and the passport tail "come c'è scritto sul passaporto" as fillers; interjections of
/// speakers of other languages (Slavic "dobre", "dobro", Persian "bale", Spanish "mi hermana"); stop as "a posto così",
/// "per me è tutto", "devo scappare", "taci", "basta domande"; cancel as "era la tv / la radio", "è stato un errore",
/// "ho chiesto male", "lascia fare"; help for someone else ("aiutalo", "dacci una mano", "non sa come usarla", "chiede
/// aiuto") and about the skill's reach ("posso chiederti anche le regioni"); launch as "quella delle capitali del mondo" and
/// "parlare con"; with out-of-domain neighbours that must still fall back.</summary>
public class ItalianRoundFortyNineRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("alexa un collega arriva dal perù qual è la capitale di casa sua", "PE")]
    [TestCase("alexa la mia vicina viene dalla polonia dimmi la capitale della sua terra", "PL")]
    [TestCase("alexa qual è la capitale della francia no scherzo della spagna", "ES")]
    [TestCase("alexa la capitale del portogallo scherzavo del brasile", "BR")]
    [TestCase("alexa dove ha sede il governo del texas", "US-TX")]
    [TestCase("alexa qual è la sede del governo del canada", "CA")]
    [TestCase("alexa la capitale del commonwealth delle bahamas", "BS")]
    [TestCase("alexa qual è la capitale d'islanda", "IS")]
    [TestCase("alexa mentre cucino dimmi la capitale d'irlanda", "IE")]
    [TestCase("alexa a cena si parla delle capitali della malesia", "MY")]
    [TestCase("alexa mio cugino dice che la capitale del brasile è rio ha ragione", "BR")]
    [TestCase("alexa qual è la capitale del regno del belgio come c'è scritto sul passaporto", "BE")]
    [TestCase("alexa mi sai dire qual è la capitale della norvegia", "NO")]
    [TestCase("alexa dobre la capitale della polonia", "PL")]
    [TestCase("alexa mi hermana pregunta la capitale del cile", "CL")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa dobro basta", "AMAZON.StopIntent")]
    [TestCase("alexa bale stop", "AMAZON.StopIntent")]
    [TestCase("alexa siamo a posto così grazie", "AMAZON.StopIntent")]
    [TestCase("alexa per me è tutto ciao", "AMAZON.StopIntent")]
    [TestCase("alexa devo scappare ciao", "AMAZON.StopIntent")]
    [TestCase("alexa taci", "AMAZON.StopIntent")]
    [TestCase("alexa basta domande per stasera", "AMAZON.StopIntent")]
    [TestCase("alexa niente era la radio", "AMAZON.CancelIntent")]
    [TestCase("alexa lascia perdere parlava la televisione", "AMAZON.CancelIntent")]
    [TestCase("alexa no è stato un errore", "AMAZON.CancelIntent")]
    [TestCase("alexa annulla che ho chiesto male", "AMAZON.CancelIntent")]
    [TestCase("alexa lascia fare", "AMAZON.CancelIntent")]
    [TestCase("alexa annulla parlava mia sorella", "AMAZON.CancelIntent")]
    [TestCase("alexa il nonno non sa come usarti aiutalo", "AMAZON.HelpIntent")]
    [TestCase("alexa la nonna non sa come usarlo dacci una mano", "AMAZON.HelpIntent")]
    [TestCase("alexa mi hermana dice aiuto", "AMAZON.HelpIntent")]
    [TestCase("alexa il bambino chiede aiuto", "AMAZON.HelpIntent")]
    [TestCase("alexa posso chiederti anche le regioni", "AMAZON.HelpIntent")]
    [TestCase("alexa posso domandarti anche gli stati americani", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa apri quella delle capitali del mondo per favore")]
    [TestCase("alexa avvia quello delle capitali del mondo")]
    [TestCase("alexa vorrei parlare con capitali del mondo")]
    [TestCase("alexa voglio parlare con capitali del mondo")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa devo andare dal medico")]
    [TestCase("alexa era la tv a volume alto")]
    [TestCase("alexa aiutalo a fare i compiti di matematica")]
    [TestCase("alexa chiede aiuto per la lavatrice")]
    [TestCase("alexa come usarla la lavatrice")]
    [TestCase("alexa sai dirmi che ore sono")]
    [TestCase("alexa chi ha ragione io o mio marito")]
    [TestCase("alexa parla con mia madre")]
    [TestCase("alexa apri quella porta")]
    [TestCase("alexa dove ha sede il governo")]
    [TestCase("alexa scherzo")]
    [TestCase("alexa si parla delle capitali europee della cultura")]
    [TestCase("alexa sono a posto con le bollette")]
    [TestCase("alexa voglio uscire stasera")]
    [TestCase("alexa lascia fare a me il caffè")]
    [TestCase("alexa chiama la mamma")]
    [TestCase("alexa aiuta la mamma a cucinare")]
    [TestCase("alexa stop la musica di mio fratello")]
    [TestCase("alexa annulla la chiamata a mia sorella")]
    [TestCase("alexa cos'è il capitale d'impresa")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
