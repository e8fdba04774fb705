using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French second pass on spent round 22 (interactionModel/README.md, *Second pass on spent round 22 for French
/// (session 21)*): yes/no checks that name a city, read as the capital question of the place with the guessed city in the
/// optional `guess` slot (AMAZON.City), which the skill does not read: "la capitale de X c'est Y", "la capitale de X est Y",
/// "est-ce que / c'est vrai que / c'est-tu vrai que / j'ai raison si je dis que ..." before it, "non", "c'est ça", "ou pas",
/// "n'est-ce pas" after it, "Y c'est la capitale de X", "c'est bien / c'est pas Y la capitale de X", the Québécois "la capitale
/// de X c'est-tu Y"; lead and trail words now left to the fillers; and neighbours that must still fall back.</summary>
public class FrenchSpentRoundTwentyTwoRuleTests
{
    [TestCase("fr-FR", "la capitale de l'espagne c'est barcelone", "ES", "barcelone")]
    [TestCase("fr-FR", "est-ce que la capitale du portugal est porto", "PT", "porto")]
    [TestCase("fr-FR", "la capitale de l'italie c'est milan non", "IT", "milan")]
    [TestCase("fr-FR", "la capitale du japon c'est osaka ou pas", "JP", "osaka")]
    [TestCase("fr-CA", "c'est-tu vrai que la capitale de la chine c'est shanghai", "CN", "shanghai")]
    [TestCase("fr-FR", "est-ce que munich est la capitale de l'allemagne", "DE", "munich")]
    [TestCase("fr-FR", "c'est vrai que lyon c'est la capitale de la france", "FR", "lyon")]
    [TestCase("fr-FR", "j'ai raison si je dis que kyoto c'est la capitale du japon", "JP", "kyoto")]
    [TestCase("fr-FR", "c'est bien madrid la capitale de l'espagne", "ES", "madrid")]
    [TestCase("fr-CA", "c'est pas québec la capitale du canada", "CA", "québec")]
    [TestCase("fr-CA", "la capitale de l'ontario c'est-tu ottawa", "CA-ON", "ottawa")]
    public void A_yes_no_check_naming_a_city_reads_the_place(string locale, string utterance, string id, string guess)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That((result.IntentName, result.Slot("country")?.FirstMatch?.Id, result.Slot("guess")?.Value),
            Is.EqualTo(("CapitalIntent", id, guess)), $"matched \"{result.Sample}\"");
    }

    [TestCase("fr-FR", "bon donne-moi la capitale de la grèce", "GR")]
    [TestCase("fr-FR", "salut quelle est la capitale de la pologne", "PL")]
    [TestCase("fr-CA", "heille dis-moi la capitale du chili", "CL")]
    [TestCase("fr-FR", "la capitale de l'irlande s'il vous plaît", "IE")]
    public void A_lead_or_trail_word_left_to_the_fillers_still_reads_the_place(string locale, string utterance, string id)
    {
        Assert.That(LocaleNlu.Recognize(locale, utterance).Slot("country")?.FirstMatch?.Id, Is.EqualTo(id));
    }

    [TestCase("fr-FR", "est-ce que paris est une belle ville")]
    [TestCase("fr-FR", "c'est vrai que le capital de mon entreprise c'est dix mille euros")]
    [TestCase("fr-CA", "c'est-tu vrai qu'il va neiger demain")]
    [TestCase("fr-FR", "j'ai raison si je dis que le film est nul")]
    [TestCase("fr-FR", "c'est bien toi alexa")]
    public void A_yes_no_neighbour_falls_back(string locale, string utterance)
    {
        LocaleNlu.AssertFallsBack(locale, utterance);
    }
}
