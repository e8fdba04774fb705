using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 29 tuning (interactionModel/README.md, *Round 29 tuning for French (session
/// 28)*), each tried on sentences of our own rather than the corpus lines: the interjections of French speakers from
/// Africa, Alsace, the North, the Maghreb and Quebec ("abeg", "wahala", "khalas", "hopla", "gell", "biloute", "habibi",
/// "ayoye"), the learner form "je oublie", the run-together "capitaledu", "un pari sur" leading into the
/// question, "désolé" as a repair, "et l'autre" before a follow-up, a stop or a cancel with a reason that opens with an
/// article or a possessive ("stop la soupe est prête"), "annule ma demande", and dishes said in "la capitale de la
/// raclette" sense, which fall back; with out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundTwentyNineRuleTests
{
    [TestCase("fr-FR", "abeg la capitale du ghana c'est quoi", "GH", Description = "the filler 'abeg'")]
    [TestCase("fr-FR", "khalas dis-moi la capitale de la jordanie", "JO", Description = "the filler 'khalas'")]
    [TestCase("fr-FR", "hopla et la suisse", "CH", Description = "the filler 'hopla'")]
    [TestCase("fr-CA", "ayoye c'est quoi la capitale du pérou", "PE", Description = "the filler 'ayoye'")]
    [TestCase("fr-FR", "je oublie la capitale du togo", "TG", Description = "the learner form 'je oublie'")]
    [TestCase("fr-FR", "quelle est la capitaledu portugal", "PT", Description = "the run-together 'capitaledu'")]
    [TestCase("fr-CA", "au chalet on a un pari sur la capitale de la norvège", "NO", Description = "'un pari sur' leads into the question")]
    [TestCase("fr-FR", "la capitale du niger non désolée du nigeria", "NG", Description = "the repair 'non désolée'")]
    [TestCase("fr-FR", "et l'autre le vietnam", "VN", Description = "'et l'autre' before a follow-up")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-CA", "stop la soupe est prête", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "arrête ma sœur arrive", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "annule la voisine a trouvé", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "annule ma demande", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-FR", "c'est quoi la capitale de la raclette")]
    [TestCase("fr-FR", "quelle est la capitale de la choucroute")]
    [TestCase("fr-FR", "arrête la musique")]
    [TestCase("fr-CA", "arrête le minuteur")]
    [TestCase("fr-FR", "stop ma playlist")]
    [TestCase("fr-FR", "rappelle-moi de sortir les poubelles")]
    [TestCase("fr-CA", "arrête le jeu vidéo")]
    [TestCase("fr-FR", "abeg mets la radio")]
    [TestCase("fr-FR", "on a un pari sur le match de ce soir")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
