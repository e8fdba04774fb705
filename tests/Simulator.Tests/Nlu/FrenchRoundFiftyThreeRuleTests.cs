using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 53 tuning (session 61, sections/tune-fr.md, then interactionModel/README.md,
/// *Round 53 tuning for French (session 61)*), each tried on sentences of our own rather than the corpus lines:
/// interjections of the speakers' other languages said before a request (Maghrebi "chouf", Serbian "brate", "ajde",
/// "uff", Vietnamese "ba ngoai", Armenian "barev", "beuille", "veuillez", "whatever", "anyways") and grandmothers as
/// people around the skill ("yiayia", "babouchka", "mamema", "kokum", "bunica"); a scene said before a question or a stop
/// (a snow plough, "entre deux courses", "de maternelle", "la course commence", "les sucres sont prêts", "mon gars"); a
/// past-tense bet before a question ("on gageait sur", "ils pariaient sur"); "tout de suite" after a request; plural
/// questions said one by one or in full ("l'une après l'autre", "au complet"), for a relative ("pour ma nièce"), with
/// "elles sont où", or as "pourquoi (il) y a deux / trois / plusieurs capitales en / au / aux"; "c'était une question
/// piège" after a question; stop, cancel and help wordings ("tais-toi un peu", "ça fait là", "la veillée est finie",
/// "shut up", "stop it", "t'arrêtes", "arrête toute", "mets fin à la partie", "cancelle ça", "c'est le radio", "je voulais
/// pas demander ça", "comment marche / fonctionne ton jeu", "répéter comment ça marche", "répète les règles"); launch
/// verbs and words around a launch ("c'est parti", "part-le", "on fait une partie de", "va sur", "à la cabane à
/// sucre", "dans le camping-car", "l'affaire"); and regions that are no country ("la sologne", "la terre sainte", "le
/// haut-richelieu"), with out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundFiftyThreeRuleTests
{
    [TestCase("fr-FR", "chouf c'est quoi la capitale du maroc", "MA")]
    [TestCase("fr-FR", "brate la capitale de la serbie", "RS")]
    [TestCase("fr-CA", "à la pourvoirie on gageait sur la capitale de l'islande", "IS")]
    [TestCase("fr-CA", "au dépanneur ils pariaient sur la capitale du portugal", "PT")]
    [TestCase("fr-CA", "dans ma charrue à neige je me demandais la capitale du danemark", "DK")]
    [TestCase("fr-FR", "entre deux livraisons la capitale du chili", "CL")]
    [TestCase("fr-CA", "nomme-moi les capitales de l'afrique du sud l'une après l'autre", "ZA")]
    [TestCase("fr-CA", "les capitales de la bolivie au complet", "BO")]
    [TestCase("fr-FR", "les capitales du sri lanka pour ma nièce", "LK")]
    [TestCase("fr-FR", "mon oncle dit que l'afrique du sud a plusieurs capitales elles sont où", "ZA")]
    [TestCase("fr-FR", "pourquoi il y a trois capitales en afrique du sud c'est lesquelles", "ZA")]
    [TestCase("fr-FR", "la capitale du pérou c'était une question piège", "PE")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "brate arrête", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "ajde annule", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "uff aide-moi", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "ba ngoai veut savoir comment on joue", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "laisse faire tout de suite", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "le petit de maternelle sait pas quoi demander", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "la course commence arrête", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "les sucres sont prêts arrête", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "mon gars on arrête", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "taisez-vous un peu", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "ça fait là", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "on arrête la veillée est terminée", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "annule c'est le radio du char", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "comment fonctionne ton jeu", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "tu peux répéter les règles", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "répète les consignes", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "yiayia sait pas quoi dire", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "barev aide-moi", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "veuillez annuler", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "whatever stop it", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "mets fin à la partie", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "cancelle ça", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "je voulais pas te demander ça", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "là tu t'arrêtes", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-FR", "capitales du monde c'est parti pour la révision du bac")]
    [TestCase("fr-CA", "capitales du monde part-le")]
    [TestCase("fr-CA", "part capitales du monde à la cabane")]
    [TestCase("fr-FR", "faisons une partie de capitales du monde")]
    [TestCase("fr-FR", "vas sur capitales du monde")]
    [TestCase("fr-FR", "lance capitales du monde dans le camping-car")]
    public void A_launch_said_another_way_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-FR", "c'est quoi la capitale de la sologne")]
    [TestCase("fr-FR", "la capitale de la terre sainte c'est quoi")]
    [TestCase("fr-CA", "c'est quoi la capitale du haut-richelieu")]
    [TestCase("fr-FR", "chouf la météo")]
    [TestCase("fr-FR", "brate mets de la musique")]
    [TestCase("fr-FR", "ajde on y va")]
    [TestCase("fr-FR", "mets la radio tout de suite")]
    [TestCase("fr-FR", "un cadeau pour ma cousine")]
    [TestCase("fr-FR", "entre deux courses je vais au garage")]
    [TestCase("fr-CA", "dans ma charrue à neige il fait froid")]
    [TestCase("fr-FR", "arrête un peu la musique")]
    [TestCase("fr-CA", "ça fait là deux heures que j'attends")]
    [TestCase("fr-CA", "mets le radio du char")]
    [TestCase("fr-FR", "comment marche le lave-vaisselle")]
    [TestCase("fr-FR", "répète les règles du tarot")]
    [TestCase("fr-CA", "on gageait sur les canadiens hier")]
    [TestCase("fr-FR", "c'est parti pour la musique")]
    [TestCase("fr-CA", "part-le le lave-vaisselle")]
    [TestCase("fr-CA", "à la cabane à sucre il fait beau")]
    [TestCase("fr-FR", "la course commence à quelle heure")]
    [TestCase("fr-FR", "yiayia veut du café")]
    [TestCase("fr-FR", "veuillez mettre la radio")]
    [TestCase("fr-FR", "shut up and dance")]
    [TestCase("fr-FR", "mets fin au minuteur")]
    [TestCase("fr-FR", "va sur youtube")]
    [TestCase("fr-FR", "on fait une partie de cartes")]
    [TestCase("fr-FR", "il y a deux chats au salon")]
    [TestCase("fr-FR", "il y a deux capitales en europe")]
    [TestCase("fr-FR", "c'était une question piège")]
    [TestCase("fr-FR", "c'est une erreur de la banque")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
