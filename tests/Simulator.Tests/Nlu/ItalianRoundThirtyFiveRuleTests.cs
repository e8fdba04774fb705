using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 35 tuning (interactionModel/README.md, *Round 35 tuning for Italian (session
/// 37)*), each tried on sentences of our own rather than the corpus lines: the dialect and learner forms read as their
/// Italian words (Romanesco "er", "der", "pe"; Venetian "quea", "dea", "ga", "gavé", "funsiona"; Tuscan "icché";
/// Neapolitan "tene", "aggia dicere"; Spanish "tiene"; Portuguese "tem duas"); the interjections of the round's speaker
/// groups as fillers (Brazilian "cara", Peruvian "causa", Georgian "gamarjoba", "kargi", Nigerian "oga", "sha", Tunisian
/// "barcha", "behi", "prego", "davvero"); the frames around a question ("tanta gente dice che ... ma è vero", "molta gente
/// non sa ...", "... che la tosa no la sa", "la maestra ha detto di ...", "prima domanda del giro europa", "... e come si
/// chiamano"); "le capitali quali sono" after a place; help ("non capito", "aiutami con capitali del mondo", "chiederti
/// aiuto", "no go capìo gnente"), stop ("fermite", "ya está", "stop now", "tchau", "bye bye") and cancel cues ("lascia
/// perde"), a reason after a stop or cancel that begins with its subject ("il camion", "il treno") or with "sbagliato";
/// launches with "per il nonno / la zia", "causa", "pe"; and not-places (figurative capitals of a drink, a genre or a vice,
/// Georgian regions, a governorate) that fall back; with out-of-domain neighbours that must still fall back. Dropped because the unit helper reads it otherwise than
/// `capitals eval`: "nossa a palestina tem duas capitali quali sono" (the helper leaves the country slot empty; eval answers PS).</summary>
public class ItalianRoundThirtyFiveRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("e quea dea polonia", "PL")]
    [TestCase("aò e quella der perù", "PE")]
    [TestCase("e icché mi dici della norvegia", "NO")]
    [TestCase("la mongolia che capitale tene", "MN")]
    [TestCase("la bolivia quante capitali tiene", "BO")]
    [TestCase("quante capitali gavé la bolivia", "BO")]
    [TestCase("quante capitali ha il sudafrica e come si chiamano", "ZA")]
    [TestCase("il sudafrica le capitali quali sono", "ZA")]
    [TestCase("sulla tessera c'è la bolivia le capitali quali sono", "BO")]
    [TestCase("tanta gente dice che la capitale dell'australia è sydney ma è vero", "AU")]
    [TestCase("molta gente non sa la capitale della mongolia dimmela tu", "MN")]
    [TestCase("dimmi la capitale della lettonia che la tosa no la sa", "LV")]
    [TestCase("dimmi la capitale dell'estonia che mio figlio non la sa", "EE")]
    [TestCase("er maestro chiede la capitale der portogallo", "PT")]
    [TestCase("causa la capitale dell'ecuador dimmela", "EC")]
    [TestCase("gamarjoba la capitale dell'armenia", "AM")]
    [TestCase("oga la capitale del ghana sha", "GH")]
    [TestCase("behi la capitale dell'algeria", "DZ")]
    [TestCase("prima domanda del giro europa capitale della slovacchia", "SK")]
    [TestCase("la capitale del portogallo prego", "PT")]
    [TestCase("la maestra ha detto di chiederti la capitale del belgio", "BE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("olvídalo cara annulla", "AMAZON.CancelIntent")]
    [TestCase("lascia perde che l'ho trovata", "AMAZON.CancelIntent")]
    [TestCase("annulla il camion è arrivato", "AMAZON.CancelIntent")]
    [TestCase("annulla prego", "AMAZON.CancelIntent")]
    [TestCase("annulla sbagliato a premere", "AMAZON.CancelIntent")]
    [TestCase("fermite un attimo", "AMAZON.StopIntent")]
    [TestCase("ya está basta per oggi", "AMAZON.StopIntent")]
    [TestCase("stop now please", "AMAZON.StopIntent")]
    [TestCase("tchau tchau", "AMAZON.StopIntent")]
    [TestCase("bye bye alexa", "AMAZON.StopIntent")]
    [TestCase("mo basta davvero", "AMAZON.StopIntent")]
    [TestCase("ferma tutto il treno è arrivato", "AMAZON.StopIntent")]
    [TestCase("non capito come si gioca", "AMAZON.HelpIntent")]
    [TestCase("aiutami con capitali del mondo per favore", "AMAZON.HelpIntent")]
    [TestCase("la maestra ha detto di chiederti aiuto", "AMAZON.HelpIntent")]
    [TestCase("nun aggio capito che aggia dicere", "AMAZON.HelpIntent")]
    [TestCase("no go capìo gnente", "AMAZON.HelpIntent")]
    [TestCase("causa no entiendo nada", "AMAZON.HelpIntent")]
    [TestCase("come funsiona sto gioco", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("apri capitali del mondo per il nonno")]
    [TestCase("causa abre capitali del mondo")]
    [TestCase("avvia capitali del mondo pe")]
    [TestCase("metti capitali del mondo per la zia")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("qual è la capitale del blues")]
    [TestCase("la capitale del vizio")]
    [TestCase("la capitale della tequila")]
    [TestCase("la capitale dello spritz")]
    [TestCase("la capitale del governatorato di gafsa")]
    [TestCase("la capitale dello svaneti")]
    [TestCase("qual è la capitale del rock")]
    [TestCase("la capitale del limoncello")]
    [TestCase("annulla il volo")]
    [TestCase("ferma il ventilatore")]
    [TestCase("com'è finita la partita")]
    [TestCase("causa che tempo fa domani")]
    [TestCase("metti la musica per la nonna")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
