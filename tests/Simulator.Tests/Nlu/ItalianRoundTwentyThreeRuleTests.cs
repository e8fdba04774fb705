using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families round 23 tuning fixed (interactionModel/README.md, *Round 23 tuning for Italian (session
/// 23)*), each tested with sentences of its kind that no corpus has: southern and emigrant greetings and tags around a
/// question ("uè", "jamme", "ohi", "ce ddici", "dale", "genau", "bitte", "sat sri akal"), the tails "in due parole",
/// "quante sono e quali" and "di una volta", the Roman "n'antra"; English-spelt, one-word, colonial and official long
/// names of states (Cameroun, Irak, Jamaica, Sudcorea, Nordcorea, Arabia, Gana, Seicelle, Costa d'Oro, Bechuanaland,
/// Guiana Olandese, Rhodesia del Nord, Kampuchea, Confederazione Elvetica, Federazione Russa, Regno di Spagna ...);
/// help, stop and cancel wordings ("mi sono persa", "che devo dire", "come si usa questa cosa", "non so usarti", "basta
/// per oggi", "finiamo qua", "chiudi il quiz", "non ho più voglia di giocare", "s'è fatto tardi", "contrordine", "lassa
/// perdiri", "hanno già risposto"); launch verbs and words around it ("vierzi", "avviala", "mi serve", "in diretta", "che
/// i ragazzi vogliono giocare", a greeting); former states and regions that are no countries of the skill (Urss,
/// Unione Sovietica, Cecoslovacchia, Tirolo); and the out-of-domain neighbours that must still fall back.</summary>
public class ItalianRoundTwentyThreeRuleTests
{
    private const string Locale = "it-IT";

    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize(Locale, utterance);

    [TestCase("uè alexa la capitale della finlandia", "FI", Description = "the Neapolitan greeting 'uè'")]
    [TestCase("jamme dimmi la capitale del perù", "PE", Description = "the Neapolitan 'jamme'")]
    [TestCase("ohi qual è la capitale del kenya", "KE", Description = "the call 'ohi'")]
    [TestCase("ce ddici la capitale della norvegia", "NO", Description = "the Roman 'ce ddici'")]
    [TestCase("dale la capitale dell'uruguay", "UY", Description = "the Rioplatense 'dale'")]
    [TestCase("genau la capitale dell'austria bitte", "AT", Description = "the South Tyrolean 'genau' and 'bitte'")]
    [TestCase("qual è la capitale del portogallo in due parole", "PT", Description = "the tail 'in due parole'")]
    [TestCase("mi è venuto un dubbio la capitale della grecia", "GR", Description = "'mi è venuto un dubbio'")]
    [TestCase("le capitali del sudafrica quante sono e quali", "ZA", Description = "the tail 'quante sono e quali'")]
    [TestCase("la capitale della persia di una volta", "IR", Description = "the tail 'di una volta'")]
    [TestCase("me dici n'antra capitale della spagna", "ES", Description = "the Roman 'n'antra'")]
    public void A_question_with_a_filler_reads_the_place(string utterance, string id)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo("CapitalIntent"));
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);
    }

    [TestCase("qual è la capitale del cameroun", "CM")]
    [TestCase("capitale dell'irak", "IQ")]
    [TestCase("la capitale della jamaica per favore", "JM")]
    [TestCase("qual è la capitale della sudcorea", "KR")]
    [TestCase("che capitale ha la nordcorea", "KP")]
    [TestCase("dimmi la capitale dell'arabia", "SA")]
    [TestCase("dimmi la capitale del gana", "GH")]
    [TestCase("qual è la capitale delle seicelle", "SC")]
    [TestCase("capitale della costa d'oro", "GH")]
    [TestCase("qual è la capitale del bechuanaland", "BW")]
    [TestCase("la capitale della guiana olandese", "SR")]
    [TestCase("la capitale della rhodesia del nord", "ZM")]
    [TestCase("la capitale del kampuchea", "KH")]
    [TestCase("la capitale della confederazione elvetica", "CH")]
    [TestCase("qual è la capitale della federazione russa", "RU")]
    [TestCase("la capitale del regno di spagna", "ES")]
    [TestCase("la capitale della repubblica federale di germania", "DE")]
    public void An_other_name_of_a_state_reads_the_state(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("aiuto mi sono persa", "AMAZON.HelpIntent")]
    [TestCase("uè che devo dire", "AMAZON.HelpIntent")]
    [TestCase("come si usa questa cosa", "AMAZON.HelpIntent")]
    [TestCase("non so usarti", "AMAZON.HelpIntent")]
    [TestCase("basta per oggi", "AMAZON.StopIntent")]
    [TestCase("stop per oggi grazie", "AMAZON.StopIntent")]
    [TestCase("finiamo qua", "AMAZON.StopIntent")]
    [TestCase("chiudi il quiz", "AMAZON.StopIntent")]
    [TestCase("non ho più voglia di giocare", "AMAZON.StopIntent")]
    [TestCase("dai chiudiamo che s'è fatto tardi", "AMAZON.StopIntent")]
    [TestCase("contrordine", "AMAZON.CancelIntent")]
    [TestCase("lassa perdiri", "AMAZON.CancelIntent")]
    [TestCase("annulla che papà ha già risposto", "AMAZON.CancelIntent")]
    [TestCase("lascia stare hanno già risposto", "AMAZON.CancelIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("vierzi capitali del mondo")]
    [TestCase("mi serve capitali del mondo avviala")]
    [TestCase("ué alexa avvia capitali del mondo")]
    [TestCase("alexa accendi capitali del mondo in diretta")]
    [TestCase("jammo apri capitali del mondo")]
    [TestCase("namaste alexa apri capitali del mondo")]
    [TestCase("apri capitali del mondo che i ragazzi vogliono giocare")]
    public void A_launch_wording_launches(string utterance) =>
        Assert.That(InvocationForms.Parse(utterance, "capitali del mondo", Locale).Kind, Is.EqualTo(UtteranceKind.Launch));

    [TestCase("uè metti la musica")]
    [TestCase("jamme accendi la luce")]
    [TestCase("la capitale della cecoslovacchia")]
    [TestCase("qual è la capitale dell'urss")]
    [TestCase("qual è la capitale dell'unione sovietica")]
    [TestCase("la capitale del tirolo")]
    [TestCase("chiudi la porta che si è fatto tardi")]
    [TestCase("stop la musica per stasera")]
    [TestCase("mi sono perso il telefono")]
    [TestCase("che devo dire alla mamma")]
    [TestCase("accendi la radio in diretta")]
    [TestCase("apri la finestra che i bambini vogliono giocare")]
    public void Out_of_domain_still_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
