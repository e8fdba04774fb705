using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 24 tuning (interactionModel/README.md, *Round 24 tuning for French (session
/// 23)*), each tried on sentences of our own rather than the corpus lines: the present-day fillers
/// "maintenant", "de nos jours", "actuellement", "tant qu'à y être", the Quebec "niaise pas"; the Quebec "kessé" /
/// "kossé" for "c'est quoi" and the spoken "j'" before a consonant ("j'comprends", "j'sais"); the references "sa / leur
/// vraie capitale"; spellings ASR and English write (Chad, Mexic, Graisse); the qualified "Géorgie le
/// pays" / "Géorgie l'État"; the frames "X est une capitale" (with the Quebec "c'est-tu") and "dans quel pays se trouve la
/// capitale X"; cancel and stop wordings ("oublie mon affaire", "j'ai fini de réviser"); a launch ended by "s'il vous
/// plaît"; French and Quebec regions and stateless nations that are no places of the data (notPlaces); with out-of-domain
/// neighbours that must still fall back.</summary>
public class FrenchRoundTwentyFourRuleTests
{
    [TestCase("fr-FR", "quelle est de nos jours la capitale du myanmar", "MM", Description = "the filler 'de nos jours'")]
    [TestCase("fr-FR", "la capitale de la rhodésie c'est quoi maintenant", "ZW", Description = "the filler 'maintenant' after a former name")]
    [TestCase("fr-CA", "c'est quoi actuellement la capitale du kazakhstan", "KZ", Description = "the filler 'actuellement'")]
    [TestCase("fr-FR", "la capitale du pérou tant qu'à y être", "PE", Description = "the filler 'tant qu'à y être'")]
    [TestCase("fr-CA", "niaise pas pis c'est quoi la capitale du chili", "CL", Description = "the Quebec filler 'niaise pas'")]
    [TestCase("fr-CA", "kessé la capitale du portugal", "PT", Description = "the Quebec 'kessé'")]
    [TestCase("fr-CA", "kossé la capitale de la norvège", "NO", Description = "the Quebec 'kossé'")]
    [TestCase("fr-FR", "c'est quoi la capitale du chad", "TD", Description = "the English spelling 'Chad'")]
    [TestCase("fr-CA", "donne-moi la capitale du mexic", "MX", Description = "the spelling 'Mexic'")]
    [TestCase("fr-FR", "quelle est la capitale de la graisse", "GR", Description = "the ASR homophone 'graisse' of Grèce")]
    [TestCase("fr-FR", "quelle est la capitale de la géorgie le pays", "GE", Description = "'Géorgie le pays'")]
    [TestCase("fr-CA", "la capitale de la géorgie l'état c'est quoi", "US-GA", Description = "'Géorgie l'État'")]
    [TestCase("fr-FR", "je lis un livre sur la birmanie c'est quoi sa vraie capitale", "MM", Description = "the reference 'sa vraie capitale'")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "est-ce que canberra est une capitale", "canberra")]
    [TestCase("fr-CA", "winnipeg c'est-tu une capitale", "winnipeg")]
    [TestCase("fr-FR", "dans quel pays se trouve la capitale nairobi", "nairobi")]
    public void A_city_question_names_the_city(string locale, string utterance, string city)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("city")?.FirstMatch?.Id, Is.EqualTo(city), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("fr-CA", "oublie ton affaire", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "laisse faire mon affaire", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "j'ai fini de réviser", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "arrête on a fini d'étudier", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "on a fini de jouer merci", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "j'comprends pas aide-moi", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "j'sais pas quoi dire", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-FR", "capitales du monde s'il te plaît")]
    [TestCase("fr-CA", "alexa capitales du monde s'il vous plaît")]
    public void The_name_with_a_polite_ending_opens_the_skill(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-FR", "quelle est la capitale de la normandie")]
    [TestCase("fr-CA", "c'est quoi la capitale de la gaspésie")]
    [TestCase("fr-FR", "la capitale de la corse c'est quoi")]
    [TestCase("fr-FR", "quelle est la capitale de la catalogne")]
    [TestCase("fr-FR", "mets de la musique maintenant")]
    [TestCase("fr-FR", "quel temps il fait aujourd'hui")]
    [TestCase("fr-CA", "kessé ça")]
    [TestCase("fr-FR", "la graisse de canard c'est bon")]
    [TestCase("fr-FR", "j'ai fini mon café")]
    [TestCase("fr-CA", "mets de la musique s'il te plaît")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [TestCase("fr-FR", "quelle est la capitale de la grande-bretagne", "GB")]
    public void A_place_with_a_region_word_in_its_name_still_resolves(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);
}
