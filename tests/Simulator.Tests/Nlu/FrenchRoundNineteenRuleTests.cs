using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families round 19 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 19 tuning for French*), each tested with sentences of its kind that no corpus has: a capital question with a
/// clause of the speaker's situation around it (ClauseWords.fr.json: driving, cooking, homework, quizzes, crosswords,
/// sport, news, family); regional fillers (Marseille "té", Belgian "dis une fois", "en vrai", "frère"); a place named in a
/// clause and then referred to ("là-bas", "ce pays", "sa capitale", "la sienne", a bare "capitale" after "c'est quoi");
/// former place names; help, stop and cancel wordings (BuiltInCues.fr.json); a launch in other words
/// (LaunchWording.fr.json); and the out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundNineteenRuleTests
{
    [TestCase("fr-FR", "je suis au volant dis-moi la capitale du portugal", "PT")]
    [TestCase("fr-CA", "je chauffe sur la vingt pis je me demandais c'est quoi la capitale du chili", "CL")]
    [TestCase("fr-FR", "pendant que le gâteau cuit quelle est la capitale de la roumanie", "RO")]
    [TestCase("fr-CA", "je fais ma sauce à spaghetti c'est quoi la capitale de l'espagne", "ES")]
    [TestCase("fr-FR", "j'ai un exposé lundi c'est quoi la capitale de la colombie", "CO")]
    [TestCase("fr-CA", "ma prof d'univers social veut la capitale du manitoba", "CA-MB")]
    [TestCase("fr-FR", "on fait un blind test entre amis quelle est la capitale du pérou", "PE")]
    [TestCase("fr-FR", "dans ma grille de mots fléchés on demande la capitale de l'irak", "IQ")]
    [TestCase("fr-FR", "té dis-moi la capitale de la bulgarie", "BG")]
    [TestCase("fr-FR", "dis une fois quelle est la capitale des pays-bas", "NL")]
    [TestCase("fr-FR", "en vrai c'est quoi la capitale du sénégal frère", "SN")]
    [TestCase("fr-FR", "voyons voir la capitale de l'estonie", "EE")]
    [TestCase("fr-FR", "ma cousine vit en slovaquie c'est quoi la capitale là-bas", "SK")]
    [TestCase("fr-FR", "ils ont parlé du soudan aux infos quelle est sa capitale", "SD")]
    [TestCase("fr-FR", "et la lituanie c'est quoi la sienne", "LT")]
    [TestCase("fr-FR", "mon collègue est né au cameroun c'est quoi la capitale de ce pays", "CM")]
    [TestCase("fr-FR", "quelle était la capitale du dahomey", "BJ")]
    [TestCase("fr-FR", "la capitale de la haute-volta", "BF")]
    [TestCase("fr-CA", "c'est quoi la capitale de la rhodésie", "ZW")]
    [TestCase("fr-FR", "c'est bien lisbonne la capitale du portugal", "PT")]
    public void A_round_nineteen_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("fr-FR", "non c'est bon laisse tomber", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "oublie ce que j'ai dit", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "ah pis laisse faire annule tout", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "coupe-toi", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "je sais plus comment on joue", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "peux-tu m'expliquer comment ça marche ton jeu", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "explique-moi à quoi tu sers", "AMAZON.HelpIntent")]
    public void A_round_nineteen_built_in_wording_reaches_its_intent(string locale, string utterance, string intent)
    {
        LocaleNlu.AssertIntent(locale, utterance, intent);
    }

    [TestCase("lance capitales du monde s'il vous plaît")]
    [TestCase("on veut jouer à capitales du monde")]
    [TestCase("démarre le quiz capitales du monde")]
    [TestCase("tu peux ouvrir capitales du monde pour les enfants")]
    public void A_round_nineteen_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitales du monde", "fr-FR").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("fr-FR", "quelle est la capitale de la lune")]
    [TestCase("fr-FR", "quelle est la capitale de jupiter")]
    [TestCase("fr-FR", "je suis au volant mets la radio")]
    [TestCase("fr-FR", "combien d'habitants a la capitale de l'espagne")]
    [TestCase("fr-FR", "pendant que les pâtes cuisent donne-moi une recette")]
    [TestCase("fr-CA", "ma cousine vit en slovaquie il fait quel temps là-bas")]
    [TestCase("fr-FR", "on part au portugal combien coûte un hôtel dans la capitale")]
    [TestCase("fr-FR", "arrête la musique")]
    [TestCase("fr-CA", "ferme les lumières du salon")]
    [TestCase("fr-FR", "dans mes mots croisés c'est quoi le mot en cinq lettres")]
    public void A_french_neighbour_of_another_request_falls_back(string locale, string utterance)
    {
        LocaleNlu.AssertFallsBack(locale, utterance);
    }
}
