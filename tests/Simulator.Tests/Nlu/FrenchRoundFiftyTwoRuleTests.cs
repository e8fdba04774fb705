using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 52 tuning (session 60, sections/tune-fr.md, then interactionModel/README.md,
/// *Round 52 tuning for French (session 60)*), each tried on sentences of our own rather than the corpus lines:
/// interjections of the speakers' other languages and regions said before a question or a built-in request (Gascon
/// "adishatz", Catalan "escolta", Armenian "aman", Greek "ela re", Khmer "bong", Romanian "bine", Dutch "hoor", "nee",
/// Cameroonian "mola", Peruvian "pe", Vendean "ferme ta goule", and from older files "boudiou", "ben dame", "quò",
/// "hapana", "dalon", "o cumpà", "oh pinaise", "veloma"), a time of day said in a setting ("la fournée de quatre
/// heures"), Vendean "o l'est" for "où est", two capitals named one by one ("la capitale administrative et la capitale
/// constitutionnelle de"), the launch verb "start" and "on dit quoi" around a launch, and regions, products and
/// territories that are no country ("la lavande", "le foie gras", "laval", "le val de loire", "les vieux pays",
/// "l'artsakh", "le nitaskinan"), with out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundFiftyTwoRuleTests
{
    [TestCase("fr-FR", "adishatz c'est quoi la capitale du portugal", "PT")]
    [TestCase("fr-FR", "escolta quelle est la capitale de l'andorre", "AD")]
    [TestCase("fr-FR", "aman c'est quoi la capitale de l'arménie", "AM")]
    [TestCase("fr-CA", "ela re la capitale de chypre", "CY")]
    [TestCase("fr-FR", "bong c'est quoi la capitale du cambodge", "KH")]
    [TestCase("fr-FR", "ferme ta goule et dis-moi la capitale de la norvège", "NO")]
    [TestCase("fr-FR", "o l'est la capitale du danemark", "DK")]
    [TestCase("fr-FR", "au fournil de cinq heures dis-moi la capitale du pérou", "PE")]
    [TestCase("fr-FR", "la capitale politique et la capitale économique de la côte d'ivoire", "CI")]
    [TestCase("fr-CA", "la capitale législative pis la capitale judiciaire de l'afrique du sud", "ZA")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "adishatz annule", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "escolta on arrête", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "aman laisse tomber", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "ela arrête", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "bine comment ça marche", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "ferme ta goule annule", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "annule mola", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "pe laisse faire", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "nee annule", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "boudiou arrête", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "ben dame comment on joue", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "quò annule", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-FR", "hoor lance capitales du monde")]
    [TestCase("fr-FR", "start capitales du monde")]
    [TestCase("fr-FR", "on dit quoi ouvre capitales du monde")]
    public void A_launch_said_another_way_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-FR", "c'est quoi la capitale de la lavande")]
    [TestCase("fr-FR", "la capitale du foie gras")]
    [TestCase("fr-FR", "la capitale de l'artsakh c'est quoi")]
    [TestCase("fr-CA", "c'est quoi la capitale de laval")]
    [TestCase("fr-CA", "la capitale des vieux pays")]
    [TestCase("fr-FR", "c'est quoi la capitale du val de loire")]
    [TestCase("fr-CA", "la capitale du nitaskinan")]
    [TestCase("fr-FR", "aman mets de la musique")]
    [TestCase("fr-FR", "escolta quelle heure est-il")]
    [TestCase("fr-CA", "ela re mets la radio")]
    [TestCase("fr-FR", "bong allume la lumière")]
    [TestCase("fr-CA", "pe arrête la musique")]
    [TestCase("fr-FR", "nee mets un minuteur")]
    [TestCase("fr-FR", "start la musique")]
    [TestCase("fr-FR", "o l'est quelle heure")]
    [TestCase("fr-FR", "ferme ta goule la télé est trop forte")]
    [TestCase("fr-FR", "le vol de six heures pour la capitale du japon")]
    [TestCase("fr-FR", "on dit quoi ce soir")]
    [TestCase("fr-FR", "boudiou il pleut")]
    [TestCase("fr-FR", "du foie gras pour noël")]
    [TestCase("fr-CA", "je vis à laval")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
