using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 22 (interactionModel/README.md, *Round 22 tuning for French (session 21)*), each
/// tested with sentences of its kind that no corpus has: the dislocated "c'est quoi sa capitale au/en X", the English "capital
/// city", "la ville principale de X", "la capitale pour le pays X", "X sa capitale elle s'appelle comment", the conditional
/// "ce serait quoi", "sors-moi" as "donne-moi" (NluLexicon.fr.json joins); the follow-up asides "d'abord", "dans la foulée",
/// "tant qu'on y est", "tu dirais quoi", "encore une", "puis", the Québécois "câline" in a repair, the German lead "wie sagt
/// man" (fillers, repairs); the CityIntent "{city} c'est dans quel pays comme capitale"; help "comment
/// on utilise ce truc", cancel "laisse tomber c'est bon" (BuiltInPhrasings.fr.json), launch "on va faire capitales du monde"
/// (LaunchWording.fr.json); and out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundTwentyTwoRuleTests
{
    [TestCase("fr-FR", "c'est quoi sa capitale au portugal", "PT")]
    [TestCase("fr-FR", "c'est quoi sa capitale en norvège", "NO")]
    [TestCase("fr-CA", "c'est quoi le capital city de la suède", "SE")]
    [TestCase("fr-CA", "faque le manitoba c'est quoi d'abord", "CA-MB")]
    [TestCase("fr-FR", "et la finlande dans la foulée", "FI")]
    [TestCase("fr-CA", "et pour le vietnam tu dirais quoi", "VN")]
    [TestCase("fr-FR", "puis l'estonie tant qu'on y est", "EE")]
    [TestCase("fr-FR", "encore une la croatie", "HR")]
    [TestCase("fr-FR", "sors-moi la capitale du chili", "CL")]
    [TestCase("fr-CA", "la capitale pour le pays inde", "IN")]
    [TestCase("fr-FR", "le kenya sa capitale elle s'appelle comment", "KE")]
    [TestCase("fr-FR", "c'est quoi la ville principale des bermudes", "BM")]
    [TestCase("fr-CA", "la capitale de la hongrie ce serait quoi", "HU")]
    [TestCase("fr-CA", "capitale de la suède ah non câline de la norvège", "NO")]
    [TestCase("fr-FR", "wie sagt man la capitale du danemark", "DK")]
    public void A_round_twenty_two_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("fr-FR", "oslo c'est dans quel pays comme capitale", "oslo")]
    public void A_round_twenty_two_city_question_reads_the_city(string locale, string utterance, string city)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.IntentName, Is.EqualTo("CityIntent"));
        Assert.That(result.Slot("city")?.FirstMatch?.Id, Is.EqualTo(city), $"matched \"{result.Sample}\"");
    }

    [TestCase("fr-FR", "oublie ça c'est bon", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "comment ça s'utilise ce truc", "AMAZON.HelpIntent")]
    public void A_round_twenty_two_built_in_wording_reaches_its_intent(string locale, string utterance, string intent)
    {
        LocaleNlu.AssertIntent(locale, utterance, intent);
    }

    [TestCase("on va faire capitales du monde")]
    public void A_round_twenty_two_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitales du monde", "fr-FR").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("fr-FR", "c'est quoi le capital de mon entreprise")]
    [TestCase("fr-FR", "sors-moi les poubelles")]
    [TestCase("fr-FR", "paris c'est dans quel pays")]
    [TestCase("fr-FR", "tu dirais quoi")]
    [TestCase("fr-FR", "on va faire un gâteau")]
    [TestCase("fr-FR", "comment on utilise la machine à laver")]
    public void A_french_round_twenty_two_neighbour_falls_back(string locale, string utterance)
    {
        LocaleNlu.AssertFallsBack(locale, utterance);
    }
}
