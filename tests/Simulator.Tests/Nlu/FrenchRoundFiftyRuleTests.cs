using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 50 tuning (session 57, sections/tune-fr.md, then interactionModel/README.md,
/// *Round 50 tuning for French (session 57)*), each tried on sentences of our own rather than the corpus lines:
/// interjections of the speakers' other languages (Antillean / Haitian "mezanmi", "doudou", "an nou alé", Turkish "tamam",
/// "hadi", Lebanese "kifak", "marhaba", Lingala "mbote", "matondo", Vietnamese "dạ", Breton "trugarez", Reunion "kossa",
/// English "my bad", "thank you"), the Quebec "mon homme", "pas de tralala" / "sans chichi", an event starting before a stop
/// ("le match commence arrête"), "c'est la capitale de X que je voulais dire", stopping "ton jeu" / "ta game", "c'est fini
/// pour aujourd'hui", forgetting "la question de tantôt", "ça fait rien", "veut jouer mais on sait pas comment", Reunion
/// "kossa i faut dire", "on parlait de la capitale de X", "la biélo", "quelles capitales a X", English "what are the
/// capitals of", "X a une capitale A et une B", Sint-Maarten as "saint-martin côté hollandais", "c'est dans quel
/// territoire", and "l'ancienne nouvelle-france", with out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundFiftyRuleTests
{
    [TestCase("fr-FR", "mezanmi c'est quoi la capitale d'haïti", "HT", Description = "'mezanmi'")]
    [TestCase("fr-FR", "tamam c'est quoi la capitale de la turquie", "TR", Description = "'tamam'")]
    [TestCase("fr-CA", "marhaba c'est quoi la capitale du liban", "LB", Description = "'marhaba'")]
    [TestCase("fr-FR", "mbote c'est quoi la capitale du gabon", "GA", Description = "'mbote'")]
    [TestCase("fr-FR", "dạ c'est quoi la capitale du vietnam", "VN", Description = "'dạ'")]
    [TestCase("fr-CA", "mon homme c'est quoi la capitale du manitoba", "CA-MB", Description = "'mon homme'")]
    [TestCase("fr-FR", "sans tralala c'est quoi la capitale du japon", "JP", Description = "'sans tralala'")]
    [TestCase("fr-CA", "c'est la capitale du vermont que je voulais dire", "US-VT", Description = "'que je voulais dire'")]
    [TestCase("fr-FR", "on parlait de la capitale du pérou", "PE", Description = "'on parlait de la capitale du'")]
    [TestCase("fr-FR", "les collègues parlaient de la capitale de l'australie", "AU", Description = "'parlaient de la capitale de l''")]
    [TestCase("fr-FR", "c'est quoi la capitale de la biélo", "BY", Description = "'la biélo'")]
    [TestCase("fr-FR", "quelles capitales a la bolivie", "BO", Description = "'quelles capitales a la'")]
    [TestCase("fr-FR", "quelle capitale a la norvège", "NO", Description = "'quelle capitale a la'")]
    [TestCase("fr-CA", "what are the capitals of the netherlands", "NL", Description = "'what are the capitals of'")]
    [TestCase("fr-CA", "what's the capital of france", "FR", Description = "'what's the capital of'")]
    [TestCase("fr-CA", "la bolivie a une capitale constitutionnelle pis une administrative c'est quoi", "BO", Description = "'a une capitale A pis une B'")]
    [TestCase("fr-CA", "la bolivie a une capitale officielle et une administrative c'est lesquelles", "BO", Description = "'a une capitale A et une B'")]
    [TestCase("fr-FR", "c'est quoi la capitale du côté hollandais de saint-martin", "SX", Description = "'côté hollandais de saint-martin'")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-CA", "whitehorse c'est dans quel territoire", "whitehorse")]
    public void A_reverse_question_names_the_city(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsCity(locale, utterance, id);

    [TestCase("fr-FR", "mézanmi arrête", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "hadi annule", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "kifik laisse tomber", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "matondo on arrête", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "doudou arrête", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "mon homme ferme ça", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "sorry my bad annule", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "pas de chichi dis-moi comment on joue", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "pas de blabla arrête", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "le match commence arrête", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "la game commence ferme ça", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "oublie la question de tout à l'heure", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "laisse faire ma question de tantôt", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "ça fait rien annule", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "ferme ton jeu", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "arrête ta game", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "c'est fini pour aujourd'hui", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "les enfants veulent jouer mais je sais pas comment", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "kossa i faut dire", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "kossa non annule", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "trugarez on arrête", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "thank you stop", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-FR", "le match commence à quelle heure")]
    [TestCase("fr-FR", "le film commence quand")]
    [TestCase("fr-CA", "arrête ton char")]
    [TestCase("fr-FR", "arrête ton film")]
    [TestCase("fr-FR", "ça fait rien si il pleut demain")]
    [TestCase("fr-FR", "je sais pas comment jouer au poker")]
    [TestCase("fr-FR", "on sait pas comment faire la recette")]
    [TestCase("fr-FR", "on parlait de la capitale de la mode")]
    [TestCase("fr-FR", "on parle de la capitale du rock")]
    [TestCase("fr-CA", "c'est quoi la capitale de l'ancienne nouvelle france")]
    [TestCase("fr-FR", "le grand canyon c'est dans quel état")]
    [TestCase("fr-FR", "l'entreprise a une capitale royale")]
    [TestCase("fr-FR", "c'est ce que je voulais")]
    [TestCase("fr-FR", "mezanmi mets de la musique")]
    [TestCase("fr-FR", "tamam quelle heure il est")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
