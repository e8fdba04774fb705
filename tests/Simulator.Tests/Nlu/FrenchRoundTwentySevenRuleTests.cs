using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 27 tuning (interactionModel/README.md, *Round 27 tuning for French (session
/// 26)*), each tried on sentences of our own rather than the corpus lines: "scuse" as a repair, the Spanish "cómo se dice"
/// as a filler, "vrai ou faux" before a yes/no check, bets that lead into the question ("on a parié une bière
/// sur") and, added by the lead, a tail saying the answer was forgotten ("mais je l'ai oubliée"), ASR forms ("lacapitale", "bah rhin", "la laitonie", "guinée équatorial"), "va voir
/// dans" / "regarde dans" before the skill's name, a launch for someone ("pour mamie"), help and cancel wordings ("je
/// comprends pas trop", "comment on utilise", "oublie ma question"), and "capitale" in another sense ("la capitale
/// économique de ...") and the Basque Country, which fall back; with out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundTwentySevenRuleTests
{
    [TestCase("fr-CA", "la capitale de la saskatchewan non scuse de l'alberta", "CA-AB", Description = "the repair 'scuse'")]
    [TestCase("fr-FR", "c'est quoi la capitale du pérou ah non scuse du chili", "CL", Description = "'ah non scuse'")]
    [TestCase("fr-CA", "cómo se dice la capitale du honduras", "HN", Description = "the Spanish filler 'cómo se dice'")]
    [TestCase("fr-FR", "vrai ou faux la capitale du canada c'est toronto", "CA", Description = "'vrai ou faux' before a check")]
    [TestCase("fr-FR", "on a parié une bière sur la capitale du portugal", "PT", Description = "'une bière sur' leads into the question")]
    [TestCase("fr-FR", "j'ai lu un article sur la capitale du kenya mais je m'en souviens plus", "KE", Description = "the tail 'mais je m'en souviens plus' (lead)")]
    [TestCase("fr-CA", "on a regardé un documentaire sur la capitale de la mongolie mais je l'ai oubliée", "MN", Description = "the tail 'mais je l'ai oubliée' (lead)")]
    [TestCase("fr-CA", "mon chum gage un café sur la capitale du nicaragua", "NI", Description = "'un café sur'")]
    [TestCase("fr-FR", "lacapitale du danemark", "DK", Description = "the ASR 'lacapitale'")]
    [TestCase("fr-FR", "c'est quoi la capitale du bah rhin", "BH", Description = "the ASR 'bah rhin' for Bahreïn")]
    [TestCase("fr-FR", "donne-moi la capitale de la laitonie", "LV", Description = "the ASR 'laitonie' for Lettonie")]
    [TestCase("fr-FR", "quelle est la capitale de la guinée équatorial", "GQ", Description = "'équatorial' said without its e")]
    [TestCase("fr-FR", "la capitale de la tchèque c'est quoi", "CZ", Description = "'la tchèque' for Tchéquie")]
    [TestCase("fr-FR", "la capitale administrative de l'afrique du sud", "ZA", Description = "'administrative' stays a capital question")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-CA", "je comprends pas trop comment on joue", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "comment on utilise capitales du monde", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "euh comment on utilise ce jeu", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "oublie ma question", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "annule ma question", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("lance capitales du monde pour mamie")]
    [TestCase("ouvre capitales du monde pour la classe")]
    public void A_launch_for_someone_is_a_launch(string utterance) =>
        LocaleNlu.AssertLaunches("fr-FR", utterance);

    [TestCase("regarde dans capitales du monde la capitale du chili")]
    [TestCase("va voir dans capitales du monde la capitale de la bolivie")]
    public void Looking_in_the_skill_is_a_one_shot(string utterance) =>
        Assert.That(LocalSkill.NluFor("fr-CA").ParseForm(utterance).Kind, Is.EqualTo(UtteranceKind.OneShot));

    [TestCase("fr-FR", "quelle est la capitale économique de la suisse")]
    [TestCase("fr-FR", "c'est quoi la capitale gastronomique de l'italie")]
    [TestCase("fr-FR", "la capitale du pays basque c'est quoi")]
    [TestCase("fr-FR", "mets la radio du pays basque")]
    [TestCase("fr-FR", "vrai ou faux les chats voient la nuit")]
    [TestCase("fr-CA", "on a parié une bière sur le match de hockey")]
    [TestCase("fr-FR", "j'ai lu un article sur la météo de demain")]
    [TestCase("fr-FR", "oublie ma liste de courses")]
    [TestCase("fr-CA", "cómo se dice bonjour en espagnol")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
