using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 42 tuning (interactionModel/README.md, *Round 42 tuning for French (session
/// 43)*), each tried on sentences of our own rather than the corpus lines: a federal country named as the setting before
/// the capital of one of its states ("au canada la capitale du manitoba", "au brésil toujours la capitale de bahia";
/// not Germany: the lead took its joins out, they lost an older line); "oui ou non" as a yes/no check; follow-ups after "correct pis", "maintenant fais", "tant que tu y es"; a claim's tail
/// "il a raison"; the clipped "guinée équato"; "drôlesse"; "y a-tu deux capitales en"; "leur propre capitale"; "il m'a
/// dit la capitale mais j'ai oublié"; the question lead "teste sur"; tails and lead-ins ("pour rigoler", "c'est débile",
/// "ktir loin", "depuis des heures", "je suis contrôleuse", "en français", "pour faire vite"); cancels ("cancelle ma
/// question", "forget it annule"), stops ("that's enough", "il caille"), helps ("mo pa kone", "what's the word"),
/// launches ("open", "pour le tarot", "dans la van"); and not-places (the Incas, the Aztecs, the GDR, Hochelaga, la
/// Creuse, "la joie") that fall back; with out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundFortyTwoRuleTests
{
    [TestCase("fr-CA", "au canada la capitale du manitoba", "CA-MB", Description = "'au canada la capitale du'")]
    [TestCase("fr-FR", "aux états-unis la capitale de l'oregon", "US-OR", Description = "'aux états-unis la capitale de l''")]
    [TestCase("fr-FR", "au brésil toujours la capitale de bahia", "BR-BA", Description = "'au brésil toujours la capitale de'")]
    [TestCase("fr-FR", "en inde la capitale du kerala c'est quoi", "IN-KL", Description = "'en inde la capitale du'")]
    [TestCase("fr-FR", "au mexique la capitale du yucatán", "MX-YUC", Description = "'au mexique la capitale du'")]
    [TestCase("fr-FR", "oui ou non ottawa capitale du canada", "CA", Description = "'oui ou non' as a yes/no check")]
    [TestCase("fr-CA", "correct pis le portugal", "PT", Description = "'correct pis' before a follow-up")]
    [TestCase("fr-FR", "super maintenant fais le portugal", "PT", Description = "'maintenant fais' before a follow-up")]
    [TestCase("fr-CA", "pis le japon tant que tu y es", "JP", Description = "'tant que tu y es'")]
    [TestCase("fr-FR", "mon frère dit que lyon est la capitale de la france il a raison", "FR", Description = "'il a raison'")]
    [TestCase("fr-FR", "la capitale de la guinée équato", "GQ", Description = "'guinée équato'")]
    [TestCase("fr-FR", "ma drôlesse veut savoir la capitale du pérou", "PE", Description = "'drôlesse'")]
    [TestCase("fr-CA", "y a-tu deux capitales en bolivie", "BO", Description = "'y a-tu deux capitales en'")]
    [TestCase("fr-FR", "des touristes chinois m'ont demandé leur propre capitale pour rigoler", "CN", Description = "'leur propre capitale', 'pour rigoler'")]
    [TestCase("fr-CA", "c'est quoi la capitale de la barbade c'est débile", "BB", Description = "'c'est débile'")]
    [TestCase("fr-FR", "c'est quoi la capitale du liban ktir loin", "LB", Description = "'ktir loin'")]
    [TestCase("fr-CA", "on s'obstine sur la capitale de la norvège depuis des heures", "NO", Description = "'depuis des heures'")]
    [TestCase("fr-FR", "une voyageuse suisse m'a demandé la capitale de chez elle je suis contrôleuse", "CH", Description = "'je suis contrôleuse'")]
    [TestCase("fr-CA", "ma collègue me teste sur la capitale de la saskatchewan", "CA-SK", Description = "'teste sur'")]
    [TestCase("fr-FR", "mon oncle vit au qatar il m'a dit la capitale mais j'ai oublié", "QA", Description = "'il m'a dit la capitale mais j'ai oublié'")]
    [TestCase("fr-CA", "elle demande la capitale du chili en français", "CL", Description = "'en français'")]
    [TestCase("fr-FR", "la capitale de la finlande pour faire vite", "FI", Description = "'pour faire vite'")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-CA", "cancelle ma question", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "cancelle ça", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "forget it annule", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "stop okay that's enough", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "that's enough", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "stop il caille ici", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "mo pa kone comment ça marche", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "what's the word aide-moi", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-CA", "open capitales du monde")]
    [TestCase("fr-FR", "lance capitales du monde pour le tarot")]
    [TestCase("fr-CA", "ouvre capitales du monde dans la van")]
    public void A_launch_with_an_occasion_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-FR", "c'est quoi la capitale des incas")]
    [TestCase("fr-FR", "la capitale de la joie de vivre")]
    [TestCase("fr-FR", "la capitale de la rda")]
    [TestCase("fr-CA", "c'est quoi la capitale de hochelaga")]
    [TestCase("fr-FR", "c'est quoi la capitale de la creuse")]
    [TestCase("fr-CA", "la capitale de la petite-patrie")]
    [TestCase("fr-FR", "c'est quoi la capitale des aztèques")]
    [TestCase("fr-FR", "maintenant fais la vaisselle")]
    [TestCase("fr-CA", "correct pis la météo")]
    [TestCase("fr-FR", "oui ou non il pleut demain")]
    [TestCase("fr-CA", "cancelle mon rendez-vous")]
    [TestCase("fr-CA", "ouvre netflix dans la mini-van")]
    [TestCase("fr-CA", "open spotify")]
    [TestCase("fr-FR", "elle a raison")]
    [TestCase("fr-FR", "mo pa kone")]
    [TestCase("fr-FR", "en allemagne la capitale du football")]
    [TestCase("fr-CA", "au canada la capitale de la poutine")]
    [TestCase("fr-FR", "en inde la capitale du cinéma")]
    [TestCase("fr-FR", "raconte une blague pour rire")]
    [TestCase("fr-FR", "mon frère dit qu'il fait beau il a raison")]
    [TestCase("fr-CA", "pis la météo tant que tu y es")]
    [TestCase("fr-FR", "ma drôlesse veut savoir la météo")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
