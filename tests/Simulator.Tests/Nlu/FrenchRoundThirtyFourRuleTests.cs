using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 34 tuning (interactionModel/README.md, *Round 34 tuning for French (session
/// 35)*), each tried on sentences of our own rather than the corpus lines: "la capitale de là" and "la capitale là-haut"
/// pointing back at the place just named, Acadian "-ont" verbs ("ils jouont"), "de la même région" and "dans ce cas" after
/// a follow-up, "ah ouais", the lead-ins "right" and "sorry", "c'est (bien) ça" as a trailing check, "à cinq heures du
/// matin" in the scene (no question about the hour), "j'ai besoin de la capitale", "la question c'est celle du", "je pense à
/// la capitale", "comment on dit la capitale", "tu te mets combien sur" (a bet), Marseille "dégun", Antillean and Réunion
/// Creole "ou sav", "an pa sav", "mi cherche", "il a deux capitales c'est vrai", "le tour de france" as a scene, the reverse
/// questions "X c'est dans quel pays" and "X c'est quel pays" (while "c'est quel pays qui a X comme capitale" still reads),
/// Creole help ("mwen pa konprann", "zot i explique comment i marche"), Québec "comment que je fais", stop with "right",
/// "tusuite", "fada", "mononcle / matante", launches "on va jouer avec", "on révise pour le contrôle", "la marmaille veut
/// jouer", "pour la game", and not-places (French departments and regions, Canadian regions, "l'union européenne") that
/// fall back; with out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundThirtyFourRuleTests
{
    [TestCase("fr-CA", "mon cousin joue contre une équipe de la saskatchewan c'est quoi la capitale de là", "CA-SK", Description = "'la capitale de là'")]
    [TestCase("fr-FR", "y a une famille qui vient de norvège c'est quoi la capitale là-haut", "NO", Description = "'la capitale là-haut'")]
    [TestCase("fr-CA", "les gars de la shop jouont au hockey contre le manitoba c'est quoi la capitale de là", "CA-MB", Description = "Acadian 'jouont'")]
    [TestCase("fr-FR", "et celle du rwanda de la même région", "RW", Description = "'de la même région' after a follow-up")]
    [TestCase("fr-FR", "ok et le nevada dans ce cas", "US-NV", Description = "'dans ce cas' after a follow-up")]
    [TestCase("fr-FR", "ah ouais et la bolivie", "BO", Description = "'ah ouais'")]
    [TestCase("fr-CA", "right c'est quoi la capitale du chili", "CL", Description = "English lead-in 'right'")]
    [TestCase("fr-FR", "sorry c'est quoi la capitale de la norvège", "NO", Description = "English lead-in 'sorry'")]
    [TestCase("fr-FR", "la capitale de la birmanie c'est bien ça", "MM", Description = "'c'est bien ça' as a trailing check")]
    [TestCase("fr-CA", "à cinq heures du matin je me demande la capitale de la finlande", "FI", Description = "the hour in the scene")]
    [TestCase("fr-FR", "on fait des mots croisés et j'ai besoin de la capitale du ghana", "GH", Description = "'j'ai besoin de la capitale'")]
    [TestCase("fr-CA", "au quiz la catégorie c'est géographie pis la question c'est celle de la hongrie", "HU", Description = "'la question c'est celle de'")]
    [TestCase("fr-CA", "je pense à la capitale de l'autriche", "AT", Description = "'je pense à la capitale'")]
    [TestCase("fr-FR", "comment on dit la capitale de la suède", "SE", Description = "'comment on dit la capitale'")]
    [TestCase("fr-FR", "tu te mets combien sur la capitale du chili", "CL", Description = "'tu te mets combien sur' is a bet")]
    [TestCase("fr-FR", "dégun connaît la capitale du portugal", "PT", Description = "Marseille 'dégun'")]
    [TestCase("fr-FR", "ou sav la capitale de la guadeloupe", "GP", Description = "Creole 'ou sav'")]
    [TestCase("fr-FR", "an pa sav la capitale d'haïti", "HT", Description = "Creole 'an pa sav'")]
    [TestCase("fr-FR", "mi cherche la capitale de madagascar", "MG", Description = "Réunion 'mi cherche'")]
    [TestCase("fr-FR", "le chili il a deux capitales c'est vrai", "CL", Description = "'il a deux capitales c'est vrai'")]
    [TestCase("fr-CA", "la bolivie elle a deux capitales c'est-tu vrai", "BO", Description = "'elle a deux capitales c'est-tu vrai'")]
    [TestCase("fr-FR", "au tour de france un coureur vient de norvège c'est quoi sa capitale", "NO", Description = "'le tour de france' is a scene")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "lima c'est quel pays", "lima")]
    [TestCase("fr-CA", "c'est quel pays qui a nairobi comme capitale", "nairobi")]
    public void A_city_question_names_the_city(string locale, string utterance, string city) =>
        LocaleNlu.AssertReadsCity(locale, utterance, city);

    [TestCase("fr-FR", "mwen pa konprann", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "zot i explique comment i marche le jeu", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "comment que je fais pour y jouer", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "right stop", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "arrête de parler matante dort", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "oh fada tais-toi", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "stop tusuite", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-CA", "on va jouer avec capitales du monde")]
    [TestCase("fr-FR", "lance capitales du monde on révise pour le contrôle")]
    [TestCase("fr-FR", "ouvre capitales du monde la marmaille veut jouer")]
    [TestCase("fr-CA", "lance capitales du monde pour la game")]
    public void A_launch_with_who_plays_or_the_occasion_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-FR", "c'est quoi la capitale de la charente-maritime")]
    [TestCase("fr-CA", "la capitale des prairies canadiennes")]
    [TestCase("fr-FR", "la capitale de l'union européenne")]
    [TestCase("fr-FR", "quelle est la capitale des pyrénées")]
    [TestCase("fr-FR", "c'est quoi la capitale du cognac")]
    [TestCase("fr-FR", "la capitale de la tchétchénie")]
    [TestCase("fr-CA", "c'est quoi la capitale du nunatsiavut")]
    [TestCase("fr-FR", "la capitale du limousin")]
    [TestCase("fr-FR", "il est quelle heure du matin à la capitale du japon")]
    [TestCase("fr-FR", "à quelle heure ouvre la boulangerie")]
    [TestCase("fr-FR", "j'ai besoin de pain")]
    [TestCase("fr-FR", "c'est celle du voisin")]
    [TestCase("fr-FR", "comment on dit bonjour en anglais")]
    [TestCase("fr-FR", "c'est ça")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
