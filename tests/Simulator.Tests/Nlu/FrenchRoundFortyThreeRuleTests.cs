using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 43 tuning (interactionModel/README.md, *Round 43 tuning for French (session
/// 44)*), each tried on sentences of our own rather than the corpus lines: lead-ins and tails ("à l'oral", "et j'ai
/// séché", "pour l'exposé sur l'afrique", "dans la traboule", "c'était pas évident", "pour son cahier", "du temps où il
/// était au service", "tu sais-tu", "ou pas", "une pour l'été une pour l'hiver"); "fenotte" (Lyon) for "fille"; official
/// names ("république islamique d'iran", "états-unis mexicains"); "la capitale des eau"; the Réunion creole "koman i lé";
/// "ça donne quoi" and "pis le voisin" before a follow-up; "la capitale du land" after a German state; "c'était quoi la
/// réponse"; "de quel pays en asie"; "deux capitales et c'est lesquelles"; a country between a state and "a quelle
/// capitale"; cancels, stops and helps said another way ("bueno", "ô ma", "right now", "quelles affaires on peut te
/// demander"); launches ("ma doué", "on joue-tu à", "pendant les vendanges", "pour la francisation"); and not-places
/// (Cochinchina, Tonkin, Zanzibar, the South Pole, Murcia) that fall back; with out-of-domain neighbours that must still
/// fall back.</summary>
public class FrenchRoundFortyThreeRuleTests
{
    [TestCase("fr-FR", "à l'oral on m'a demandé la capitale du chili et j'ai séché", "CL", Description = "'à l'oral', 'et j'ai séché'")]
    [TestCase("fr-FR", "pour l'exposé sur l'afrique la capitale du mali", "ML", Description = "'pour l'exposé sur l'afrique'")]
    [TestCase("fr-FR", "c'est quoi la capitale des eau en abrégé", "AE", Description = "'capitale des eau', 'en abrégé'")]
    [TestCase("fr-FR", "dans la traboule la capitale du pérou c'était pas évident", "PE", Description = "'dans la traboule', 'c'était pas évident'")]
    [TestCase("fr-FR", "ma fenotte demande la capitale du japon pour son cahier", "JP", Description = "'fenotte', 'pour son cahier'")]
    [TestCase("fr-FR", "papi demande la capitale du maroc du temps où il était au service", "MA", Description = "'du temps où il était au service'")]
    [TestCase("fr-CA", "c'est quoi la capitale du pérou tu sais-tu", "PE", Description = "'tu sais-tu'")]
    [TestCase("fr-FR", "la capitale de la république islamique d'iran", "IR", Description = "'république islamique d'iran'")]
    [TestCase("fr-FR", "la capitale des états-unis mexicains", "MX", Description = "'états-unis mexicains'")]
    [TestCase("fr-FR", "koman i lé la capitale de madagascar", "MG", Description = "'koman i lé'")]
    [TestCase("fr-FR", "d'accord et le pérou ça donne quoi", "PE", Description = "'ça donne quoi'")]
    [TestCase("fr-CA", "pis le voisin le mexique", "MX", Description = "'pis le voisin'")]
    [TestCase("fr-FR", "on a des amis en bavière c'est quoi la capitale du land", "DE-BY", Description = "'la capitale du land'")]
    [TestCase("fr-FR", "la capitale du bhoutan c'est quoi la réponse", "BT", Description = "'c'est quoi la réponse'")]
    [TestCase("fr-FR", "lyon c'est la capitale de la france ou pas", "FR", Description = "'ou pas'")]
    [TestCase("fr-FR", "est-ce que la bolivie a deux capitales et c'est lesquelles", "BO", Description = "'deux capitales et c'est lesquelles'")]
    [TestCase("fr-FR", "le jammu-et-cachemire a deux capitales une pour l'été une pour l'hiver", "IN-JK", Description = "'une pour l'été une pour l'hiver'")]
    [TestCase("fr-CA", "l'état du queensland en australie a quelle capitale", "AU-QLD", Description = "'en australie a quelle capitale'")]
    [TestCase("fr-FR", "l'état de jalisco au mexique a quelle capitale", "MX-JAL", Description = "'au mexique a quelle capitale'")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "lima c'est la capitale de quel pays en amérique du sud", "lima")]
    [TestCase("fr-FR", "bichkek c'est la capitale de quel pays en asie", "bishkek")]
    public void A_city_question_names_the_city(string locale, string utterance, string city) =>
        LocaleNlu.AssertReadsCity(locale, utterance, city);

    [TestCase("fr-CA", "annule ça bueno", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "oublie ça ô ma", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "stop right now", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "qu'est-ce qu'on peut te demander", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "quelles affaires on peut te demander", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-FR", "ouvre capitales du monde ma doué")]
    [TestCase("fr-CA", "on joue-tu à capitales du monde")]
    [TestCase("fr-FR", "démarre capitales du monde pendant les vendanges")]
    [TestCase("fr-CA", "ouvre capitales du monde pour la francisation")]
    public void A_launch_with_an_occasion_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-FR", "la capitale de la cochinchine")]
    [TestCase("fr-FR", "la capitale du pôle sud")]
    [TestCase("fr-FR", "c'est quoi la capitale de zanzibar")]
    [TestCase("fr-FR", "c'était quoi la capitale du tonkin")]
    [TestCase("fr-FR", "c'est quoi la capitale de murcie")]
    [TestCase("fr-FR", "on joue à la belote")]
    [TestCase("fr-CA", "on joue-tu à la marelle")]
    [TestCase("fr-FR", "il pleut ou pas")]
    [TestCase("fr-CA", "pis le voisin il fait quoi")]
    [TestCase("fr-FR", "ma fenotte veut savoir l'heure")]
    [TestCase("fr-CA", "bueno")]
    [TestCase("fr-FR", "mets de la musique pendant les vendanges")]
    [TestCase("fr-FR", "la capitale de quel pays en asie")]
    [TestCase("fr-FR", "c'était quoi la réponse")]
    [TestCase("fr-FR", "la météo en australie a quelle heure")]
    [TestCase("fr-FR", "quel film a deux oscars et c'est quoi")]
    [TestCase("fr-FR", "ma doué il pleut")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
