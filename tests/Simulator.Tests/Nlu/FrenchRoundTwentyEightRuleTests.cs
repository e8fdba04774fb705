using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 28 tuning (interactionModel/README.md, *Round 28 tuning for French (session
/// 27)*), each tried on sentences of our own rather than the corpus lines: "tu connais" as a filler after a follow-up,
/// "sa capitale du" for "la capitale du", repairs that start over ("je recommence", "je reprends"), quarrels that lead
/// into the question ("on s'engueule sur", "se prennent la tête sur"), the ASR forms "nez pale" and "on grille",
/// "demande donc à" before the skill's name, a launch said with who plays or that all are ready ("avec mamie", "on est
/// prêts"), help said as not knowing how ("je sais pas comment", "j'ai oublié comment"), stopping the quiz by name
/// ("arrête le quiz"), and fictional places, music genres and empires, which fall back; with out-of-domain neighbours
/// that must still fall back.</summary>
public class FrenchRoundTwentyEightRuleTests
{
    [TestCase("fr-FR", "et le portugal tu connais", "PT", Description = "the filler 'tu connais'")]
    [TestCase("fr-CA", "et la norvège vous connaissez", "NO", Description = "the filler 'vous connaissez'")]
    [TestCase("fr-FR", "bizarre ce pays c'est quoi sa capitale du tchad", "TD", Description = "'sa capitale du'")]
    [TestCase("fr-FR", "au bureau on s'engueule sur la capitale de l'australie", "AU", Description = "'s'engueule sur' leads into the question")]
    [TestCase("fr-CA", "mes cousins se prennent la tête sur la capitale du canada", "CA", Description = "'se prennent la tête sur'")]
    [TestCase("fr-FR", "la capitale du mali attends je recommence du niger", "NE", Description = "the repair 'attends je recommence'")]
    [TestCase("fr-CA", "la capitale de la grèce non je reprends de la turquie", "TR", Description = "the repair 'non je reprends'")]
    [TestCase("fr-FR", "quelle est la capitale du nez pale", "NP", Description = "the ASR 'nez pale' for Népal")]
    [TestCase("fr-FR", "la capitale de la on grille", "HU", Description = "the ASR 'on grille' for Hongrie")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "je sais pas comment on joue", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "j'ai oublié comment ça marche", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "arrête le quiz", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "stop le jeu c'est l'heure du souper", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-CA", "lance capitales du monde on est prêts")]
    [TestCase("fr-FR", "ouvre capitales du monde avec mamie")]
    public void A_launch_with_who_plays_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-CA", "demande donc à capitales du monde la capitale du chili")]
    [TestCase("fr-FR", "demande donc à capitales du monde la capitale du pérou")]
    public void Asking_the_skill_with_donc_is_a_one_shot(string locale, string utterance) =>
        Assert.That(LocalSkill.NluFor(locale).ParseForm(utterance).Kind, Is.EqualTo(UtteranceKind.OneShot));

    [TestCase("fr-CA", "c'est quoi la capitale du wakanda")]
    [TestCase("fr-FR", "la capitale du rap c'est quoi")]
    [TestCase("fr-FR", "c'est quoi la capitale du pays des merveilles")]
    [TestCase("fr-FR", "quelle était la capitale de l'empire ottoman")]
    [TestCase("fr-FR", "et la météo tu connais")]
    [TestCase("fr-CA", "on s'engueule sur le match de foot")]
    [TestCase("fr-FR", "arrête le minuteur")]
    [TestCase("fr-FR", "mets du rock")]
    [TestCase("fr-FR", "je sais pas comment cuire les pâtes")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
