using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 26 tuning (interactionModel/README.md, *Round 26 tuning for Italian (session
/// 26)*), each tried on sentences of our own rather than the corpus lines: interjections of bilingual homes ("kurcze",
/// "dobra", "ya basha", "khalas", "falemnderit", "aiyo", "ane", "oye", "mira", "chico", "vara"), the Trentino "sat", "ela"
/// and tail "l'è"; the repairs "sbagliato", "mi correggo", "scusami"; "isola" as a kind of place in reverse questions and
/// "X dove si trova di che paese è capitale"; the follow-up "e X che ha"; cancel ("mi sono sbagliato", "olvídalo"), help
/// ("e mo che faccio", "mi rispieghi", "mi ridici come funziona"), stop ("la cena è pronta", "fine della lezione")
/// wordings; launch surroundings ("al capolinea", "per la festa", "okay so") and the one-shot lead "fammi sapere da";
/// "camera" and "chiamata" no longer another topic in a clause before the question; fictional lands and "regioni" as not
/// places; with out-of-domain neighbours that must still fall back.</summary>
public class ItalianRoundTwentySixRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("kurcze alexa qual è la capitale dell'austria", "AT", Description = "the Polish 'kurcze'")]
    [TestCase("ya basha dimmi la capitale della tunisia", "TN", Description = "the Egyptian 'ya basha'")]
    [TestCase("khalas alexa la capitale del qatar qual è", "QA", Description = "'khalas' as an opener")]
    [TestCase("aiyo la capitale dell'india", "IN", Description = "the Sri Lankan 'aiyo'")]
    [TestCase("oye alexa mi dici la capitale del messico", "MX", Description = "the Spanish 'oye'")]
    [TestCase("sat alexa qual ela la capitale della slovenia", "SI", Description = "Trentino 'sat' and 'ela'")]
    [TestCase("alexa la capitale dell'albania l'è", "AL", Description = "the tail 'l'è'")]
    [TestCase("la capitale del perù sbagliato del cile", "CL", Description = "the repair 'sbagliato'")]
    [TestCase("la capitale dell'austria mi correggo dell'australia", "AU", Description = "the repair 'mi correggo'")]
    [TestCase("la capitale della svezia scusami della svizzera", "CH", Description = "the repair 'scusami'")]
    [TestCase("alexa in camera sto studiando la capitale del niger", "NE", Description = "'camera' in the clause")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("di quale isola è capitale reykjavik", "reykjavik")]
    [TestCase("valletta è la capitale di che isola", "valletta")]
    [TestCase("canberra dove si trova di che paese è capitale", "canberra")]
    public void A_reverse_question_names_the_city(string utterance, string city)
    {
        var result = LocaleNlu.Recognize(Locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("city")?.Value, Is.EqualTo(city), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("olvídalo alexa", "AMAZON.CancelIntent")]
    [TestCase("annulla mi sono sbagliato", "AMAZON.CancelIntent")]
    [TestCase("ane lascia perdere", "AMAZON.CancelIntent")]
    [TestCase("falemnderit lascia stare", "AMAZON.CancelIntent")]
    [TestCase("uffa alexa e mo cosa faccio", "AMAZON.HelpIntent")]
    [TestCase("alexa mi rispieghi come si gioca", "AMAZON.HelpIntent")]
    [TestCase("kurcze non capisco come funziona", "AMAZON.HelpIntent")]
    [TestCase("vara alexa come si usa", "AMAZON.HelpIntent")]
    [TestCase("alexa basta la cena è pronta", "AMAZON.StopIntent")]
    [TestCase("fine della lezione alexa", "AMAZON.StopIntent")]
    [TestCase("dobra basta così", "AMAZON.StopIntent")]
    [TestCase("mira chico basta", "AMAZON.StopIntent")]
    [TestCase("khalas chiudi", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa al capolinea avvia capitali del mondo")]
    [TestCase("alexa apri capitali del mondo per la festa")]
    [TestCase("oye alexa apri capitali del mondo")]
    [TestCase("alexa ok so open capitali del mondo")]
    public void Opening_the_skill_with_words_around_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa fammi sapere da capitali del mondo la capitale del laos")]
    [TestCase("fammi sapere da capitali del mondo qual è la capitale del belize")]
    public void Asking_the_skill_by_name_with_fammi_sapere_is_a_one_shot(string utterance) =>
        Assert.That(LocaleNlu.Engine(Locale).ParseForm(utterance).Kind, Is.EqualTo(UtteranceKind.OneShot));

    [TestCase("qual è la capitale di narnia")]
    [TestCase("qual è la capitale della terra di mezzo")]
    [TestCase("le capitali delle regioni francesi")]
    [TestCase("kurcze metti la musica")]
    [TestCase("oye accendi la luce in camera")]
    [TestCase("khalas spegni la radio")]
    [TestCase("chiama la mamma")]
    [TestCase("che faccio stasera a cena")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
