using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 52 tuning (see the "Round 52 tuning for Italian (session 61)" section), each
/// tried on sentences of our own rather than the corpus lines: a scene said before the question ("mentre passo
/// l'aspirapolvere", "mentre stiro", "non riesco a dormire", "sono in ospedale", "sul passaporto c'è") and a purpose or a
/// kind said after it ("prima della nanna", "per la procura", "per la stoffa", "come stato") as fillers; Irish English
/// "sure look", "grand", "mate", "anyway" as fillers; the follow-ups "e quelle del ..." and "invece per ..."; "guinea
/// quella di bissau" and "non l'altra" for the shared name; not-places for the figurative capitals ("del gusto", "del
/// medioevo", "dei tartufi", "dell'alta moda"), the maritime republics and Gagauzia; stop as "basta per stanotte",
/// "basta così per stasera / per oggi", "finito di cucinare / di lavorare", "we're done"; help as "how does this thing
/// work" ("capitali thing" read as "skill"), "anche le capitali delle province", "si possono chiedere anche", "se sai
/// anche", with the people around the speaker ("la cognata", "il cliente") as skill words; cancel as "lascia perdere /
/// lascia stare la capitale (di prima)", "cancel that", with "il cliente" opening a reason; launch as "ripartiamo con",
/// "ricomincia con" and "che non c'è niente da fare" after it; with out-of-domain neighbours that must still fall
/// back.</summary>
public class ItalianRoundFiftyTwoRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("alexa mentre stiro la capitale della grecia", "GR")]
    [TestCase("alexa mentre lavo i piatti dimmi la capitale del kenya", "KE")]
    [TestCase("alexa non riesco a dormire la capitale della finlandia", "FI")]
    [TestCase("alexa mia figlia vuole sapere la capitale del cile prima della nanna", "CL")]
    [TestCase("alexa la capitale della repubblica ceca per la procura", "CZ")]
    [TestCase("alexa la capitale della slovenia per la notifica", "SI")]
    [TestCase("alexa la capitale del ghana per la stoffa", "GH")]
    [TestCase("alexa sul passaporto c'è moldavia la capitale", "MD")]
    [TestCase("e la florida come stato", "US-FL")]
    [TestCase("alexa sure look la capitale del portogallo", "PT")]
    [TestCase("alexa grand so la capitale della norvegia", "NO")]
    [TestCase("alexa sono in ospedale dimmi la capitale dell'egitto", "EG")]
    [TestCase("alexa l'ultima capitale e poi a letto quella del messico", "MX")]
    [TestCase("e quelle del sudafrica", "ZA")]
    [TestCase("invece per il portogallo", "PT")]
    [TestCase("alexa la capitale della guinea quella di bissau", "GW")]
    [TestCase("alexa capitale della guinea equatoriale non l'altra", "GQ")]
    [TestCase("alexa anyway la capitale del cile", "CL")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa basta per stanotte", "AMAZON.StopIntent")]
    [TestCase("alexa finito di cucinare", "AMAZON.StopIntent")]
    [TestCase("alexa ho finito di lavorare", "AMAZON.StopIntent")]
    [TestCase("basta così per oggi", "AMAZON.StopIntent")]
    [TestCase("alexa grand we're done", "AMAZON.StopIntent")]
    [TestCase("alexa ok mate stop", "AMAZON.StopIntent")]
    [TestCase("alexa mi spieghi come funziona che mia cognata non ha capito", "AMAZON.HelpIntent")]
    [TestCase("alexa how does this thing work", "AMAZON.HelpIntent")]
    [TestCase("alexa sure look how does this skill work", "AMAZON.HelpIntent")]
    [TestCase("alexa posso chiederti anche le capitali delle province", "AMAZON.HelpIntent")]
    [TestCase("alexa si possono chiedere anche i territori", "AMAZON.HelpIntent")]
    [TestCase("alexa sono in ospedale come si gioca", "AMAZON.HelpIntent")]
    [TestCase("alexa se conosci anche le capitali dei land", "AMAZON.HelpIntent")]
    [TestCase("alexa lasciamo perdere la capitale la cliente ha già pagato", "AMAZON.CancelIntent")]
    [TestCase("alexa anyway cancel that", "AMAZON.CancelIntent")]
    [TestCase("alexa lascia stare la capitale di prima", "AMAZON.CancelIntent")]
    [TestCase("alexa lascia stare la capitale del cliente se n'è andato", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa ripartiamo con capitali del mondo")]
    [TestCase("alexa ricomincia con capitali del mondo per favore")]
    [TestCase("alexa apri capitali del mondo che non c'è niente da fare")]
    public void A_launch_in_other_words(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa la capitale del gusto")]
    [TestCase("alexa la capitale del medioevo")]
    [TestCase("alexa capitale della repubblica di amalfi")]
    [TestCase("alexa la capitale dei tartufi d'alba")]
    [TestCase("alexa qual è la capitale dell'alta moda")]
    [TestCase("alexa capitale della gagauzia")]
    [TestCase("alexa mentre passo l'aspirapolvere metti la musica")]
    [TestCase("alexa non dormo mai")]
    [TestCase("alexa prima di dormire leggimi una storia")]
    [TestCase("alexa invece per domani che tempo fa")]
    [TestCase("alexa l'italia quante ne ha vinte")]
    [TestCase("alexa mio figlio sa anche le capitali")]
    [TestCase("alexa cosa vuoi da me")]
    [TestCase("alexa basta così per stasera con la musica")]
    [TestCase("alexa lascia perdere la lavatrice")]
    [TestCase("alexa we're done with the dishes")]
    [TestCase("alexa finito di stirare le camicie")]
    [TestCase("alexa la capitale del mate")]
    [TestCase("alexa sure")]
    [TestCase("alexa e quelle scarpe")]
    [TestCase("alexa sul passaporto c'è scritto il mio nome")]
    [TestCase("alexa ho il certificato per la società")]
    [TestCase("alexa ripartiamo con la lavatrice")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
