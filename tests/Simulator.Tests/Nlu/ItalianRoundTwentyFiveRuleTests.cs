using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 25 tuning (interactionModel/README.md, *Round 25 tuning for Italian (session
/// 25)*), each tried on sentences of our own rather than the corpus lines: the dialect and borrowed interjections
/// "ostrega", "socmel", "neh", "mih", "zio", "jamm", "davai", "slushai", "abeg", "bhai", "maronna mia", the tails "al
/// volo", "tu a saje", "dimmela te", the game frame "nomi cose città", the accessibility opener "non ci vedo", the
/// spoken forms "dimme", "nun", "comm", "aggio"; cancel wordings ("lassa perde", "lassa stà", "no annulla", "ha già
/// trovato la risposta"), help wordings ("non ci capisco niente", "che se po chiede", "come ti chiedo", "chiedi aiuto a
/// capitali del mondo"), stop wordings ("ho finito i compiti", "chiudi capitali del mondo"); launch surroundings ("in
/// macchina", "per il ripasso di geografia", "che facciamo una sfida"); regions the data lacks (Siberia, Lapponia, Patagonia, Tibet, the sea) as not places; with out-of-domain
/// neighbours that must still fall back.</summary>
public class ItalianRoundTwentyFiveRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("ostrega alexa la capitale del perù", "PE", Description = "the Venetian 'ostrega'")]
    [TestCase("socmel mi dici la capitale della grecia", "GR", Description = "the Bolognese 'socmel'")]
    [TestCase("zio la capitale della svezia al volo", "SE", Description = "'zio' and the tail 'al volo'")]
    [TestCase("davai qual è la capitale del cile", "CL", Description = "the borrowed 'davai'")]
    [TestCase("jamm alexa dimme la capitale della spagna", "ES", Description = "'jamm' and 'dimme'")]
    [TestCase("maronna mia nun me ricordo la capitale del marocco", "MA", Description = "'maronna mia' and 'nun'")]
    [TestCase("slushai alexa qual è la capitale della polonia", "PL", Description = "the borrowed 'slushai'")]
    [TestCase("non ci vedo bene alexa qual è la capitale della norvegia", "NO", Description = "'non ci vedo bene'")]
    [TestCase("alexa la capitale del portogallo tu a saje", "PT", Description = "the tail 'tu a saje'")]
    [TestCase("neh alexa la capitale del giappone", "JP", Description = "the Piedmontese 'neh'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("per nomi cose città lima è la capitale di che paese", "lima")]
    [TestCase("nomi cose città quito è la capitale di quale paese", "quito")]
    public void A_reverse_question_in_the_game_frame_names_the_city(string utterance, string city)
    {
        var result = LocaleNlu.Recognize(Locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("city")?.Value, Is.EqualTo(city), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("aò lassa perde dai", "AMAZON.CancelIntent")]
    [TestCase("lassa stà alexa", "AMAZON.CancelIntent")]
    [TestCase("alexa aggio sbagliato", "AMAZON.CancelIntent")]
    [TestCase("no annulla alexa", "AMAZON.CancelIntent")]
    [TestCase("mih lascia perdere non importa", "AMAZON.CancelIntent")]
    [TestCase("lascia stare neh", "AMAZON.CancelIntent")]
    [TestCase("ostrega non ci capisco niente", "AMAZON.HelpIntent")]
    [TestCase("uè alexa comm si usa", "AMAZON.HelpIntent")]
    [TestCase("alexa che se po chiede a te", "AMAZON.HelpIntent")]
    [TestCase("ma che se po chiede qua", "AMAZON.HelpIntent")]
    [TestCase("socmel come funziona sta cosa", "AMAZON.HelpIntent")]
    [TestCase("alexa chiedi aiuto a capitali del mondo per favore", "AMAZON.HelpIntent")]
    [TestCase("non ci vedo alexa spiegami cosa posso chiedere", "AMAZON.HelpIntent")]
    [TestCase("davai aiuto non capisco come si usa", "AMAZON.HelpIntent")]
    [TestCase("come ti chiedo la capitale di un paese", "AMAZON.HelpIntent")]
    [TestCase("socmel basta alexa", "AMAZON.StopIntent")]
    [TestCase("ostrega basta così", "AMAZON.StopIntent")]
    [TestCase("basta neh", "AMAZON.StopIntent")]
    [TestCase("ho finito i compiti chiudi pure", "AMAZON.StopIntent")]
    [TestCase("basta per oggi chiudi capitali del mondo", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa in macchina apri capitali del mondo")]
    [TestCase("alexa per la verifica di geografia avvia capitali del mondo")]
    [TestCase("alexa apri capitali del mondo che ripassiamo per la verifica")]
    [TestCase("alexa apri capitali del mondo per il ripasso di geografia")]
    [TestCase("apri capitali del mondo neh che facciamo qualche domanda")]
    public void Opening_the_skill_with_words_around_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("qual è la capitale della patagonia")]
    [TestCase("qual è la capitale del tibet")]
    [TestCase("qual è la capitale dell'oceano")]
    [TestCase("ostrega metti la musica")]
    [TestCase("zio accendi la luce")]
    [TestCase("socmel che tempo fa domani")]
    [TestCase("neh metti la musica")]
    [TestCase("lassa perde la musica")]
    [TestCase("no annulla la sveglia")]
    [TestCase("comm funziona la lavatrice")]
    [TestCase("chiudi la porta")]
    [TestCase("alexa in macchina metti la radio")]
    [TestCase("domani vado in croazia mi serve un albergo")]
    [TestCase("domani vado in croazia dimmi che tempo fa")]
    [TestCase("è giusto")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
