using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 25 tuning (interactionModel/README.md, *Round 25 tuning for French (session
/// 24)*), each tried on sentences of our own rather than the corpus lines: the Quebec fillers and mild oaths ("asteure",
/// "enweye", "mautadit", "torrieu", "arrête de niaiser") and the Belgian "une fois", "quoi-ce que" for "qu'est-ce que",
/// the learner's "le capitale", the spoken contractions "dla" and "dl'", "son pays" / "leur pays" / "mon pays" as a
/// reference to a place said before, "tu sais aussi" after a follow-up, "Moldova",
/// "le pays dont la capitale est ...", "appartient la capitale ...", help, stop and cancel wordings ("comment on se sert",
/// "je comprends rien", "on lâche ça", "je dois y aller", "j'ai trouvé", "c'est pas ce que je voulais"), "go" as a
/// launch, and regions that are no country (Toscane, Transylvanie, Dordogne); with out-of-domain neighbours that must
/// still fall back.</summary>
public class FrenchRoundTwentyFiveRuleTests
{
    [TestCase("fr-CA", "quoi-ce que c'est la capitale du vermont asteure", "US-VT", Description = "'quoi-ce que' and 'asteure'")]
    [TestCase("fr-CA", "c'est quoi astheure la capitale du pérou", "PE", Description = "the filler 'astheure'")]
    [TestCase("fr-CA", "enweye c'est quoi la capitale du chili", "CL", Description = "the filler 'enweye'")]
    [TestCase("fr-CA", "mautadit c'est quoi la capitale du ghana", "GH", Description = "the oath 'mautadit'")]
    [TestCase("fr-CA", "coudonc arrête de niaiser c'est quoi la capitale du kenya", "KE", Description = "'arrête de niaiser' is no stop")]
    [TestCase("fr-FR", "c'est quoi la capitale de la suisse une fois", "CH", Description = "the Belgian 'une fois'")]
    [TestCase("fr-FR", "le capitale de l'autriche c'est quoi", "AT", Description = "the learner's 'le capitale'")]
    [TestCase("fr-FR", "c'est quoi la capitale dla roumanie", "RO", Description = "the spoken 'dla'")]
    [TestCase("fr-CA", "c'est quoi la capitale dl'équateur", "EC", Description = "the spoken 'dl''")]
    [TestCase("fr-FR", "ma voisine vient du sénégal c'est quoi la capitale de son pays", "SN", Description = "'de son pays'")]
    [TestCase("fr-CA", "mes amis arrivent du pérou c'est quoi la capitale de leur pays", "PE", Description = "'de leur pays'")]
    [TestCase("fr-FR", "je suis né au maroc c'est quoi la capitale de mon pays", "MA", Description = "'de mon pays'")]
    [TestCase("fr-FR", "et le costa rica tu sais aussi", "CR", Description = "a follow-up with 'tu sais aussi'")]
    [TestCase("fr-CA", "et le pérou tu connais aussi", "PE", Description = "a follow-up with 'tu connais aussi'")]
    [TestCase("fr-FR", "c'est quoi la capitale de moldova", "MD", Description = "the name 'Moldova'")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("dis-moi le pays dont la capitale est lima")]
    [TestCase("c'est quoi le pays dont la capitale est nairobi")]
    [TestCase("à quel pays appartient la capitale bamako")]
    public void A_city_question_names_the_city(string utterance) =>
        Assert.That(LocaleNlu.Recognize("fr-FR", utterance).IntentName, Is.EqualTo("CityIntent"));

    [TestCase("fr-FR", "comment on se sert de ce jeu", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "je comprends rien aide-moi", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "je dois faire quoi avec ça", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "aide-nous une fois", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "bon on lâche ça", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "je dois y aller merci", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "il faut que j'y aille bonne soirée", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "laisse faire j'ai trouvé", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "c'est pas ce que je voulais", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "oublie je l'ai trouvée", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("go capitale du monde s'il te plaît")]
    public void Go_with_the_skill_opens_it(string utterance) =>
        LocaleNlu.AssertLaunches("fr-CA", utterance);

    [TestCase("fr-FR", "c'est quoi la capitale de la toscane")]
    [TestCase("fr-FR", "quelle est la capitale de la transylvanie")]
    [TestCase("fr-FR", "c'est quoi la préfecture de la dordogne")]
    [TestCase("fr-CA", "c'est quoi la capitale de l'amazonie")]
    [TestCase("fr-CA", "mets de la musique asteure")]
    [TestCase("fr-CA", "enweye mets la radio")]
    [TestCase("fr-FR", "une fois mets la télé")]
    [TestCase("fr-FR", "j'ai trouvé mes clés")]
    [TestCase("fr-FR", "je m'en vais mettre de la musique")]
    [TestCase("fr-CA", "go mets la musique")]
    [TestCase("fr-FR", "je comprends rien à la recette")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
