using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 39 tuning (interactionModel/README.md, *Round 39 tuning for Italian (session
/// 41)*), each tried on sentences of our own rather than the corpus lines: the thanks and greetings of speakers of other
/// languages living in Italy as fillers ("mulțumesc", "faleminderit", "bună ziua") and Roman "aho"; the follow-up leads
/// "continuiamo il gioco", "sempre lì vicino" and South Tyrolean "und" read as "e"; purpose and origin tails ("para mi
/// hijo", "per la serie tv che guardo", "del paese di origine", "nel nord est"); Roman "monno" and "na", Neapolitan "d'a";
/// French, Spanish, Pidgin and German cancels and stops ("laisse tomber", "olvídate", "forget am", "arrête", "stop am",
/// "stop jetzt"), Neapolitan "fernisce"; help cues ("non capisco bene l'italiano", "spiegagli le istruzioni"); launches
/// with "aho", "alors ouvre", "ciò ... par la tosa", "che facciamo il ripasso di geografia"; and not-places (Emilia,
/// tortellini, Lilliput, the island that isn't there) that fall back; with out-of-domain neighbours that must still fall
/// back.</summary>
public class ItalianRoundThirtyNineRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("mulțumesc qual è la capitale del perù", "PE")]
    [TestCase("faleminderit la capitale della grecia", "GR")]
    [TestCase("bună ziua la capitale della moldavia", "MD")]
    [TestCase("aho la capitale del belgio", "BE")]
    [TestCase("aho e mo il portogallo", "PT")]
    [TestCase("continuiamo il gioco e il cile", "CL")]
    [TestCase("sempre lì vicino e lo zambia", "ZM")]
    [TestCase("und la francia", "FR")]
    [TestCase("la capitale del cile para mi hijo", "CL")]
    [TestCase("la capitale del texas per la serie tv che guardo", "US-TX")]
    [TestCase("la capitale dello stato dello utah per la serie che guardo", "US-UT")]
    [TestCase("la capitale del ghana del paese di origine", "GH")]
    [TestCase("la capitale dell'assam nel nord est dell'india", "IN-AS")]
    [TestCase("qual è la capitale d'a francia", "FR")]
    [TestCase("ma l'egitto c'ha na capitale", "EG")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alors laisse tomber", "AMAZON.CancelIntent")]
    [TestCase("olvídate", "AMAZON.CancelIntent")]
    [TestCase("abeg forget am", "AMAZON.CancelIntent")]
    [TestCase("alors arrête", "AMAZON.StopIntent")]
    [TestCase("abeg stop am", "AMAZON.StopIntent")]
    [TestCase("stop jetzt", "AMAZON.StopIntent")]
    [TestCase("uè fernisce", "AMAZON.StopIntent")]
    [TestCase("ya basta amiga", "AMAZON.StopIntent")]
    [TestCase("non capisco bene l'italiano come si gioca", "AMAZON.HelpIntent")]
    [TestCase("il nonno non sa usarti spiegagli le istruzioni", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("aho apri capitali der monno")]
    [TestCase("alors ouvre capitali del mondo")]
    [TestCase("ciò apri capitali del mondo par la tosa")]
    [TestCase("apri capitali del mondo che facciamo il ripasso di geografia")]
    [TestCase("bună ziua apri capitali del mondo")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("also und die österreich")]
    [TestCase("spiegami le istruzioni della lavatrice")]
    [TestCase("la capitale della emilia")]
    [TestCase("la capitale dei tortellini")]
    [TestCase("qual è la capitale di lilliput")]
    [TestCase("la capitale dell'isola che non c'è")]
    [TestCase("cosa c'è per cena")]
    [TestCase("arrête la musique")]
    [TestCase("la serie tv che guardo")]
    [TestCase("qual è il paese di origine della pizza")]
    [TestCase("na pizza margherita")]
    [TestCase("laisse tomber la pluie")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
