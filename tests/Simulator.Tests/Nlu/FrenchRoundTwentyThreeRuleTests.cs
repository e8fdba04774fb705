using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 23 (interactionModel/README.md, *Round 23 tuning for French (session 22)*), each
/// tested with sentences of its kind that no corpus has: the state or province after its country said first ("au brésil la
/// capitale du X c'est quoi"), plural capitals asked with "il y a" / Québécois "y a-tu", a check led by "confirme-moi que"
/// (grammar and NluLexicon.fr.json joins); the approving leads "super", "génial", "parfait", the greeting "bonsoir" and the
/// Québécois "en passant" as fillers; reverse questions "le pays qui a comme capitale X", "quel pays a X pour capitale", "X
/// c'est capitale de quel pays déjà", "X ça appartient à quel pays"; help "c'est quoi je peux dire à {invocation}", stop
/// "arrête tout de suite", "bonne soirée" (BuiltInPhrasings.fr.json, BuiltInCues.fr.json); and neighbours that must still
/// fall back.</summary>
public class FrenchRoundTwentyThreeRuleTests
{
    [TestCase("fr-FR", "en inde quelle est la capitale du kerala", "IN-KL")]
    [TestCase("fr-CA", "aux états-unis la capitale du texas c'est quoi", "US-TX")]
    [TestCase("fr-CA", "y a-tu deux capitales en bolivie", "BO")]
    [TestCase("fr-FR", "est-ce qu'il y a plusieurs capitales en bolivie", "BO")]
    [TestCase("fr-FR", "il y a combien de capitales en afrique du sud", "ZA")]
    [TestCase("fr-FR", "confirme-moi que la capitale de l'australie c'est sydney", "AU")]
    [TestCase("fr-FR", "super et le pérou", "PE")]
    [TestCase("fr-FR", "génial et le chili", "CL")]
    [TestCase("fr-FR", "parfait et la croatie", "HR")]
    [TestCase("fr-CA", "la capitale du kenya en passant", "KE")]
    public void A_round_twenty_three_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("fr-CA", "c'est quoi le pays qui a comme capitale lima", "lima")]
    [TestCase("fr-FR", "quel pays a nairobi pour capitale", "nairobi")]
    [TestCase("fr-FR", "quel pays qui a pour capitale quito", "quito")]
    [TestCase("fr-FR", "dakar c'est capitale de quel pays déjà", "dakar")]
    [TestCase("fr-CA", "nairobi ça appartient à quel pays", "nairobi")]
    [TestCase("fr-FR", "à quel pays appartient nairobi", "nairobi")]
    public void A_round_twenty_three_city_question_reads_the_city(string locale, string utterance, string city)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.IntentName, Is.EqualTo("CityIntent"));
        Assert.That(result.Slot("city")?.FirstMatch?.Id, Is.EqualTo(city), $"matched \"{result.Sample}\"");
    }

    [TestCase("fr-CA", "c'est quoi je peux demander à capitales du monde", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "arrête tout de suite", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "stop merci bonsoir", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "merci bonne soirée", "AMAZON.StopIntent")]
    public void A_round_twenty_three_built_in_wording_reaches_its_intent(string locale, string utterance, string intent)
    {
        LocaleNlu.AssertIntent(locale, utterance, intent);
    }

    [TestCase("fr-FR", "super")]
    [TestCase("fr-FR", "bonsoir")]
    [TestCase("fr-FR", "super mario")]
    [TestCase("fr-CA", "en passant")]
    [TestCase("fr-CA", "c'est quoi la capitale de la poutine")]
    [TestCase("fr-CA", "c'est quoi la capitale du homard")]
    [TestCase("fr-FR", "il y a combien d'habitants en bolivie")]
    [TestCase("fr-FR", "quel pays a le plus de capitales")]
    public void A_french_round_twenty_three_neighbour_falls_back(string locale, string utterance)
    {
        LocaleNlu.AssertFallsBack(locale, utterance);
    }
}
