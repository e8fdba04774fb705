using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 49 tuning (session 55, sections/tune-fr.md, then interactionModel/README.md,
/// *Round 49 tuning for French (session 55)*), each tried on sentences of our own rather than the corpus lines:
/// interjections of the speakers' other languages (Wolof "waaw", Tagalog "naku", Arabic "yallah", "ewa", Russian "davaï",
/// Mexican "órale", Quebec "boy", Reunion "ça me fait zire"), "chus tanné" before a stop, "chus" opening a reason after a
/// cancel, English "cancel please", "cancel that", Spanish "ayuda", "ya basta", goodbyes ("on se revoit", "à plus tard"), stopping the revision,
/// a learner's "moi finir", help on the game ("je comprends rien à ton jeu", "on peut demander les états américains",
/// "comment on joue à capitales du monde"), a launch "pour l'interro", learners' "capitale pays X" / "capitale la X",
/// "combien de capitales et c'est lesquelles", "la capitale politique et la capitale
/// économique", "de quel archipel", a shift "de douze heures", and fictional realms,
/// with out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundFortyNineRuleTests
{
    [TestCase("fr-FR", "waaw c'est quoi la capitale du sénégal", "SN", Description = "'waaw'")]
    [TestCase("fr-FR", "ewa dis-moi la capitale du maroc", "MA", Description = "'ewa'")]
    [TestCase("fr-CA", "órale c'est quoi la capitale du guatemala", "GT", Description = "'órale'")]
    [TestCase("fr-CA", "boy c'est quoi la capitale du yukon", "CA-YT", Description = "'boy'")]
    [TestCase("fr-FR", "je veux savoir capitale le japon", "JP", Description = "'savoir capitale le'")]
    [TestCase("fr-FR", "je cherche capitale pays pérou", "PE", Description = "'capitale pays'")]
    [TestCase("fr-CA", "après mon quart de douze heures c'est quoi la capitale du maine", "US-ME", Description = "'de douze heures'")]
    [TestCase("fr-CA", "la colombie elle a combien de capitales pis c'est quoi", "CO", Description = "'combien de capitales pis c'est quoi'")]
    [TestCase("fr-FR", "la capitale politique et la capitale économique de la côte d'ivoire", "CI", Description = "'la capitale politique et la capitale économique'")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "suva c'est la capitale de quel archipel", "suva")]
    public void A_reverse_question_names_the_city(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsCity(locale, utterance, id);

    [TestCase("fr-CA", "hay naku stop", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "davai laisse tomber", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "ça fait zire arrête", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "ok cancel that", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "laisse faire chus fatigué", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "je suis tannée arrête", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "on arrête les révisions", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "bon ben on se reparle", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "à plus tard", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "on finit là", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "ya basta", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "mame demande comment ça marche", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "ayúdame", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "je comprends rien à ce jeu", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "je peux demander les provinces canadiennes", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "comment jouer à capitales du monde", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-FR", "ouvre capitales du monde pour l'interro de géo")]
    public void A_launch_said_another_way_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-FR", "c'est quoi la capitale de la terre du milieu")]
    [TestCase("fr-FR", "quelle est la capitale du royaume de narnia")]
    [TestCase("fr-FR", "stop la musique")]
    [TestCase("fr-FR", "waaw mets la radio")]
    [TestCase("fr-FR", "cancel my order")]
    [TestCase("fr-FR", "on finit la liste de courses")]
    [TestCase("fr-CA", "boy quelle heure il est")]
    [TestCase("fr-FR", "je comprends rien à ce film")]
    [TestCase("fr-CA", "ayuda con la receta")]
    [TestCase("fr-FR", "ras le bol de la pluie")]
    [TestCase("fr-CA", "chus tanné de l'hiver")]
    [TestCase("fr-FR", "la capitale économique du pays c'est quoi")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
