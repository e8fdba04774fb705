using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 30 tuning (interactionModel/README.md, *Round 30 tuning for French (session
/// 29)*), each tried on sentences of our own rather than the corpus lines: "thank you" in the languages of French
/// speakers' families said as a filler ("dyakuyu", "mikwetc", "gracias", "spasibo", "khob khun"), two names misheard by
/// speech recognition ("os tralie", "la cerbie"), a stop or a cancel whose reason opens with a family member ("stop papa
/// arrive", "oublie ça maman a trouvé"), the Quebec stop "ça va faire", and
/// sports, text and regions said in the "la capitale du football" sense, which fall back; with out-of-domain neighbours
/// that must still fall back.</summary>
public class FrenchRoundThirtyRuleTests
{
    [TestCase("fr-FR", "la capitale de la pologne spasibo", "PL", Description = "the filler 'spasibo'")]
    [TestCase("fr-CA", "mikwetc c'est quoi la capitale du pérou", "PE", Description = "the filler 'mikwetc'")]
    [TestCase("fr-FR", "quelle est la capitale de l'os tralie", "AU", Description = "'os tralie' misheard for australie")]
    [TestCase("fr-FR", "dis-moi la capitale de la cerbie", "RS", Description = "'la cerbie' misheard for la serbie")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-CA", "stop papa arrive", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "arrête tonton est là", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "ça va faire", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "oublie ça maman a trouvé", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "stop gracias", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-CA", "quelle est la capitale du football")]
    [TestCase("fr-FR", "c'est quoi la capitale du football")]
    [TestCase("fr-CA", "c'est quoi la capitale des îles de la madeleine")]
    [TestCase("fr-FR", "arrête le minuteur")]
    [TestCase("fr-FR", "stop les lumières")]
    [TestCase("fr-CA", "ça va faire la musique")]
    [TestCase("fr-FR", "gracias mets la radio")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
