using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 51 tuning (session 59, sections/tune-fr.md, then interactionModel/README.md,
/// *Round 51 tuning for French (session 59)*), each tried on sentences of our own rather than the corpus lines:
/// interjections of the speakers' other languages (Bambara "i ni ce", Tamil "aiyo", Japanese "sumimasen", "fiu", Innu
/// "tshinashkumitin"), a history-geography class as the setting ("en histoire-géo de cinquième"), "pour mon contrôle"
/// before a help request, a past reported ask ("un touriste du vermont voulait la capitale"), official names said with
/// their words out of order or missing from the data ("république démocratique fédérale d'éthiopie", "sultanat d'oman",
/// "république coopérative du guyana"), plural capitals named by their kinds ("les capitales politique et administrative
/// de"), "pitchoun" / "le drôle" opening the reason after a stop or a cancel, "comment je t'utilise", an event starting
/// before a stop ("le spectacle commence"), Reunion "kosa mi doit dire", the launch verbs "parle à", "veut", "vouloir",
/// "réveille", "part-moi" and "rien à faire" around a launch, and Greek Macedonia as no country ("la macédoine la région
/// grecque"), with out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundFiftyOneRuleTests
{
    [TestCase("fr-FR", "i ni ce c'est quoi la capitale du mali", "ML", Description = "'i ni ce'")]
    [TestCase("fr-FR", "aiyo c'est quoi la capitale du sri lanka", "LK", Description = "'aiyo'")]
    [TestCase("fr-FR", "sumimasen quelle est la capitale du japon", "JP", Description = "'sumimasen'")]
    [TestCase("fr-FR", "en histoire-géo la capitale de la pologne", "PL", Description = "'en histoire-géo'")]
    [TestCase("fr-FR", "en histoire-géo de cinquième c'est quoi la capitale du chili", "CL", Description = "'en histoire-géo de cinquième'")]
    [TestCase("fr-CA", "à sherbrooke une touriste du vermont voulait la capitale", "US-VT", Description = "'voulait la capitale'")]
    [TestCase("fr-FR", "au marché un client du portugal demandait sa capitale", "PT", Description = "'demandait sa capitale'")]
    [TestCase("fr-FR", "la capitale de la république démocratique fédérale d'éthiopie", "ET", Description = "'république démocratique fédérale d'éthiopie'")]
    [TestCase("fr-FR", "la capitale de la république coopérative du guyana", "GY", Description = "'république coopérative du guyana'")]
    [TestCase("fr-FR", "on cherche la capitale du sultanat d'oman", "OM", Description = "'sultanat d'oman'")]
    [TestCase("fr-FR", "les capitales politique et administrative de la bolivie", "BO", Description = "'capitales A et B'")]
    [TestCase("fr-CA", "les capitales législative pis judiciaire de l'afrique du sud", "ZA", Description = "'capitales A pis B'")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "i ni ce arrête", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "aiyo laisse tomber", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "sumimasen comment ça marche", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "fiu annule", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "tshinashkumitin on arrête", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "pour mon contrôle comment on joue", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "stop pitchoun dort", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "annule le pitchoun a trouvé", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "comment on t'utilise", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "stop le spectacle commence", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "arrête le bingo va commencer", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "kosa mi doit dire", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-FR", "parle avec capitales du monde")]
    [TestCase("fr-FR", "mamie veut capitales du monde")]
    [TestCase("fr-CA", "réveille capitales du monde")]
    [TestCase("fr-CA", "on a rien à faire lance capitales du monde")]
    [TestCase("fr-FR", "moi vouloir capitales du monde")]
    [TestCase("fr-CA", "part-moi capitales du monde")]
    public void A_launch_said_another_way_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-FR", "c'est quoi la capitale de la macédoine la région de grèce")]
    [TestCase("fr-FR", "la capitale de la macédoine région grecque")]
    [TestCase("fr-FR", "parle à maman")]
    [TestCase("fr-FR", "parle avec moi")]
    [TestCase("fr-FR", "réveille-moi à sept heures")]
    [TestCase("fr-FR", "je veux de la musique")]
    [TestCase("fr-FR", "veut du café")]
    [TestCase("fr-FR", "i ni ce mets de la musique")]
    [TestCase("fr-FR", "aiyo il pleut")]
    [TestCase("fr-FR", "sumimasen quelle heure est-il")]
    [TestCase("fr-FR", "fiu il fait chaud")]
    [TestCase("fr-FR", "en histoire-géo on a eu un contrôle")]
    [TestCase("fr-FR", "l'histoire de la capitale de la russie")]
    [TestCase("fr-FR", "pour mon contrôle de maths mets un minuteur")]
    [TestCase("fr-FR", "le pitchoun dort")]
    [TestCase("fr-FR", "comment je t'utilise pour la musique")]
    [TestCase("fr-FR", "le touriste voulait un café")]
    [TestCase("fr-CA", "on a rien à faire ce soir")]
    [TestCase("fr-FR", "le spectacle commence à quelle heure")]
    [TestCase("fr-CA", "le bingo commence quand")]
    [TestCase("fr-FR", "le sultanat de zanzibar")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
