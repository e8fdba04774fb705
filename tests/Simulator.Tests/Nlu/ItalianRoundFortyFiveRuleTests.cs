using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 45 tuning (see the "Round 45 tuning for Italian (session 49)" section), each
/// tried on sentences of our own rather than the corpus lines: openers of a statement to check ("dico bene che", "è corretto / giusto dire che", "(mi)
/// confermi che", "è vero che"); polite openers "senta (una cosa)", "mi scusi", "buongiorno / buonasera", praise "bravo /
/// brava"; foreign apologies and thanks before
/// cancel ("duibuqi", "smahli", "dyakuyu", "haanji"); help "come si comincia / inizia", "sono nuovo come si
/// comincia", "che sono negato"; stop "basta studiare / ripassare / con i compiti"; the launch verb "otwórz" and launch
/// surroundings (who said to open it, a shift, a homework reason, "tá bom"); with out-of-domain neighbours that must still
/// fall back.</summary>
public class ItalianRoundFortyFiveRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("alexa bravo e della grecia", "GR")]
    [TestCase("alexa senta una cosa la capitale del portogallo", "PT")]
    [TestCase("alexa mi scusi la capitale dell'austria", "AT")]
    [TestCase("alexa buonasera la capitale dell'irlanda", "IE")]
    [TestCase("alexa dico bene che la capitale del perù è lima", "PE")]
    [TestCase("alexa è corretto dire che la capitale del kenya è nairobi", "KE")]
    [TestCase("alexa mi confermi che la capitale della norvegia è oslo", "NO")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa come si inizia", "AMAZON.HelpIntent")]
    [TestCase("alexa sono nuova come si inizia", "AMAZON.HelpIntent")]
    [TestCase("alexa aiutami che sono negato", "AMAZON.HelpIntent")]
    [TestCase("alexa dyakuyu lascia perdere", "AMAZON.CancelIntent")]
    [TestCase("alexa smahli lascia stare", "AMAZON.CancelIntent")]
    [TestCase("alexa dui bu qi annulla", "AMAZON.CancelIntent")]
    [TestCase("alexa basta studiare", "AMAZON.StopIntent")]
    [TestCase("alexa basta con i compiti", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa otwórz capitali del mondo")]
    [TestCase("alexa avvia capitali del mondo che il piccolo ha la verifica")]
    [TestCase("alexa la prof ha detto di aprire capitali del mondo")]
    [TestCase("alexa nel turno di notte avvia capitali del mondo")]
    [TestCase("alexa ta bom apri capitali del mondo")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa dico bene che domani piove")]
    [TestCase("alexa è vero che domani piove")]
    [TestCase("alexa mi confermi che la sveglia è alle sette")]
    [TestCase("alexa in germania che tempo fa")]
    [TestCase("alexa anche quella canzone")]
    [TestCase("alexa bravo")]
    [TestCase("alexa come si inizia la lavatrice")]
    [TestCase("alexa la prof ha detto di aprire la finestra")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
