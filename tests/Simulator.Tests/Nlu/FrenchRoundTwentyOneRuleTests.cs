using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 21 (interactionModel/README.md, *Round 21 tuning for French (session 20)*), each
/// tested with sentences of its kind that no corpus has: "de l'état du X" read as "du X" and the Québécois "même affaire
/// pour X" as "pareil pour X" (NluLexicon.fr.json joins), the fillers "pantoute" and the former-name asides "comme on
/// disait avant" / "devenu(e) quoi", the unpunctuated "cest", the fr-FR frame "la capitale de l'état de X au/en Y", the
/// CityIntent "la ville de X elle est capitale de quoi", help ("censé dire", "bloqué", "te parler", "aide avec
/// {invocation}"), stop "pour ce soir", launch "lance-moi" / "vas-y" (LaunchWording.fr.json); and out-of-domain
/// neighbours that must still fall back.</summary>
public class FrenchRoundTwentyOneRuleTests
{
    [TestCase("fr-CA", "capitale de l'état du texas", "US-TX")]
    [TestCase("fr-FR", "c'est quoi la capitale de l'état du chiapas", "MX-CHP")]
    [TestCase("fr-CA", "même affaire pour le manitoba", "CA-MB")]
    [TestCase("fr-CA", "la capitale du pérou pantoute je le sais pas", "PE")]
    [TestCase("fr-FR", "quelle était la capitale de la haute-volta comme on disait avant", "BF")]
    [TestCase("fr-FR", "la capitale du dahomey devenu quoi", "BJ")]
    [TestCase("fr-FR", "cest quoi la capitale de la norvège", "NO")]
    [TestCase("fr-FR", "la capitale de l'état de sonora au mexique", "MX-SON")]
    public void A_round_twenty_one_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("fr-FR", "la ville de nairobi elle est capitale de quoi", "nairobi")]
    public void A_round_twenty_one_city_question_reads_the_city(string locale, string utterance, string city)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.IntentName, Is.EqualTo("CityIntent"));
        Assert.That(result.Slot("city")?.FirstMatch?.Id, Is.EqualTo(city), $"matched \"{result.Sample}\"");
    }

    [TestCase("fr-FR", "qu'est-ce que je suis censée faire", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "c'est comment que ça fonctionne", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "je suis coincée", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "comment on fait pour te parler", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "aide-moi avec capitales du monde", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "c'est tout pour ce soir", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "laisse faire pantoute", "AMAZON.CancelIntent")]
    public void A_round_twenty_one_built_in_wording_reaches_its_intent(string locale, string utterance, string intent)
    {
        LocaleNlu.AssertIntent(locale, utterance, intent);
    }

    [TestCase("ouvre-moi capitales du monde")]
    [TestCase("allez vas-y démarre capitales du monde")]
    public void A_round_twenty_one_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitales du monde", "fr-FR").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("fr-FR", "la tour eiffel c'est où")]
    [TestCase("fr-CA", "c'est la même affaire tous les jours")]
    [TestCase("fr-FR", "je suis bloqué dans les bouchons")]
    [TestCase("fr-FR", "lance-moi la musique")]
    public void A_french_round_twenty_one_neighbour_falls_back(string locale, string utterance)
    {
        LocaleNlu.AssertFallsBack(locale, utterance);
    }
}
