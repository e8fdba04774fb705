using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 48 tuning (session 53, sections/tune-fr.md, then interactionModel/README.md,
/// *Round 48 tuning for French (session 53)*), each tried on sentences of our own rather than the corpus lines: address
/// words and openers of the speakers' other languages ("cher", "mon vieux", "asteur", Persian "azizam", "joon",
/// Portuguese "nossa", "tudo bem", Spanish "venga", "hombre", "madre mía", Punjabi "chalo"); "le land de hambourg"; "du mat"
/// for "du matin"; the tails "pour voir si je savais", "pour me tester"; reasons after a stop ("le téléphone sonne");
/// launches "pour le kahoot", "pour le trivia"; and not-places ("la bd", "les appalaches", "le pays cajun"), with
/// out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundFortyEightRuleTests
{
    [TestCase("fr-CA", "mais là cher c'est quoi la capitale de l'arkansas", "US-AR", Description = "'mais là cher'")]
    [TestCase("fr-CA", "mon vieux dis-moi la capitale du portugal", "PT", Description = "'mon vieux'")]
    [TestCase("fr-CA", "asteur c'est quoi la capitale de la saskatchewan", "CA-SK", Description = "'asteur'")]
    [TestCase("fr-CA", "azizam c'est quoi la capitale de l'afghanistan", "AF", Description = "'azizam'")]
    [TestCase("fr-FR", "nossa c'est quoi la capitale du chili", "CL", Description = "'nossa'")]
    [TestCase("fr-FR", "venga c'est quoi la capitale de l'équateur", "EC", Description = "'venga'")]
    [TestCase("fr-FR", "hombre dis-moi la capitale du venezuela", "VE", Description = "'hombre'")]
    [TestCase("fr-FR", "madre mía la capitale de l'uruguay", "UY", Description = "'madre mía'")]
    [TestCase("fr-FR", "la capitale du land de hambourg", "DE-HH", Description = "'du land de hambourg'")]
    [TestCase("fr-FR", "à six heures du mat c'est quoi la capitale du mali", "ML", Description = "'du mat'")]
    [TestCase("fr-FR", "la cliente m'a demandé la capitale de la grèce pour voir si je savais", "GR", Description = "'pour voir si je savais'")]
    [TestCase("fr-FR", "mon collègue veut la capitale du laos pour me tester", "LA", Description = "'pour me tester'")]
    [TestCase("fr-FR", "au festival de la bd d'angoulême un auteur venait du japon c'est quoi sa capitale", "JP", Description = "'la bd' in the setting")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-CA", "mais là cher j'ai besoin d'aide", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "mon vieux comment ça marche", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "laisse tomber cher", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "annule azizam", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "stop le téléphone sonne", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "arrête asteur on va manger", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "venga ça suffit", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "nossa arrête", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-CA", "ouvre capitales du monde pour un kahoot")]
    [TestCase("fr-CA", "lance capitales du monde pour le trivia")]
    public void A_launch_said_another_way_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-FR", "c'est quoi la capitale de la bande dessinée")]
    [TestCase("fr-CA", "quelle est la capitale du pays cajun")]
    [TestCase("fr-CA", "c'est quoi la capitale des appalaches")]
    [TestCase("fr-FR", "c'est cher un billet pour paris")]
    [TestCase("fr-FR", "stop le téléphone")]
    [TestCase("fr-FR", "mets de la musique nossa")]
    [TestCase("fr-CA", "lance le kahoot")]
    [TestCase("fr-FR", "pour rire raconte une blague")]
    [TestCase("fr-CA", "mon vieux quel temps fait-il")]
    [TestCase("fr-FR", "réveille-moi à six heures du mat")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
