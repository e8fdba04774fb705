using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 20's tuning half (interactionModel/README.md, *Round 20 tuning for French
/// (session 19)*), each tested with sentences of its kind that no corpus has: official long names, older names and
/// everyday spellings of places (overrides.json aliasesByLanguage.fr), "préfecture"/"chef-lieu ... c'est quelle ville",
/// "pareil avec X", "as-tu une idée de", "je me souviens plus de", fr-CA "pis X c'est quoi", "la ville de X c'est la
/// capitale de quel pays" (interactionModel/fr), greetings and politeness said before a question ("on dit quoi",
/// "serais-tu assez gentil pour"), help, stop and cancel wordings (BuiltInPhrasings.fr.json, BuiltInCues.fr.json), the
/// invocation name heard in the singular (LaunchWording.fr.json); and out-of-domain neighbours that must still fall
/// back (continents are no places).</summary>
public class FrenchRoundTwentyRuleTests
{
    [TestCase("fr-FR", "c'est quoi la capitale du royaume de suède", "SE")]
    [TestCase("fr-FR", "quelle est la capitale du grand-duché de luxembourg", "LU")]
    [TestCase("fr-CA", "la capitale de la république islamique du pakistan", "PK")]
    [TestCase("fr-FR", "c'est quoi la capitale de la guinée-conakry déjà", "GN")]
    [TestCase("fr-FR", "quelle était la capitale de l'oubangui-chari", "CF")]
    [TestCase("fr-CA", "c'est quoi la capitale du cabo verde", "CV")]
    [TestCase("fr-FR", "quelle est la préfecture de la martinique", "MQ")]
    [TestCase("fr-FR", "le chef-lieu de la guyane c'est laquelle", "GF")]
    [TestCase("fr-FR", "pareil avec le portugal", "PT")]
    [TestCase("fr-CA", "avez-vous une idée de la capitale du pérou", "PE")]
    [TestCase("fr-FR", "je me souviens plus de la capitale du chili", "CL")]
    [TestCase("fr-CA", "pis le manitoba c'est laquelle", "CA-MB")]
    [TestCase("fr-FR", "on dit quoi la capitale de la côte d'ivoire c'est quoi", "CI")]
    [TestCase("fr-FR", "seriez-vous assez gentil pour me dire la capitale de la hongrie", "HU")]
    public void A_round_twenty_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("fr-FR", "la ville de lima c'est la capitale de quel pays", "lima")]
    public void A_round_twenty_city_question_reads_the_city(string locale, string utterance, string city)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.IntentName, Is.EqualTo("CityIntent"));
        Assert.That(result.Slot("city")?.FirstMatch?.Id, Is.EqualTo(city), $"matched \"{result.Sample}\"");
    }

    [TestCase("fr-FR", "on fait comment", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "vous savez faire quoi", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "tu peux me donner un coup de main", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "comment ça fonctionne cette affaire", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "stoppe tout", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "arrête capitales du monde", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "oublie ma dernière question", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "laisse tomber la question", "AMAZON.CancelIntent")]
    public void A_round_twenty_built_in_wording_reaches_its_intent(string locale, string utterance, string intent)
    {
        LocaleNlu.AssertIntent(locale, utterance, intent);
    }

    [TestCase("lance capitale du monde")]
    [TestCase("démarre capitale du monde s'il te plaît")]
    public void A_round_twenty_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitales du monde", "fr-FR").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("fr-FR", "quelle est la capitale de l'afrique")]
    [TestCase("fr-FR", "c'est quoi la plus grande ville d'asie")]
    [TestCase("fr-FR", "on fait quoi ce soir")]
    [TestCase("fr-FR", "stoppe la musique")]
    [TestCase("fr-CA", "oublie pas le lait")]
    [TestCase("fr-FR", "la préfecture de police c'est où")]
    public void A_french_round_twenty_neighbour_falls_back(string locale, string utterance)
    {
        LocaleNlu.AssertFallsBack(locale, utterance);
    }
}
