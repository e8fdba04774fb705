using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of the second pass on the spent round 20 (interactionModel/README.md, *Second pass on
/// spent round 20 for French (session 19)*), each tested with sentences of its kind that no corpus has: former names
/// (Formose, Tanganyika, Soudan français, Guinée portugaise, Côte française des Somalis) and the République kirghize
/// (overrides.json aliasesByLanguage.fr), fillers ("gone", "dêh", "tant qu'à faire", "mon frère"), the written "ces
/// quoi" for "c'est quoi" (NluLexicon.fr.json), fr-FR frames ("X la capitale tu me la dis", "il y a une capitale au X
/// c'est laquelle", "l'état mexicain/brésilien de X", "et la suivante X"), help, stop and cancel wordings
/// (BuiltInPhrasings.fr.json); and out-of-domain neighbours that must still fall back.</summary>
public class FrenchSpentRoundTwentyRuleTests
{
    [TestCase("fr-FR", "c'est quoi la capitale de la formose", "TW")]
    [TestCase("fr-FR", "quelle était la capitale du tanganyika", "TZ")]
    [TestCase("fr-FR", "quelle est la capitale de la guinée portugaise", "GW")]
    [TestCase("fr-FR", "c'est quoi la capitale de la république kirghize", "KG")]
    [TestCase("fr-FR", "ces quoi la capitale du pérou", "PE")]
    [TestCase("fr-FR", "dis donc gone c'est quoi la capitale de la suisse", "CH")]
    [TestCase("fr-FR", "le chili la capitale tu me la dis", "CL")]
    [TestCase("fr-FR", "il y a une capitale en autriche c'est laquelle", "AT")]
    [TestCase("fr-FR", "la capitale de l'état mexicain du chiapas", "MX-CHP")]
    [TestCase("fr-FR", "et la suivante la roumanie", "RO")]
    public void A_spent_round_twenty_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("fr-FR", "laissez béton", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "laisse tomber la question d'avant", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "arrêtez de parler", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "j'y comprends rien tu peux m'aider", "AMAZON.HelpIntent")]
    public void A_spent_round_twenty_built_in_wording_reaches_its_intent(string locale, string utterance, string intent)
    {
        LocaleNlu.AssertIntent(locale, utterance, intent);
    }

    [TestCase("fr-FR", "ces quoi ces bruits")]
    [TestCase("fr-FR", "arrête de parler de politique à table")]
    [TestCase("fr-FR", "il y a une pharmacie au village c'est laquelle")]
    public void A_french_spent_round_twenty_neighbour_falls_back(string locale, string utterance)
    {
        LocaleNlu.AssertFallsBack(locale, utterance);
    }
}
