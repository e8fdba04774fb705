using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 46 tuning (session 49, sections/tune-fr.md, then interactionModel/README.md,
/// *Round 46 tuning for French (session 49)*), each tried on sentences of our own rather than the corpus lines: openers
/// from other languages and registers ("beh", "zut", "scusa", "perdón", "oye", "entschuldigung", "well", "so", "tonnè",
/// "bro"); "ma belle" and other words of endearment; a history teacher or class ("mon prof d'histoire"), where "histoire"
/// is otherwise a fact word; a game show's lifeline ("t'es mon appel à un ami"); grandparents named in other languages
/// ("bà", "babcia", "oma", "nonna", "abuela"); the repair "voyons"; place references ("de leur land", "de sa région", "de
/// son île"); question leads ("a un test sur", "un quiz sur"); helps ("voudrait savoir comment ça marche", "tu connais
/// quoi comme pays", "je peux demander les provinces"); stops ("va te coucher", "bonne nuit", "c'est l'heure du dodo");
/// cancels ("never mind", "olvídalo", "mi koné"); launches with "je veux"; and not-places (the north of a province, the
/// figurative "capitale du bleuet"); with out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundFortySixRuleTests
{
    [TestCase("fr-FR", "beh c'est quoi la capitale du pérou", "PE", Description = "'beh'")]
    [TestCase("fr-FR", "zut j'ai oublié la capitale de la finlande", "FI", Description = "'zut'")]
    [TestCase("fr-FR", "scusa la capitale de la croatie", "HR", Description = "'scusa'")]
    [TestCase("fr-CA", "entschuldigung c'est quoi la capitale de la hongrie", "HU", Description = "'entschuldigung'")]
    [TestCase("fr-CA", "well c'est quoi la capitale du chili", "CL", Description = "'well'")]
    [TestCase("fr-FR", "tonnè c'est quoi la capitale de cuba", "CU", Description = "'tonnè'")]
    [TestCase("fr-CA", "merci ma belle pis pour le kenya", "KE", Description = "'ma belle'")]
    [TestCase("fr-CA", "prof d'histoire ici c'est quoi la capitale du manitoba", "CA-MB", Description = "'prof d'histoire'")]
    [TestCase("fr-FR", "t'es mon appel à un ami c'est quoi la capitale du kenya", "KE", Description = "'t'es mon appel à un ami'")]
    [TestCase("fr-FR", "ma cousine habite en bavière c'est quoi la capitale de leur land", "DE-BY", Description = "'de leur land'")]
    [TestCase("fr-CA", "mon fils a un quiz sur la capitale du vermont", "US-VT", Description = "'un quiz sur'")]
    [TestCase("fr-CA", "la capitale de la lettonie voyons de la lituanie", "LT", Description = "the repair 'voyons'")]
    [TestCase("fr-FR", "babcia veut savoir la capitale de la roumanie", "RO", Description = "'babcia'")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "papi voudrait savoir comment ça marche", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "oye tu connais quoi comme pays", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "est-ce que je peux demander les provinces", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "perdón comment ça marche", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "bonne nuit alexa", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "va te coucher maintenant", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "arrête bro", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "oh well forget it", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "olvídalo", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "zut laisse tomber", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "oma a trouvé la réponse annule", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-CA", "je veux capitales du monde")]
    [TestCase("fr-FR", "entschuldigung lance capitales du monde")]
    [TestCase("fr-CA", "so ouvre capitales du monde")]
    public void A_launch_said_another_way_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-CA", "la capitale du sud de l'ontario")]
    [TestCase("fr-FR", "quelle est la capitale du sud de la france")]
    [TestCase("fr-CA", "la capitale du royaume du bleuet")]
    [TestCase("fr-FR", "beh il pleut")]
    [TestCase("fr-FR", "zut alors")]
    [TestCase("fr-CA", "ma belle tu es jolie")]
    [TestCase("fr-FR", "mon prof d'histoire est malade")]
    [TestCase("fr-FR", "va te coucher le chien")]
    [TestCase("fr-FR", "je veux de la musique")]
    [TestCase("fr-FR", "mets un minuteur de leur land")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
