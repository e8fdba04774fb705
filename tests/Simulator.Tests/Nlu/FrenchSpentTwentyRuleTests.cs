using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of the second pass on the spent round 19 (interactionModel/README.md, *Second pass on
/// spent round 19 for French*), each tested with sentences of its kind that no corpus has: stop wordings about the
/// game ("quitte le jeu", "fin de la partie"), cancel by a change of mind or by searching elsewhere ("je change d'avis",
/// "je vais regarder sur internet"), help as "what can I ask" and "how do I ask" (BuiltInPhrasings.fr.json,
/// BuiltInCues.fr.json); the Québécois launch verb "pars" (LaunchWording.fr.json); and out-of-domain neighbours that
/// must still fall back.</summary>
public class FrenchSpentTwentyRuleTests
{
    [TestCase("fr-FR", "ferme le jeu", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "bon fin du jeu", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "on arrête de jouer merci", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "sors du jeu", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "non je change d'avis", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "ah pis je change d'idée", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "laisse tomber je vais regarder sur internet", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "pouvez-vous m'aider", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "je peux te demander quoi au juste", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "comment poser une question", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "qu'est-ce qu'on peut te demander", "AMAZON.HelpIntent")]
    public void A_spent_twenty_built_in_wording_reaches_its_intent(string locale, string utterance, string intent)
    {
        LocaleNlu.AssertIntent(locale, utterance, intent);
    }

    [TestCase("pars le jeu capitales du monde")]
    [TestCase("pars capitales du monde s'il te plaît")]
    [TestCase("lançons capitales du monde")]
    public void A_spent_twenty_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitales du monde", "fr-CA").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("fr-FR", "je vais chercher le pain")]
    [TestCase("fr-FR", "comment poser du carrelage")]
    [TestCase("fr-FR", "arrête de jouer la chanson")]
    [TestCase("fr-CA", "pars la musique dans le salon")]
    [TestCase("fr-FR", "c'est quoi la recette de la dinde")]
    public void A_french_spent_twenty_neighbour_falls_back(string locale, string utterance)
    {
        LocaleNlu.AssertFallsBack(locale, utterance);
    }
}
