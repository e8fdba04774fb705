using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 47 tuning (session 51, sections/tune-fr.md, then interactionModel/README.md,
/// *Round 47 tuning for French (session 51)*), each tried on sentences of our own rather than the corpus lines: openers
/// "beuh", "allora"; school settings and leads ("en prépa", "une colle sur", "un exposé de géo sur", "un dm sur", "pour le
/// brevet", "pour le bac"); the news as the setting
/// ("ils parlaient à la radio de la capitale"); "on parlait des capitales de"; the tails "tu peux me les dire",
/// "c'est-tu ça"; "mémère" / "pépère"; helps ("qu'est-ce que tu connais comme pays", "ça fait quoi capitales du monde",
/// "ce qu'on peut faire ici", "le fonctionnement", "aide s'il te plaît"); cancels ("finalement laisse faire", "finalement
/// non", "bah laisse tomber", "laisse je vais demander à ma mère"); launches ("embarque dans", "je révise mon bac", "pour
/// le quiz du pub"); and not-places (French départements, "mon coeur"), with out-of-domain neighbours that must still
/// fall back.</summary>
public class FrenchRoundFortySevenRuleTests
{
    [TestCase("fr-FR", "beuh c'est quoi la capitale de l'équateur", "EC", Description = "'beuh'")]
    [TestCase("fr-FR", "allora la capitale de la slovénie", "SI", Description = "'allora'")]
    [TestCase("fr-FR", "en prépa on a une colle sur la capitale du pakistan", "PK", Description = "'en prépa', 'une colle sur'")]
    [TestCase("fr-FR", "ma fille fait un exposé de géo sur la capitale du pérou", "PE", Description = "'un exposé de géo sur'")]
    [TestCase("fr-FR", "pour le brevet la capitale de la pologne c'est quoi", "PL", Description = "'pour le brevet'")]
    [TestCase("fr-FR", "pour le bac c'est quoi la capitale de l'irlande", "IE", Description = "'pour le bac'")]
    [TestCase("fr-FR", "mon fils a un dm sur la capitale du ghana", "GH", Description = "'un dm sur'")]
    [TestCase("fr-FR", "ils parlaient à la radio de la capitale du soudan c'est laquelle", "SD", Description = "'ils parlaient à la radio de'")]
    [TestCase("fr-FR", "on parlait des capitales de la bolivie tu peux me les dire", "BO", Description = "'on parlait des capitales', 'tu peux me les dire'")]
    [TestCase("fr-CA", "la capitale de la suède c'est stockholm c'est-tu ça", "SE", Description = "'c'est-tu ça'")]
    [TestCase("fr-CA", "mémère veut savoir la capitale de la grèce", "GR", Description = "'mémère'")]
    [TestCase("fr-FR", "mon coeur c'est quoi la capitale du pérou", "PE", Description = "'mon coeur' said to someone, not the slot")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-CA", "pépère comprend pas comment ça marche", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "qu'est-ce que tu connais comme pays toi", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "ça fait quoi capitales du monde", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "qu'est-ce qu'on peut faire ici", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "explique-moi le fonctionnement", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "aide s'il te plaît", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "finalement laisse faire", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "finalement non", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "bah laisse tomber", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "laisse je vais demander à ma mère", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-CA", "embarque dans capitales du monde")]
    [TestCase("fr-FR", "ouvre capitales du monde je révise mon bac")]
    [TestCase("fr-FR", "lance capitales du monde pour le quiz du pub")]
    public void A_launch_said_another_way_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-FR", "quelle est la capitale de la gironde")]
    [TestCase("fr-FR", "c'est quoi le chef-lieu du doubs")]
    [TestCase("fr-FR", "quelle est la préfecture de la haute-garonne")]
    [TestCase("fr-FR", "c'est quoi la capitale de mon coeur")]
    [TestCase("fr-FR", "beuh il fait froid")]
    [TestCase("fr-FR", "allora che si mangia")]
    [TestCase("fr-CA", "embarque dans le char")]
    [TestCase("fr-FR", "je vais demander à mon père s'il veut du café")]
    [TestCase("fr-FR", "en prépa on a beaucoup de devoirs")]
    [TestCase("fr-FR", "finalement il pleut")]
    [TestCase("fr-FR", "je révise mon bac")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
