using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 26 tuning (interactionModel/README.md, *Round 26 tuning for French (session
/// 25)*), each tried on sentences of our own rather than the corpus lines: the Quebec oath "tabarouette" and the French
/// "purée" as fillers, the polite "auriez-vous l'amabilité de" / "aurais-tu la gentillesse de", "excuse" / "excusez-moi"
/// as repairs, "et si je te demande ..." as a follow-up, "la même affaire" for "la même chose", "peux-tu demander à" before
/// the skill's name, help, stop and cancel wordings ("qu'est-ce que tu fais", "je suis supposé dire quoi", "comment je
/// demande une capitale", "à demain", "c'est pas important"), and places that are no
/// country (Crète, Gaule, Westeros, a cheese); with out-of-domain neighbours that must still
/// fall back.</summary>
public class FrenchRoundTwentySixRuleTests
{
    [TestCase("fr-CA", "tabarouette c'est quoi la capitale du chili", "CL", Description = "the oath 'tabarouette'")]
    [TestCase("fr-FR", "purée c'est quoi déjà la capitale de la hongrie", "HU", Description = "the exclamation 'purée'")]
    [TestCase("fr-FR", "auriez-vous l'amabilité de me dire la capitale du portugal", "PT", Description = "'auriez-vous l'amabilité de'")]
    [TestCase("fr-CA", "aurais-tu la gentillesse de me donner la capitale du mexique", "MX", Description = "'aurais-tu la gentillesse de'")]
    [TestCase("fr-FR", "la capitale de la slovénie excuse de la slovaquie", "SK", Description = "the repair 'excuse'")]
    [TestCase("fr-FR", "excusez-moi capitale du kenya c'est quelle ville", "KE", Description = "'excusez-moi' before the question")]
    [TestCase("fr-FR", "c'est quoi la capitale de l'autriche excuse-moi de l'australie", "AU", Description = "the repair 'excuse-moi'")]
    [TestCase("fr-FR", "et si je te demande le cambodge", "KH", Description = "'et si je te demande' as a follow-up")]
    [TestCase("fr-FR", "et si je vous demande la jordanie", "JO", Description = "'et si je vous demande'")]
    [TestCase("fr-CA", "la même affaire pour l'argentine", "AR", Description = "'la même affaire' for 'la même chose'")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "qu'est-ce que tu fais exactement", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "ok pis qu'est-ce que vous faites au juste", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "je suis supposée dire quoi", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "euh qu'est-ce que je suis supposé faire", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "comment on demande une capitale", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "salut à demain", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "merci au revoir à demain", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "oublie ça c'est pas important", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "ah ce n'est pas important", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "tabarouette laisse faire", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "annule purée", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("peux-tu demander à capitales du monde la capitale du pérou")]
    [TestCase("tu peux demander à capitales du monde la capitale de la grèce")]
    public void Asking_the_skill_through_alexa_is_a_one_shot(string utterance) =>
        Assert.That(LocalSkill.NluFor("fr-CA").ParseForm(utterance).Kind, Is.EqualTo(UtteranceKind.OneShot));

    [TestCase("fr-FR", "c'est quoi la capitale de la crète")]
    [TestCase("fr-FR", "quelle était la capitale de la gaule")]
    [TestCase("fr-FR", "c'est quoi la capitale de westeros")]
    [TestCase("fr-FR", "la capitale du camembert c'est laquelle")]
    [TestCase("fr-FR", "purée de pommes de terre")]
    [TestCase("fr-CA", "tabarouette mets de la musique")]
    [TestCase("fr-FR", "excusez-moi mets la radio")]
    [TestCase("fr-FR", "et si je te demande de mettre la musique")]
    [TestCase("fr-FR", "qu'est-ce que tu fais ce soir à la télé")]
    [TestCase("fr-FR", "rappelle-moi à demain pour le rendez-vous")]
    [TestCase("fr-FR", "la météo c'est pas important")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
