using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 33 tuning (interactionModel/README.md, *Round 33 tuning for Italian (session
/// 35)*), each tried on sentences of our own rather than the corpus lines: the joins for the Calabrian article ("a capitale"
/// -> "la capitale"), the Friulian "ce ise" / "qual ise" and the variants "lis capitâls", the Brazilian "me diz", the
/// Romanian "zi mi" and the English "what is the capital"; the interjections and addresses of the round's speaker groups as
/// fillers and launch words around (Filipino "naku", "sige na", "grabe", "kuya", "ate", "salamat po", "ano ba"; Brazilian
/// "beleza", "poxa", "meu deus", "tipo assim", "mesmo"; Romanian "ba", "gata", "mersi", "frate mio"; Wolof "nanga def",
/// "yàlla", "jërëjëf", "ndeysan"; Punjabi "ji", "haan ji", "chalo", "veere"; Moroccan "khoya", "wakha", "mashallah";
/// Peruvian "chévere", "asu mare", "bacán"; Friulian "cjo", "sì po"; Calabrian "amu a sapiri", "vogghiu sapiri", "nun mi
/// ricordu"; "non c'è campo"; "è un'altra", "sai anche quella"), the repairs ("mi sono imbrogliato / impappinata",
/// "ricomincio", "sbaglio", "ho sbagliato paese", "no volevo", "torno indietro", "ci riprovo", "paese sbagliato"), a place
/// named and then asked for ("non dicono / non ha detto la capitale", "che capitale aveva", "in che capitale atterriamo /
/// arriva"), the board-game leads ("c'è la casella / la carta della"), help, stop and cancel cues and reasons ("mi leggi le
/// istruzioni", "cosa posso chiedere sulle capitali", "mia mamma non capisce", "ce pot sa fac", "me ajuda", "tulong",
/// "cómo se usa esto", "che devo dì"; "tama na", "ayoko na", "chega", "para tudo", "ruk ja", "baste", a stop with "ha
/// vinto ..."; "cancel (na)", "cancela (isso)", "esquece isso", "ya fue", a cancel with "tanto ...", "ormai ...", "il
/// collega ..."), launch words around ("sul treno", "in gita", "che si gioca") and names that are no places (historical and
/// sub-national regions, islands, dishes), and the weather nouns "tempo", "meteo", "previsioni" as another topic (the Friulian
/// greeting "mandi" is a stop cue: "mandi che tempo fa" must not stop); with out-of-domain neighbours that must still fall back.
/// "la capitale della magna grecia" (read as Greece) and "la capitale del cous cous" (the repeated word read once) were
/// tried and left out with their not-places.</summary>
public class ItalianRoundThirtyThreeRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("dimmi a capitale della grecia", "GR")]
    [TestCase("vogghiu sapiri a capitale del portogallo", "PT")]
    [TestCase("qual è a capitale dell'irlanda", "IE")]
    [TestCase("mancu me frati a sapi a capitale del cile", "CL")]
    [TestCase("nun mi ricordu a capitale della svezia", "SE")]
    [TestCase("c'è poco campo ma dimmi la capitale del perù", "PE")]
    [TestCase("non c'è campo qui in montagna dimmi la capitale della norvegia", "NO")]
    [TestCase("ce ise la capitale della danimarca", "DK")]
    [TestCase("qual ise la capitale del belgio", "BE")]
    [TestCase("quali sono lis capitâls de bolivia", "BO")]
    [TestCase("cjo la capitale della croazia", "HR")]
    [TestCase("sì po la capitale della polonia", "PL")]
    [TestCase("what is the capital del kenya", "KE")]
    [TestCase("naku i forgot la capitale del vietnam", "VN")]
    [TestCase("sige na la capitale della corea del sud", "KR")]
    [TestCase("grabe la capitale del laos salamat po", "LA")]
    [TestCase("kuya la capitale della cambogia ano ba", "KH")]
    [TestCase("talaga la capitale del giappone", "JP")]
    [TestCase("beleza qual è la capitale del cile", "CL")]
    [TestCase("poxa non ricordo la capitale dell'uruguay", "UY")]
    [TestCase("me diz la capitale dell'argentina", "AR")]
    [TestCase("la capitale del paraguay tipo assim", "PY")]
    [TestCase("valeu la capitale di cuba", "CU")]
    [TestCase("meu deus la capitale del messico", "MX")]
    [TestCase("qual è la capitale dell'angola mesmo", "AO")]
    [TestCase("zi mi la capitale della moldavia", "MD")]
    [TestCase("la capitale della romania mersi", "RO")]
    [TestCase("frate mio la capitale della bulgaria", "BG")]
    [TestCase("gata la capitale dell'ungheria", "HU")]
    [TestCase("ba la capitale della serbia", "RS")]
    [TestCase("nanga def la capitale del senegal", "SN")]
    [TestCase("yàlla dimmi la capitale del gambia", "GM")]
    [TestCase("la capitale della mauritania jërëjëf", "MR")]
    [TestCase("ndeysan la capitale del mali", "ML")]
    [TestCase("haan ji la capitale dell'india", "IN")]
    [TestCase("chalo la capitale del pakistan", "PK")]
    [TestCase("veere la capitale del bangladesh", "BD")]
    [TestCase("ji la capitale dello sri lanka", "LK")]
    [TestCase("khoya la capitale della tunisia", "TN")]
    [TestCase("wakha dimmi la capitale della libia", "LY")]
    [TestCase("mashallah la capitale del marocco", "MA")]
    [TestCase("inshallah la capitale dell'algeria", "DZ")]
    [TestCase("chévere la capitale della colombia", "CO")]
    [TestCase("asu mare la capitale del perù", "PE")]
    [TestCase("claro la capitale dell'ecuador", "EC")]
    [TestCase("bacán la capitale del venezuela", "VE")]
    [TestCase("mia zia dice che la capitale della svizzera è un'altra qual è", "CH")]
    [TestCase("e la norvegia sai anche quella", "NO")]
    [TestCase("e il cile la sai pure quella", "CL")]
    [TestCase("la capitale della francia mi sono imbrogliato della spagna", "ES")]
    [TestCase("la capitale dell'italia mi sono impappinata della grecia", "GR")]
    [TestCase("la capitale del cile ricomincio del perù", "PE")]
    [TestCase("la capitale del kenya no ho sbagliato paese dell'uganda", "UG")]
    [TestCase("la capitale della svezia torno indietro della norvegia", "NO")]
    [TestCase("la capitale dell'austria no volevo la germania", "DE")]
    [TestCase("la capitale del ghana ci riprovo del togo", "TG")]
    [TestCase("la capitale della cina paese sbagliato del giappone", "JP")]
    [TestCase("la capitale del brasile sbaglio dell'argentina", "AR")]
    [TestCase("la capitale del brasile è rio de janeiro o sbaglio", "BR")]
    [TestCase("alla radio parlano del cile ma non dicono la capitale", "CL")]
    [TestCase("il telegiornale ha parlato del sudan ma non ha detto la capitale", "SD")]
    [TestCase("la birmania che capitale aveva", "MM")]
    [TestCase("andiamo in giappone in che capitale atterriamo", "JP")]
    [TestCase("mia sorella vola in corea del sud in che capitale arriva", "KR")]
    [TestCase("a trivial c'è la carta della capitale del marocco", "MA")]
    [TestCase("sul tabellone c'è la casella della capitale del belgio", "BE")]
    [TestCase("dimmi a capitale du marocco", "MA")]
    [TestCase("qual è a capitale du perù", "PE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("che cosa posso chiedere sulle capitali", "AMAZON.HelpIntent")]
    [TestCase("mi leggi le istruzioni", "AMAZON.HelpIntent")]
    [TestCase("leggimi le istruzioni per piacere", "AMAZON.HelpIntent")]
    [TestCase("mio nonno non capisce come si usa", "AMAZON.HelpIntent")]
    [TestCase("ce pot sa fac", "AMAZON.HelpIntent")]
    [TestCase("me ajuda", "AMAZON.HelpIntent")]
    [TestCase("tulong paano ito", "AMAZON.HelpIntent")]
    [TestCase("cómo se usa esto", "AMAZON.HelpIntent")]
    [TestCase("mia mamma non capisce cosa dire", "AMAZON.HelpIntent")]
    [TestCase("aiuto che devo dì", "AMAZON.HelpIntent")]
    [TestCase("che domande posso fare a capitali del mondo", "AMAZON.HelpIntent")]
    [TestCase("tama na", "AMAZON.StopIntent")]
    [TestCase("ayoko na", "AMAZON.StopIntent")]
    [TestCase("chega", "AMAZON.StopIntent")]
    [TestCase("para tudo alexa", "AMAZON.StopIntent")]
    [TestCase("ruk ja", "AMAZON.StopIntent")]
    [TestCase("baste", "AMAZON.StopIntent")]
    [TestCase("basta così ha vinto il nonno", "AMAZON.StopIntent")]
    [TestCase("stop abbiamo vinto noi", "AMAZON.StopIntent")]
    [TestCase("gata basta", "AMAZON.StopIntent")]
    [TestCase("cancel", "AMAZON.CancelIntent")]
    [TestCase("cancel na", "AMAZON.CancelIntent")]
    [TestCase("cancela", "AMAZON.CancelIntent")]
    [TestCase("esquece isso", "AMAZON.CancelIntent")]
    [TestCase("ya fue", "AMAZON.CancelIntent")]
    [TestCase("annulla tanto lo so già", "AMAZON.CancelIntent")]
    [TestCase("annulla il collega l'ha già trovata", "AMAZON.CancelIntent")]
    [TestCase("annulla ormai è tardi", "AMAZON.CancelIntent")]
    [TestCase("lascia perdere comunque grazie", "AMAZON.CancelIntent")]
    [TestCase("leggimi le regole del gioco", "AMAZON.HelpIntent")]
    [TestCase("mandi alexa", "AMAZON.StopIntent")]
    [TestCase("basta così mandi", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("apri capitali del mondo sul treno")]
    [TestCase("avvia capitali del mondo in gita")]
    [TestCase("apri capitali del mondo che si gioca un po'")]
    [TestCase("kuya apri capitali del mondo")]
    [TestCase("chalo apri capitali del mondo")]
    [TestCase("haan ji avvia capitali del mondo")]
    [TestCase("beleza apri capitali del mondo")]
    [TestCase("waaw apri capitali del mondo")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("la capitale della normandia")]
    [TestCase("la capitale delle fiandre")]
    [TestCase("la capitale della scandinavia")]
    [TestCase("la capitale dell'impero romano")]
    [TestCase("la capitale del frico")]
    [TestCase("la capitale di giava")]
    [TestCase("la capitale della borgogna qual è")]
    [TestCase("qual è la capitale della lorena")]
    [TestCase("la capitale del regno delle due sicilie")]
    [TestCase("ji che ore sono")]
    [TestCase("naku che tempo fa domani")]
    [TestCase("kuya chiama la mamma")]
    [TestCase("chalo metti la musica")]
    [TestCase("cancel the alarm")]
    [TestCase("cancela o alarme")]
    [TestCase("ayuda con los deberes de matemáticas")]
    [TestCase("tama na la musica")]
    [TestCase("esquece a música")]
    [TestCase("apri la finestra sul treno")]
    [TestCase("apri la porta kuya")]
    [TestCase("mandi che tempo fa a trieste")]
    [TestCase("basta col meteo")]
    [TestCase("stop le previsioni del tempo")]
    [TestCase("quanta gente vive in bolivia")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
