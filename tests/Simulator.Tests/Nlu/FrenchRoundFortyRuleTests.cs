using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 40 tuning (interactionModel/README.md, *Round 40 tuning for French (session
/// 41)*), each tried on sentences of our own rather than the corpus lines: lead-ins and tails no list had ("kardesim",
/// "vanakkam", Antillean "di mwen", "comme on dit", "pour la fiche", "j'ai eu honte", "je l'ai oubliée", "grave je sais
/// pas", "je m'en souviens pus", "en mandarin mais là en français", "ça m'étonne que", "à la poule aux oeufs d'or", "c'est
/// vrai ou pas", "gavé", "je suis en pls"); a scene, then a question about its place said with "veut (savoir) la capitale",
/// "cherche sa capitale", "m'a parlé de sa capitale", "tu me dis la capitale"; a claim reported with "croit / pense que";
/// "pis celle de", "c'est bon pis celle de"; "dis-moi voir"; "les capitales officielles de";
/// "je me souvienne pas de"; "coloc erasmus"; a quiz lost or to guess ("on a perdu sur", "j'ai eu faux à", "faut
/// deviner"); helps ("ce que tu sais faire", "qu'est-ce qu'il faut dire", "première fois avec toi"), a stop "coupe le jeu",
/// a launch "on fait un quiz"; and not-places (Tartary, the euro zone, the Confederacy, the island of
/// Montreal, the kingdoms of Navarre and Burgundy, the Cotentin, the Pays de Caux) that fall back; with out-of-domain
/// neighbours that must still fall back.</summary>
public class FrenchRoundFortyRuleTests
{
    [TestCase("fr-FR", "kardesim c'est quoi la capitale du pérou", "PE", Description = "'kardesim'")]
    [TestCase("fr-FR", "vanakkam la capitale du japon", "JP", Description = "'vanakkam'")]
    [TestCase("fr-FR", "ça m'étonne que je me souvienne pas de la capitale du chili", "CL", Description = "'ça m'étonne que', 'je me souvienne pas'")]
    [TestCase("fr-CA", "la capitale de la norvège je m'en souviens pus", "NO", Description = "Québec 'je m'en souviens pus'")]
    [TestCase("fr-FR", "au resto on sert du riz du laos tu me dis la capitale pour la fiche", "LA", Description = "'tu me dis la capitale', 'pour la fiche'")]
    [TestCase("fr-CA", "à la fromagerie un client suédois veut savoir la capitale", "SE", Description = "'veut savoir la capitale'")]
    [TestCase("fr-FR", "mon fils fait un exposé sur le kenya il veut la capitale", "KE", Description = "'veut la capitale'")]
    [TestCase("fr-FR", "un patient chilien m'a parlé de sa capitale je l'ai oubliée", "CL", Description = "'m'a parlé de sa capitale', 'je l'ai oubliée'")]
    [TestCase("fr-FR", "un touriste islandais cherche sa capitale", "IS", Description = "'cherche sa capitale'")]
    [TestCase("fr-FR", "ma voisine pense que la capitale de la suisse c'est genève c'est vrai ou pas", "CH", Description = "'pense que', 'c'est vrai ou pas'")]
    [TestCase("fr-CA", "ok pis celle du portugal", "PT", Description = "'pis celle du'")]
    [TestCase("fr-CA", "c'est bon pis celle de la grèce", "GR", Description = "'c'est bon pis celle de'")]
    [TestCase("fr-CA", "dis-moi voir la capitale de l'italie", "IT", Description = "'dis-moi voir'")]
    [TestCase("fr-FR", "c'est quoi les capitales officielles de la bolivie", "BO", Description = "'les capitales officielles de'")]
    [TestCase("fr-FR", "à la belote on a perdu sur la capitale du ghana", "GH", Description = "'perdu sur'")]
    [TestCase("fr-FR", "au quiz j'ai eu faux à la capitale de la zambie", "ZM", Description = "'eu faux à'")]
    [TestCase("fr-FR", "faut deviner la capitale du mali", "ML", Description = "'faut deviner'")]
    [TestCase("fr-FR", "c'est quoi la capitale de la chine en mandarin mais là en français", "CN", Description = "'en mandarin mais là en français'")]
    [TestCase("fr-FR", "mon coloc est danois c'est quoi sa capitale grave je sais pas", "DK", Description = "'grave je sais pas'")]
    [TestCase("fr-FR", "la capitale de la confédération suisse", "CH", Description = "not the not-place 'confédération sudiste'")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "dis-moi ce que tu sais faire avec les capitales", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "qu'est-ce qu'il faut dire pour avoir une capitale", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "c'est ma première fois qu'est-ce que je dis", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "je suis en pls aide-moi", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "arrête le jeu gavé", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "coupe le jeu on passe à table", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-FR", "ouvre capitales du monde on fait un quiz")]
    public void A_launch_with_an_occasion_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-FR", "c'est quoi la capitale de la floride du sud")]
    [TestCase("fr-FR", "la capitale de la tartarie")]
    [TestCase("fr-FR", "la capitale de la zone euro")]
    [TestCase("fr-CA", "la capitale de la confédération sudiste")]
    [TestCase("fr-CA", "c'est quoi la capitale de l'île de montréal")]
    [TestCase("fr-FR", "la capitale du royaume de navarre")]
    [TestCase("fr-FR", "la capitale du royaume de bourgogne")]
    [TestCase("fr-FR", "la capitale du cotentin")]
    [TestCase("fr-FR", "c'est quoi la capitale du pays de caux")]
    [TestCase("fr-CA", "un client suédois veut savoir le prix du fromage")]
    [TestCase("fr-FR", "mon fils veut la télécommande")]
    [TestCase("fr-FR", "un touriste islandais cherche son hôtel")]
    [TestCase("fr-FR", "ma voisine croit que je suis malade")]
    [TestCase("fr-FR", "on a perdu sur le match de foot")]
    [TestCase("fr-FR", "faut deviner le mot mystère")]
    [TestCase("fr-FR", "coupe le son")]
    [TestCase("fr-FR", "qu'est-ce qu'il faut dire pour allumer la lumière")]
    [TestCase("fr-FR", "mets la poule aux oeufs d'or")]
    [TestCase("fr-FR", "comment on dit bonjour en mandarin")]
    [TestCase("fr-FR", "un patient m'a parlé de son dos")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
