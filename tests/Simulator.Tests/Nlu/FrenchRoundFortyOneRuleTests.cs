using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 41 tuning (interactionModel/README.md, *Round 41 tuning for French (session
/// 42)*), each tried on sentences of our own rather than the corpus lines: lead-ins and tails no list had ("les enfants
/// dorment", "en classe verte", "et personne ne sait", "ok correct", "prof d'histoire-géo au lycée", "pour notre travail
/// d'équipe on a", "je parle pas bien français", "en moins de dix secondes");
/// the joins "capitale de la région de" and a learner's "c'est quoi capitale de mon pays la"; the place references
/// "m'a demandé leur capitale" and "la capitale du coin"; a stake "dix piastres sur"; helps ("comment t'utiliser", "c'est
/// pour quoi faire", "c'est quoi le principe", "moi pas comprendre"), stops ("arrête de parler / jaser"), cancels ("cancel
/// ça", "non laisse", "oublie la question"), a Québec launch "parte"; and not-places (Gondor, Syldavia, Touraine, "les
/// tuques") that fall back; with out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundFortyOneRuleTests
{
    [TestCase("fr-FR", "chut les enfants dorment c'est quoi la capitale du pérou", "PE", Description = "'les enfants dorment'")]
    [TestCase("fr-FR", "on est en classe verte c'est quoi la capitale de la norvège", "NO", Description = "'en classe verte'")]
    [TestCase("fr-FR", "la capitale du chili et personne ne sait", "CL", Description = "'et personne ne sait'")]
    [TestCase("fr-CA", "ok correct pis le portugal", "PT", Description = "'ok correct' before a follow-up")]
    [TestCase("fr-FR", "prof d'histoire-géo au lycée donne-moi la capitale du kenya", "KE", Description = "'prof d'histoire-géo', 'au lycée'")]
    [TestCase("fr-CA", "pour notre travail d'équipe on a la capitale du pérou", "PE", Description = "'pour notre travail d'équipe on a'")]
    [TestCase("fr-FR", "je parle pas bien français c'est quoi la capitale de la pologne", "PL", Description = "'je parle pas bien français'")]
    [TestCase("fr-FR", "la capitale du ghana en moins de dix secondes", "GH", Description = "'en moins de dix secondes'")]
    [TestCase("fr-FR", "c'est quoi la capitale de la région de la martinique", "MQ", Description = "'capitale de la région de la'")]
    [TestCase("fr-CA", "la capitale de la région de l'ontario", "CA-ON", Description = "'capitale de la région de l''")]
    [TestCase("fr-FR", "c'est quoi capitale de l'ukraine", "UA", Description = "'c'est quoi capitale'")]
    [TestCase("fr-CA", "au bureau on gage dix piastres sur la capitale de l'australie", "AU", Description = "'piastres sur'")]
    [TestCase("fr-FR", "on gage cinq euros sur la capitale de la suisse", "CH", Description = "'euros sur'")]
    [TestCase("fr-FR", "un couple chilien m'a demandé leur capitale", "CL", Description = "'demandé leur capitale'")]
    [TestCase("fr-FR", "on roule vers la suisse c'est quoi la capitale du coin", "CH", Description = "'la capitale du coin'")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "c'est pour quoi faire ce jeu", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "c'est quoi le principe du jeu", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "moi pas comprendre comment on joue", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "arrête de parler", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "arrête de jaser pis ferme-toi", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "le bébé dort arrête", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "cancel ça là", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "non laisse je vais chercher", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "oublie la question", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-CA", "parte le jeu des capitales")]
    public void A_launch_with_an_occasion_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-FR", "c'est quoi la capitale du gondor dans le seigneur des anneaux")]
    [TestCase("fr-FR", "la capitale de la syldavie dans tintin")]
    [TestCase("fr-FR", "c'est quoi la capitale de la touraine")]
    [TestCase("fr-CA", "la capitale des tuques c'est où")]
    [TestCase("fr-FR", "la capitale de la région de bretagne")]
    [TestCase("fr-FR", "les enfants dorment mets de la musique")]
    [TestCase("fr-CA", "pour le travail d'équipe on a la météo de demain")]
    [TestCase("fr-FR", "je suis légionnaire je parle pas bien français quelle heure il est")]
    [TestCase("fr-FR", "mamie voudrait savoir la météo")]
    [TestCase("fr-FR", "c'est quoi la météo de mon pays")]
    [TestCase("fr-FR", "on gage cinq euros sur le match de ce soir")]
    [TestCase("fr-FR", "explique-moi le principe d'archimède")]
    [TestCase("fr-CA", "cancel mon rendez-vous")]
    [TestCase("fr-CA", "parte la musique")]
    [TestCase("fr-FR", "c'est quoi la météo du coin")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
