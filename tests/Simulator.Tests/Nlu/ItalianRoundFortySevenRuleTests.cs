using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 47 tuning (see the "Round 47 tuning for Italian (session 53)" section), each
/// tried on sentences of our own rather than the corpus lines: interjections of speakers of other languages said first
/// ("opa", "epa", "endaxi", "hadi", "kalbatono", "du coup", "ça va", Lombard "te set", "uè frà") and settings ("mentre
/// guido", "per la sagra", "alla fiera", "per il concorso", "a trivial"); cancel with a change of mind ("ci ho ripensato",
/// "ho cambiato domanda", "non mi serve più"), with what is withdrawn ("annulla la capitale che ti ho chiesto", "annulla
/// la risposta") and with a reason ("parlavo con ...", "la so già"), Russian "nichego"; stop "finito per oggi / per
/// stasera", Turkish "yeter", Dutch "genoeg"; help in French, Dutch, Spanish and dialect ("comment ça marche", "hoe werkt
/// het", "cómo funciona esto", "come se fa", "aiuteme") and "come chiedo le capitali", "cosa devo dire per sapere una
/// capitale"; launch "vorrei aprire / giocare a", Greek "anoixe", Turkish "aç", Spanish "ábreme", "per ripassare"; wines
/// and cured meats as not places ("lambrusco", "prosecco", "parmigiano"); with out-of-domain neighbours that must still
/// fall back.</summary>
public class ItalianRoundFortySevenRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("alexa opa la capitale della bulgaria", "BG")]
    [TestCase("alexa te set qual è la capitale del perù", "PE")]
    [TestCase("alexa ça va la capitale della tunisia", "TN")]
    [TestCase("alexa kalbatono la capitale dell'armenia", "AM")]
    [TestCase("alexa epa la capitale del venezuela", "VE")]
    [TestCase("alexa endaxi la capitale di cipro", "CY")]
    [TestCase("alexa hadi la capitale della turchia", "TR")]
    [TestCase("alexa uè frà la capitale del kenya", "KE")]
    [TestCase("alexa mentre guido dimmi la capitale della croazia", "HR")]
    [TestCase("alexa per la sagra la capitale della finlandia", "FI")]
    [TestCase("alexa alla fiera la capitale del portogallo", "PT")]
    [TestCase("alexa per il concorso la capitale della lettonia", "LV")]
    [TestCase("alexa a trivial la capitale del nepal", "NP")]
    [TestCase("alexa per la festa dell'unità la capitale del vietnam", "VN")]
    [TestCase("alexa mio cugino vive in baviera qual è la capitale del land", "DE-BY")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa ci ho ripensato lascia stare", "AMAZON.CancelIntent")]
    [TestCase("alexa ci ho ripensato", "AMAZON.CancelIntent")]
    [TestCase("alexa ho cambiato domanda", "AMAZON.CancelIntent")]
    [TestCase("alexa non mi serve più", "AMAZON.CancelIntent")]
    [TestCase("alexa annulla stavo parlando con mio marito", "AMAZON.CancelIntent")]
    [TestCase("alexa annulla parlavo al telefono", "AMAZON.CancelIntent")]
    [TestCase("alexa annulla la capitale che ti ho chiesto prima", "AMAZON.CancelIntent")]
    [TestCase("alexa annulla la risposta tanto la so già", "AMAZON.CancelIntent")]
    [TestCase("alexa annulla lo so già", "AMAZON.CancelIntent")]
    [TestCase("alexa annulla la domanda per il concorso", "AMAZON.CancelIntent")]
    [TestCase("alexa nichego lascia perdere", "AMAZON.CancelIntent")]
    [TestCase("alexa finito per oggi", "AMAZON.StopIntent")]
    [TestCase("alexa per stasera basta", "AMAZON.StopIntent")]
    [TestCase("alexa yeter", "AMAZON.StopIntent")]
    [TestCase("alexa genoeg", "AMAZON.StopIntent")]
    [TestCase("alexa endaxi basta", "AMAZON.StopIntent")]
    [TestCase("alexa hadi stop", "AMAZON.StopIntent")]
    [TestCase("alexa comment ça marche", "AMAZON.HelpIntent")]
    [TestCase("alexa du coup aide moi", "AMAZON.HelpIntent")]
    [TestCase("alexa hoe werkt het", "AMAZON.HelpIntent")]
    [TestCase("alexa cómo funciona esto", "AMAZON.HelpIntent")]
    [TestCase("alexa come se fa", "AMAZON.HelpIntent")]
    [TestCase("alexa aiuteme", "AMAZON.HelpIntent")]
    [TestCase("alexa come chiedo le capitali", "AMAZON.HelpIntent")]
    [TestCase("alexa mentre guido come funziona", "AMAZON.HelpIntent")]
    [TestCase("alexa cosa devo dire per sapere una capitale", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa vorrei aprire capitali del mondo")]
    [TestCase("alexa vorrei giocare a capitali del mondo")]
    [TestCase("alexa apri capitali del mondo per ripassare")]
    [TestCase("alexa anoixe capitali del mondo")]
    [TestCase("alexa aç capitali del mondo")]
    [TestCase("alexa ábreme capitali del mondo")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa qual è la capitale del prosecco")]
    [TestCase("alexa la capitale del parmigiano")]
    [TestCase("alexa ci ho ripensato metti la musica")]
    [TestCase("alexa ho cambiato idea accendi la luce")]
    [TestCase("alexa finito per oggi il timer")]
    [TestCase("alexa annulla la sveglia")]
    [TestCase("alexa annulla il timer parlavo con mia moglie")]
    [TestCase("alexa come se fa la pizza")]
    [TestCase("alexa comment on fait les crêpes")]
    [TestCase("alexa vorrei aprire la porta")]
    [TestCase("alexa vorrei usare la lavatrice")]
    [TestCase("alexa mentre guido metti la radio")]
    [TestCase("alexa opa che tempo fa")]
    [TestCase("alexa per la sagra che tempo fa")]
    [TestCase("alexa du coup quelle heure est il")]
    [TestCase("alexa genoeg muziek")]
    [TestCase("alexa come devo fare la lavatrice")]
    [TestCase("alexa quanto costa il lambrusco")]
    [TestCase("alexa ci vediamo fra dieci minuti")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
