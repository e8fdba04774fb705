using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 31 tuning (interactionModel/README.md, *Round 31 tuning for French (session
/// 31)*), each tried on sentences of our own rather than the corpus lines: greetings and interjections of French speakers'
/// families said as a filler ("wesh", "kaixo", "agur", "haanji", "wachiya", "nakurmiik", "ottoke"), the trailing
/// "tu sais" and "pour finir", names misheard by speech recognition ("la roue manie", "la jordani"),
/// follow-ups with "et son voisin", a clause that leads into
/// the question ("un exposé sur", "on parle de"), "de ça" / "de chez eux" for a place said before, a stop or a cancel whose
/// reason opens with a person ("le petit", "le patient"), help cues ("besoin d'aide", "tu m'expliques"),
/// and not-places (animals, "région", "comté", "nouvelle-france")
/// that fall back; with out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundThirtyOneRuleTests
{
    [TestCase("fr-FR", "wesh c'est quoi la capitale du chili", "CL", Description = "the filler 'wesh'")]
    [TestCase("fr-FR", "kaixo la capitale de la suède", "SE", Description = "the Basque greeting 'kaixo'")]
    [TestCase("fr-CA", "la capitale du pérou haanji", "PE", Description = "the Punjabi 'haanji'")]
    [TestCase("fr-FR", "ottoke la capitale de la grèce", "GR", Description = "the Korean 'ottoke'")]
    [TestCase("fr-FR", "et la norvège tu sais", "NO", Description = "the trailing 'tu sais'")]
    [TestCase("fr-FR", "et puis le kenya pour finir", "KE", Description = "the trailing 'pour finir'")]
    [TestCase("fr-FR", "et sa voisine la slovaquie", "SK", Description = "'et sa voisine' before a follow-up")]
    [TestCase("fr-CA", "dis-moi la capitale de la roue manie", "RO", Description = "'la roue manie' misheard for la roumanie")]
    [TestCase("fr-FR", "donne-moi la capitale de la jordani", "JO", Description = "'la jordani' misheard for la jordanie")]
    [TestCase("fr-FR", "je prépare un exposé sur la capitale du kenya", "KE", Description = "the lead 'exposé sur'")]
    [TestCase("fr-FR", "ma sœur me parle du portugal c'est quoi la capitale de ça", "PT", Description = "'de ça' for the place said before")]
    [TestCase("fr-FR", "la capitale de la pologne je reformule de la hongrie", "HU", Description = "the repair 'je reformule'")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "stop le bébé dort", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "annule le voisin est arrivé", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "agur stop", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "stop capitales du monde", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "wesh j'ai besoin d'aide", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "tu m'expliques comment ça marche", "AMAZON.HelpIntent")]
    // The reverse questions ("la ville de lima c'est la capitale de qui", "dakar c'est la capitale de quel pays d'afrique")
    // and the launch wording ("alexa lance capitales du monde pour mémé") were checked with capitals eval only.
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-FR", "c'est quoi la capitale du pingouin")]
    [TestCase("fr-FR", "quelle est la capitale de la région grand est")]
    [TestCase("fr-CA", "c'est quoi la capitale du comté de lanaudière")]
    [TestCase("fr-CA", "dis-moi la capitale de la nouvelle-france")]
    [TestCase("fr-FR", "wesh mets de la musique")]
    [TestCase("fr-FR", "arrête le ventilateur")]
    [TestCase("fr-FR", "tu sais quelle heure il est")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
