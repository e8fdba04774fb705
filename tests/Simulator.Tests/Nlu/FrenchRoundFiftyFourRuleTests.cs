using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 54 tuning (session 62, sections/tune-fr.md, then interactionModel/README.md,
/// *Round 54 tuning for French (session 62)*), each tried on sentences of our own rather than the corpus lines:
/// interjections of the speakers' other languages said around a request (Finnish "kiitos", Lao "sabaidee", Austrian
/// "servus", "bitte", "oida", Inuktitut "ullaakkut", "wallahi", Bengali "bhai", Chilean "cachai"), "c'est pas pire
/// (mais)" and "merci mais" before one; the trivia and the family as words about the skill ("le trivia", "le quiz de
/// noël", "tonton", "tata", "pitchoun"); "pour tonton / tata" around a launch; "d'un coup" after a plural question, "au
/// scrabble" after a question; a padlock's code that is the capital ("le cadenas a le code de la capitale de ..."); "j'ai
/// lu / entendu que {country} avait deux capitales", with "tu me les dis" or "tu peux me les dire" after "capitales"; an
/// early hour said before a question ("il est quatre heures ..."); a yes-no check with its tail after the country
/// ("{city} c'est la capitale de {country} non", a new template); and regions that are no country ("portneuf",
/// "vaudreuil-soulanges"), with out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundFiftyFourRuleTests
{
    [TestCase("fr-FR", "la capitale du pérou wallahi", "PE")]
    [TestCase("fr-FR", "oida la capitale de la slovaquie", "SK")]
    [TestCase("fr-FR", "donne-moi les capitales de la bolivie d'un coup", "BO")]
    [TestCase("fr-FR", "le coffre a le code de la capitale du pérou", "PE")]
    [TestCase("fr-FR", "le cadenas a pour code la capitale du chili", "CL")]
    [TestCase("fr-CA", "j'ai entendu que le bénin avait deux capitales tu peux me les dire", "BJ")]
    [TestCase("fr-FR", "ma sœur a lu que la malaisie avait deux capitales c'est lesquelles", "MY")]
    [TestCase("fr-FR", "le sri lanka a deux capitales tu me les dis", "LK")]
    [TestCase("fr-FR", "il est cinq heures je fais le pain et je veux la capitale du portugal", "PT")]
    [TestCase("fr-FR", "il est trois heures du matin la capitale de la suède", "SE")]
    [TestCase("fr-FR", "lima c'est la capitale du pérou non", "PE")]
    [TestCase("fr-CA", "ottawa c'est la capitale du canada c'est ça", "CA")]
    [TestCase("fr-FR", "dakar c'est la capitale du sénégal ou pas", "SN")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "kiitos annule ça", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "annule ça sabaidee", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "servus stop bitte", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "arrête ullaakkut", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "wallahi arrête le jeu", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "oida aide-moi", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "bhai comment on joue", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "cachai comment on joue", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "c'est pas pire mais arrête", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "merci mais annule", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "merci mais je comprends pas comment on joue", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "stop le trivia", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "arrête le trivia c'est fini", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "arrête le quiz de noël maintenant", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "explique-moi le quiz de noël", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "aide-moi tonton veut jouer", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "aide-nous la pitchoune veut jouer", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "tata comprend pas explique-lui", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-FR", "lomé c'est la capitale de quel pays au scrabble", "lome")]
    [TestCase("fr-FR", "bangui c'est la capitale de quel pays au scrabble", "bangui")]
    public void A_reverse_question_names_the_city(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsCity(locale, utterance, id);

    [TestCase("fr-FR", "ouvre capitales du monde pour tata")]
    [TestCase("fr-FR", "wallahi ouvre capitales du monde avec tonton")]
    [TestCase("fr-CA", "bhai lance capitales du monde")]
    public void A_launch_said_another_way_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-CA", "c'est quoi la capitale de portneuf")]
    [TestCase("fr-CA", "la capitale de vaudreuil")]
    [TestCase("fr-CA", "la mrc de portneuf")]
    [TestCase("fr-CA", "la météo à vaudreuil")]
    [TestCase("fr-FR", "kiitos mets de la musique")]
    [TestCase("fr-FR", "servus arrête la radio")]
    [TestCase("fr-CA", "bhai aide-moi avec mes devoirs de maths")]
    [TestCase("fr-CA", "cachai c'est quoi la météo")]
    [TestCase("fr-CA", "c'est pas pire la météo aujourd'hui")]
    [TestCase("fr-FR", "arrête le minuteur de noël")]
    [TestCase("fr-FR", "qui a gagné le quiz de noël")]
    [TestCase("fr-FR", "mets de la musique de noël")]
    [TestCase("fr-FR", "appelle tonton")]
    [TestCase("fr-FR", "tata arrive à quelle heure")]
    [TestCase("fr-FR", "combien de points fait un z au scrabble")]
    [TestCase("fr-FR", "joue au scrabble avec moi")]
    [TestCase("fr-FR", "tout d'un coup il s'est mis à pleuvoir")]
    [TestCase("fr-FR", "quel est le code postal de la capitale du pérou")]
    [TestCase("fr-FR", "le cadenas a quel code")]
    [TestCase("fr-FR", "j'ai lu que la population du bénin augmente")]
    [TestCase("fr-FR", "j'ai entendu que la météo sera mauvaise")]
    [TestCase("fr-FR", "le bénin avait deux présidents")]
    [TestCase("fr-FR", "il est quatre heures réveille-moi à six heures")]
    [TestCase("fr-FR", "il est quatre heures à tokyo")]
    [TestCase("fr-FR", "quelle heure est-il dans la capitale du japon")]
    [TestCase("fr-FR", "il est cinq heures du matin mets la radio")]
    [TestCase("fr-CA", "le trivia commence à quelle heure")]
    [TestCase("fr-CA", "c'est quoi le trivia de ce soir")]
    [TestCase("fr-FR", "wallahi je suis fatigué")]
    [TestCase("fr-FR", "sabaidee")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
