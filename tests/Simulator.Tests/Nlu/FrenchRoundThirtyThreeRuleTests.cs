using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 33 tuning (interactionModel/README.md, *Round 33 tuning for French (session
/// 34)*), each tried on sentences of our own rather than the corpus lines: English lead-ins of an English speaker ("okay so
/// like", "the capital"), the possessive "son" before a person or a trip ("son frère", "son voyage": no "son" = sound),
/// "avant le / son voyage" and "avant les vacances" (no past marker), "you know", Québec "on arrête au relais" (a stop on the road, no stop request), "la yukon
/// quest" and "le port de québec" as scenes rather than places, "c'est quoi déjà" and "sa capitale c'est-tu" as question
/// tails, "un devoir / projet sur" as leads, "il fait chaud" and "la gare" in the scene (no longer words of another fact),
/// "le chef-lieu de", "tu la connais" after a follow-up, "elle a deux capitales", "ça a une capitale", "deux / trois
/// capitales c'est-tu vrai", "congo la rdc", "au long" and a sea or ocean after a name as fillers, help "ça marche comment",
/// "qu'est-ce qu'y faut que je dise", stop with a reason ("stop les invités arrivent", "arrête tout le monde dort"), "ferme
/// ta boîte", cancel because Alexa was not spoken to ("c'était pas pour toi", "c'était la télé", "je parlais à quelqu'un
/// d'autre"), launches "pendant le souper" / "papi veut jouer" / "pour l'âge d'or", and not-places ("la cuisine française", "la ville de", "la nouvelle-angleterre", "la
/// planète") that fall back; with out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundThirtyThreeRuleTests
{
    [TestCase("fr-CA", "okay so like la capitale du canada", "CA", Description = "English lead-in 'okay so like'")]
    [TestCase("fr-CA", "like c'est quoi the capital de l'italie", "IT", Description = "'the capital' of an English speaker")]
    [TestCase("fr-FR", "son frère veut la capitale du ghana", "GH", Description = "possessive 'son' before a person")]
    [TestCase("fr-CA", "mon oncle veut savoir la capitale de la grèce avant son départ", "GR", Description = "'avant son départ' is no past marker")]
    [TestCase("fr-CA", "on s'arrête chez ma tante pis on se demande la capitale du maine", "US-ME", Description = "'on s'arrête chez' is a stop on the road")]
    [TestCase("fr-CA", "pendant la yukon quest on se demande la capitale de l'ontario", "CA-ON", Description = "'la yukon quest' is a race, no place")]
    [TestCase("fr-CA", "au port de québec un cargo arrive du libéria c'est quoi la capitale", "LR", Description = "'le port de québec' is the scene")]
    [TestCase("fr-FR", "à la fête un copain de bulgarie m'a dit sa capitale c'est quoi déjà", "BG", Description = "'c'est quoi déjà' as a tail")]
    [TestCase("fr-FR", "ma sœur a un projet sur la capitale du kenya", "KE", Description = "the lead 'projet sur'")]
    [TestCase("fr-FR", "il fait super chaud dehors c'est quoi la capitale du togo", "TG", Description = "the heat in the scene")]
    [TestCase("fr-CA", "à la gare du palais on se demande la capitale du chili", "CL", Description = "a station in the scene")]
    [TestCase("fr-FR", "le chef-lieu de la martinique", "MQ", Description = "'le chef-lieu de'")]
    [TestCase("fr-FR", "la bolivie elle a deux capitales", "BO", Description = "'elle a deux capitales'")]
    [TestCase("fr-CA", "l'afrique du sud a trois capitales c'est-tu vrai", "ZA", Description = "'trois capitales c'est-tu vrai'")]
    [TestCase("fr-CA", "y paraît qu'il y a deux capitales en bolivie", "BO", Description = "the filler 'y paraît qu''")]
    [TestCase("fr-FR", "la capitale de la grenade dans les caraïbes", "GD", Description = "a sea after the name")]
    [TestCase("fr-FR", "la capitale des seychelles dans l'océan indien", "SC", Description = "an ocean after the name")]
    [TestCase("fr-CA", "la capitale du brésil au long", "BR", Description = "'au long' (in full)")]
    [TestCase("fr-FR", "dis-moi la capitale du congo la rdc", "CD", Description = "'congo la rdc'")]
    [TestCase("fr-FR", "la capitale du niger je l'ai oublié", "NE", Description = "'je l'ai oublié' is no cancel")]
    [TestCase("fr-FR", "ma voisine veut la capitale du pérou pour son exposé", "PE", Description = "'son exposé' is no sound")]
    [TestCase("fr-FR", "mon frère veut savoir la capitale de la thaïlande avant les vacances", "TH", Description = "'avant les vacances' is no past marker")]
    [TestCase("fr-CA", "you know la capitale de l'irlande", "IE", Description = "English lead-in 'you know'")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-CA", "qu'est-ce qu'y faut que je dise", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "ça marche comment ton jeu de capitales", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "c'est comment qu'on joue à ce jeu", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "stop les invités arrivent", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "arrête tout le monde est couché", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "ferme ta boîte", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "non c'est pas pour toi", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "annule c'était la radio", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "pardon je parlais à quelqu'un d'autre", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-CA", "lance capitales du monde pendant le souper")]
    [TestCase("fr-FR", "ouvre capitales du monde papi veut jouer")]
    [TestCase("fr-CA", "ouvre capitales du monde pour l'âge d'or")]
    public void A_launch_with_who_plays_or_the_occasion_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-FR", "c'est quoi la capitale de la cuisine française")]
    [TestCase("fr-FR", "la capitale de la planète rouge")]
    [TestCase("fr-CA", "c'est quoi la capitale de la ville de montréal")]
    [TestCase("fr-CA", "la capitale de la nouvelle-angleterre")]
    [TestCase("fr-FR", "il fait chaud dans la capitale du pérou")]
    [TestCase("fr-FR", "est-ce qu'il fait chaud à la capitale du mali")]
    [TestCase("fr-FR", "la gare de la capitale du pérou")]
    [TestCase("fr-FR", "mon fils a un devoir sur le pérou")]
    [TestCase("fr-FR", "baisse le son et dis-moi la capitale du ghana")]
    [TestCase("fr-FR", "monte le son")]
    [TestCase("fr-FR", "c'était quoi la capitale de l'allemagne avant la réunification")]
    [TestCase("fr-FR", "le chef-lieu du var")]
    [TestCase("fr-FR", "mets la télé")]
    [TestCase("fr-FR", "son anniversaire c'est quand")]
    [TestCase("fr-FR", "arrête les lumières")]
    [TestCase("fr-FR", "c'est la télé qui marche pas")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
