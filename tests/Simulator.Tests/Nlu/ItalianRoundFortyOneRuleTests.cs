using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 41 tuning (interactionModel/README.md, *Round 41 tuning for Italian (session
/// 44)*), each tried on sentences of our own rather than the corpus lines: interjections of speakers living in Italy as
/// fillers (Balkan "ajde", Cuban "asere", Russian "nu ladno", Sicilian "iamu", English "cheers" / "lovely", Romanian
/// "bine", Tamil "ayyo", Colombian "parce", Polish "dzięki"); the tails "in italiano", "prima della prossima canzone",
/// "che non ci vive nessuno", "stato dell'india del sud", "stato del messico del nord", "per la pratica del visto", "la
/// sa ma secondo me no", "sempre capitale"; the follow-up leads "l'ultima dai" and "e l'altra quella del"; Bergamasque
/// "ol" for "il"; the cancel "olvida lo que dije"; the stop "non voglio più sentire niente"; the launch words "quel
/// gioco" and "prima della cena"; and invented or non-state places (Pandora, Tamriel, Pangea, il paradiso, la
/// bergamasca, le contrade, la Val di Non) as not-places; with out-of-domain neighbours that must still fall back.</summary>
public class ItalianRoundFortyOneRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("alexa ajde la capitale della croazia", "HR")]
    [TestCase("alexa asere dimmi la capitale del perù", "PE")]
    [TestCase("alexa nu ladno la capitale della lettonia", "LV")]
    [TestCase("alexa iamu la capitale della tunisia", "TN")]
    [TestCase("alexa cheers la capitale del galles", "GB-WLS")]
    [TestCase("alexa lovely la capitale della scozia", "GB-SCT")]
    [TestCase("bine adesso la moldavia", "MD")]
    [TestCase("alexa ayyo la capitale del kerala", "IN-KL")]
    [TestCase("alexa parce la capitale del perù", "PE")]
    [TestCase("alexa dzieki la capitale della polonia", "PL")]
    [TestCase("alexa dimmi la capitale del giappone in italiano", "JP")]
    [TestCase("alexa prima della prossima canzone la capitale del cile", "CL")]
    [TestCase("alexa la capitale dell'isola bouvet che non ci vive nessuno", "BV")]
    [TestCase("alexa la capitale del kerala stato dell'india del sud", "IN-KL")]
    [TestCase("alexa la capitale del chihuahua stato del messico del nord", "MX-CHH")]
    [TestCase("alexa la capitale del belgio per la pratica del visto", "BE")]
    [TestCase("alexa mio cugino dice che la capitale del cile la sa ma secondo me no", "CL")]
    [TestCase("alexa qual è ol capitale del perù", "PE")]
    [TestCase("l'ultima dai il perù", "PE")]
    [TestCase("e l'altra quella del gabon", "GA")]
    [TestCase("e poi il mali sempre capitale", "ML")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa ajde lascia perdere", "AMAZON.CancelIntent")]
    [TestCase("alexa nu ladno annulla", "AMAZON.CancelIntent")]
    [TestCase("alexa olvida lo que dije", "AMAZON.CancelIntent")]
    [TestCase("alexa ajde basta così", "AMAZON.StopIntent")]
    [TestCase("alexa parce basta così", "AMAZON.StopIntent")]
    [TestCase("alexa basta non voglio più sentire niente", "AMAZON.StopIntent")]
    [TestCase("alexa ayyo come funziona", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa ajde avvia capitali del mondo")]
    [TestCase("alexa apri quel gioco capitali del mondo")]
    [TestCase("alexa avvia capitali del mondo prima della cena")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa come si dice cane in italiano")]
    [TestCase("alexa prima della prossima canzone metti vasco rossi")]
    [TestCase("e l'altra quella canzone")]
    [TestCase("alexa apri quel gioco")]
    [TestCase("alexa metti la radio in taverna")]
    [TestCase("alexa accendi il forno prima della cena")]
    [TestCase("alexa ajde metti la musica")]
    [TestCase("alexa cheers")]
    [TestCase("alexa olvida lo que dije de la cena")]
    [TestCase("alexa non voglio più sentire niente di calcio")]
    [TestCase("alexa la capitale di pandora")]
    [TestCase("alexa la capitale del paradiso terrestre")]
    [TestCase("alexa chi vive nel paradiso")]
    [TestCase("alexa la capitale della pangea antica")]
    [TestCase("alexa qual è la capitale delle contrade")]
    [TestCase("alexa la capitale della bergamasca")]
    [TestCase("alexa la capitale della valle di non")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
