using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 55 tuning (session 63, sections/tune-fr.md, then interactionModel/README.md,
/// *Round 55 tuning for French (session 63)*), each tried on sentences of our own rather than the corpus lines: a trip
/// said after the question ("avant d'aller voir ...", read as "pour aller ..."); "histoire-géo" read as "géo" (no
/// history question); the maple taffy ("tire sur la neige", "tire d'érable") and a cheese cut at the counter ("je coupe
/// le comté": no county, no cheese capital) around a question; "l'île maurice" read as Mauritius; who asked said after the
/// question ("une cliente me l'a demandé") and whom it is for ("pour tonton", "pour maman"); "sur la carte du monde";
/// a bet reported before a yes-no check ("mon frère gage / parie que ..."); a yes-no check said with "est" and "oui"
/// after it ("lima est la capitale du pérou oui", a grammar change); a plural question with its tail ("les capitales
/// boliviennes c'est lesquelles", a grammar change); help asked as "ce qu'on peut te demander", "les affaires que tu
/// sais", with "le chum", "la drôle" as people around the player; the Mohawk thanks "niawen" around a stop; the dessert
/// as a reason after a stop; a school grade around a launch ("pour mon fils de ce deux"); and what is no country (the
/// Galápagos, Togo's Kara region, "l'amérique du sud / du nord"), with out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundFiftyFiveRuleTests
{
    [TestCase("fr-FR", "la capitale de la hongrie avant d'aller voir le parlement", "HU")]
    [TestCase("fr-FR", "pour l'épreuve d'histoire-géo la capitale du japon", "JP")]
    [TestCase("fr-FR", "en cours d'histoire-géographie la capitale du chili", "CL")]
    [TestCase("fr-CA", "entre deux tires sur la neige la capitale de la norvège", "NO")]
    [TestCase("fr-CA", "entre deux tires d'érable la capitale du pérou", "PE")]
    [TestCase("fr-FR", "port-louis c'est la capitale de l'île maurice", "MU")]
    [TestCase("fr-FR", "la capitale de l'île maurice c'est bien port-louis", "MU")]
    [TestCase("fr-FR", "pendant que je coupe le comté la capitale du mexique", "MX")]
    [TestCase("fr-FR", "pendant que je tranche le comté la capitale de la suède", "SE")]
    [TestCase("fr-FR", "la capitale de la grèce une cliente me l'a demandé", "GR")]
    [TestCase("fr-FR", "la capitale du kenya un patient me l'a demandé", "KE")]
    [TestCase("fr-CA", "les capitales de la bolivie pour tonton", "BO")]
    [TestCase("fr-CA", "la capitale de la côte d'ivoire pour maman", "CI")]
    [TestCase("fr-FR", "les capitales boliviennes c'est lesquelles", "BO")]
    [TestCase("fr-FR", "les capitales de l'afrique du sud c'est quoi", "ZA")]
    [TestCase("fr-FR", "lima est la capitale du pérou oui", "PE")]
    [TestCase("fr-FR", "rome c'est la capitale de l'italie oui", "IT")]
    [TestCase("fr-CA", "la capitale du chili sur la carte du monde", "CL")]
    [TestCase("fr-FR", "mon frère gage que la capitale de l'australie c'est sydney", "AU")]
    [TestCase("fr-CA", "ma sœur parie que la capitale du canada c'est toronto", "CA")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "la petite voudrait savoir ce qu'on peut te demander", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "c'est quoi les affaires que tu sais", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "dis-moi ce que je peux te demander", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "la drôle comprend pas explique-lui", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "niawen arrête", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "stop niawen", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "arrête le jeu le dessert est prêt", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "on arrête c'est l'heure du dessert", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-FR", "ouvre capitales du monde pour ma fille en cm un")]
    [TestCase("fr-FR", "lance capitales du monde pour mon fils de ce deux")]
    [TestCase("fr-FR", "ouvre capitales du monde pour les élèves de sixième")]
    public void A_launch_said_another_way_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-FR", "c'est quoi la capitale des galápagos")]
    [TestCase("fr-FR", "la capitale des îles galapagos")]
    [TestCase("fr-CA", "quelle est la capitale de l'amérique du nord")]
    [TestCase("fr-FR", "c'est quoi la capitale de la kara")]
    [TestCase("fr-FR", "la capitale de l'amérique du sud")]
    [TestCase("fr-CA", "niawen")]
    [TestCase("fr-FR", "le dessert arrive")]
    [TestCase("fr-FR", "arrête le dessert")]
    [TestCase("fr-FR", "annule le dessert")]
    [TestCase("fr-FR", "je coupe le comté")]
    [TestCase("fr-FR", "la capitale du comté")]
    [TestCase("fr-FR", "mets la carte du monde")]
    [TestCase("fr-FR", "une cliente me l'a demandé")]
    [TestCase("fr-FR", "mets de la musique pour papa")]
    [TestCase("fr-FR", "un cadeau pour maman")]
    [TestCase("fr-FR", "mon frère parie que le psg va gagner")]
    [TestCase("fr-CA", "c'est quoi de la tire sur la neige")]
    [TestCase("fr-FR", "l'île maurice c'est beau")]
    [TestCase("fr-FR", "la météo à l'île maurice")]
    [TestCase("fr-FR", "ouvre le cm deux")]
    [TestCase("fr-FR", "c'est quoi les affaires que tu connais sur la météo")]
    [TestCase("fr-FR", "le cours d'histoire-géo commence à quelle heure")]
    [TestCase("fr-FR", "avant d'aller au lit mets de la musique")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
