using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 48 tuning (see the "Round 48 tuning for Italian (session 55)" section), each
/// tried on sentences of our own rather than the corpus lines: interjections of speakers of other languages said first
/// (French "mon frère", "mon pote", "frérot", Malayalam "entha", Hindi "namaste", Serbo-Croatian "hajde", Colombian
/// "parcero", Tuscan "o icché l'è", Spanish "y" for "e") and the setting "al corso di italiano"; "chiede capitali di"
/// without an article; stop in Serbo-Croatian and French ("dosta", "ça suffit"); cancel in Venetian and French
/// ("desmentega", "oublie ça") and with a reason about who was talking ("parlava ...", "stavano parlando ...", "dicevo
/// ..."); help as "vuole sapere come funziona", French "aidez moi" and dialect "come se fa a domandarte", "cosa se
/// dice"; launch "famme sentì", "apri un attimino", a setting before the verb ("sono al lavoro") and "una domanda" after
/// the name; the Basque Country and the Republika Srpska as not places; with out-of-domain neighbours that must still
/// fall back.</summary>
public class ItalianRoundFortyEightRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("alexa mon frère la capitale del belgio", "BE")]
    [TestCase("alexa namaste la capitale del nepal", "NP")]
    [TestCase("alexa hajde la capitale della serbia", "RS")]
    [TestCase("alexa parcero la capitale della colombia", "CO")]
    [TestCase("y la capitale dell'ecuador", "EC")]
    [TestCase("alexa icchè l'è la capitale del marocco", "MA")]
    [TestCase("alexa o icché l'è la capitale della grecia", "GR")]
    [TestCase("alexa al corso di italiano la capitale della svezia", "SE")]
    [TestCase("alexa la maestra chiede capitali di cuba", "CU")]
    [TestCase("alexa il prof chiede capitale del ghana", "GH")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa mon pote arrête", "AMAZON.StopIntent")]
    [TestCase("alexa dosta", "AMAZON.StopIntent")]
    [TestCase("alexa hajde dosta", "AMAZON.StopIntent")]
    [TestCase("alexa ça suffit", "AMAZON.StopIntent")]
    [TestCase("alexa namaskar stop", "AMAZON.StopIntent")]
    [TestCase("alexa desmentega", "AMAZON.CancelIntent")]
    [TestCase("alexa ciò desmentegalo", "AMAZON.CancelIntent")]
    [TestCase("alexa oublie ça", "AMAZON.CancelIntent")]
    [TestCase("alexa annulla parlava mio marito", "AMAZON.CancelIntent")]
    [TestCase("alexa lascia perdere stavano parlando i bambini", "AMAZON.CancelIntent")]
    [TestCase("alexa annulla dicevo a mia figlia", "AMAZON.CancelIntent")]
    [TestCase("alexa frérot laisse tomber", "AMAZON.CancelIntent")]
    [TestCase("alexa aidez moi", "AMAZON.HelpIntent")]
    [TestCase("alexa entha come funziona", "AMAZON.HelpIntent")]
    [TestCase("alexa mio marito vuole sapere come funziona", "AMAZON.HelpIntent")]
    [TestCase("alexa voglio sapere come si usa", "AMAZON.HelpIntent")]
    [TestCase("alexa come se fa a domandarte", "AMAZON.HelpIntent")]
    [TestCase("alexa cosa se dice", "AMAZON.HelpIntent")]
    [TestCase("alexa come faccio a domandarti una capitale", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa famme sentì capitali del mondo")]
    [TestCase("alexa sono al lavoro apri capitali del mondo")]
    [TestCase("alexa apri un attimino capitali del mondo")]
    [TestCase("alexa chiedi a capitali del mondo una domanda")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa qual è la capitale di euskadi")]
    [TestCase("alexa la capitale della republika srpska")]
    [TestCase("alexa la capitale dei paesi baschi")]
    [TestCase("alexa fammi sentire la musica")]
    [TestCase("alexa fammi sentire una canzone")]
    [TestCase("alexa che se dice de bello")]
    [TestCase("alexa voglio sapere come funziona la lavatrice")]
    [TestCase("alexa desmentega la sveglia")]
    [TestCase("alexa dosta musica")]
    [TestCase("alexa sono al lavoro accendi la luce")]
    [TestCase("alexa annulla il timer parlava mia moglie")]
    [TestCase("alexa mon frère quelle heure est il")]
    [TestCase("alexa namaste che tempo fa")]
    [TestCase("alexa apri un attimo la porta")]
    [TestCase("alexa cosa se dice in inglese")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
