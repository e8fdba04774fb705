using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 31 tuning (interactionModel/README.md, *Round 31 tuning for Italian (session
/// 33)*), each tried on sentences of our own rather than the corpus lines: a place named in a story and then asked for
/// with an asking verb ("non so la capitale", "mi chiede la capitale", "dimmi la capitale", "com'è la capitale"), a clause
/// that leads into the question ("si parla della", "si litiga sulla"), the question's own tails ("qual è", "qual è mai"),
/// the school setting after the question ("in verifica"), the fillers "ascolta", "mai", "scommetto che" and the South
/// Tyrolean "pfiat di" / "pfiati", the glued "lacapitale", "fai partire" before a one-shot, help cues ("qualche dritta",
/// "un aiutino", "io non capisco") and regional names that are no places ("romagna", "irpinia", "polesine", "langhe");
/// with out-of-domain neighbours that must still fall back.</summary>
public class ItalianRoundThirtyOneRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("mia zia abita in portogallo e non so la capitale", "PT", Description = "'non so la capitale' after a place")]
    [TestCase("al corso di inglese c'è una ragazza del vietnam mi chiede la capitale", "VN", Description = "'mi chiede la capitale'")]
    [TestCase("sul libro c'è la tanzania ma non trovo la capitale", "TZ", Description = "'non trovo la capitale'")]
    [TestCase("mio nipote torna dal perù dimmi la capitale", "PE", Description = "'dimmi la capitale' after a place")]
    [TestCase("una signora dell'ecuador vuole sapere la capitale", "EC", Description = "'vuole sapere la capitale'")]
    [TestCase("al mercato c'era un signore dal senegal com'è la capitale", "SN", Description = "'com'è la capitale'")]
    [TestCase("in ufficio si litiga sulla capitale del canada", "CA", Description = "the lead 'si litiga sulla'")]
    [TestCase("al bar si parlava della capitale dell'australia", "AU", Description = "the lead 'si parlava della'")]
    [TestCase("ieri sera in pizzeria abbiamo parlato della capitale del marocco qual è", "MA", Description = "a lead and the tail 'qual è'")]
    [TestCase("il maestro ha chiesto la capitale del belgio in verifica", "BE", Description = "'in verifica' after the question")]
    [TestCase("qual è mai la capitale del cile", "CL", Description = "the filler 'mai'")]
    [TestCase("ascolta qual è la capitale dell'islanda", "IS", Description = "the filler 'ascolta'")]
    [TestCase("ascoltami la capitale della polonia", "PL", Description = "the filler 'ascoltami'")]
    [TestCase("scommetto che la capitale del canada è toronto", "CA", Description = "the lead-in 'scommetto che'")]
    [TestCase("ci scommetto che la capitale dell'australia è sydney", "AU", Description = "the lead-in 'ci scommetto che'")]
    [TestCase("pfiati ma prima la capitale dell'austria", "AT", Description = "the South Tyrolean greeting 'pfiati'")]
    [TestCase("lacapitale della finlandia", "FI", Description = "the glued 'lacapitale'")]
    [TestCase("il mio vicino è del nicaragua e non sa la capitale", "NI", Description = "'non sa la capitale'")]
    [TestCase("c'era un turista dalla bolivia mi ha chiesto la capitale", "BO", Description = "'mi ha chiesto la capitale'")]
    [TestCase("il nonno è stato in kenya mi sai dire la capitale", "KE", Description = "'mi sai dire la capitale'")]
    [TestCase("a cena stavamo parlando della capitale della mongolia", "MN", Description = "the lead 'stavamo parlando della'")]
    [TestCase("ho un dubbio sulla capitale della nuova zelanda", "NZ", Description = "the lead 'un dubbio sulla'")]
    [TestCase("in classe si dibatte sulla capitale della turchia", "TR", Description = "the lead 'si dibatte sulla'")]
    [TestCase("stanotte mi è venuto il dubbio della capitale del nepal", "NP", Description = "the lead 'mi è venuto il dubbio della'")]
    [TestCase("in cantina si discute della capitale del portogallo mettici fine tu", "PT", Description = "the trailing 'mettici fine tu'")]
    [TestCase("gnamo qual è la capitale della lettonia", "LV", Description = "the Tuscan filler 'gnamo'")]
    // "fai partire" before a one-shot ("fai partire capitali del mondo la capitale del messico") was checked with capitals
    // eval only: the unit helper does not read the invocation.
    [TestCase("l'india quali sono le capitali", "IN", Description = "'le capitali' for the place said before")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("pfiat di basta così", "AMAZON.StopIntent")]
    [TestCase("mi dai qualche dritta", "AMAZON.HelpIntent")]
    [TestCase("mi serve un aiutino", "AMAZON.HelpIntent")]
    [TestCase("io non ho capito come funziona", "AMAZON.HelpIntent")]
    [TestCase("io non capisco", "AMAZON.HelpIntent")]
    [TestCase("icché tu sai fare", "AMAZON.HelpIntent")]
    [TestCase("finiamola qua", "AMAZON.StopIntent")]
    [TestCase("dai basta cussì", "AMAZON.StopIntent")]
    [TestCase("lassa star", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("la capitale dell'irpinia")]
    [TestCase("qual è la capitale del polesine")]
    [TestCase("dimmi la capitale delle langhe")]
    [TestCase("la capitale della romagna qual è")]
    [TestCase("mia sorella vive in portogallo e adora la capitale")]
    [TestCase("siamo stati in grecia e la capitale ci è piaciuta tanto")]
    [TestCase("al bar si parlava della capitale dell'australia e del suo clima")]
    [TestCase("i musei della capitale della spagna qual è il più bello")]
    [TestCase("ascolta la radio")]
    [TestCase("scommetto che domani piove")]
    [TestCase("metti la musica")]
    [TestCase("mio cugino vive in germania quanti abitanti ha la capitale")]
    [TestCase("stavamo parlando della capitale della mongolia e del suo clima")]
    [TestCase("mia figlia è stata in perù e non sa la strada")]
    [TestCase("finiamola con questa musica")]
    [TestCase("mettici fine tu alla playlist")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
