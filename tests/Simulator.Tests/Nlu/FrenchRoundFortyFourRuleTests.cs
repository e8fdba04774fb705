using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 44 tuning (interactionModel/README.md, *Round 44 tuning for French (session
/// 46)*), each tried on sentences of our own rather than the corpus lines: lead-ins and tails ("pendant qu'on y est",
/// "ma langue a fourché", "je confonds toujours", "départage-nous", "il me l'a dit mais j'ai oublié", "à l'ehpad", "avant
/// son goûter", "au centre d'appels", "c'est niaiseux mais", "mais j'ai pas entendu laquelle", "pour mon examen de
/// citoyenneté", "y parlent de"); follow-up openers ("ouais et", "c'est beau pis", "et le suivant sur ma liste c'est");
/// the repair "attends non"; official names ("république tunisienne", "royaume du maroc", "république fédérale de
/// somalie", "commonwealth d'australie", "république du soudan du sud") and "saint-martin le côté français"; "c'est
/// écrit quoi comme capitale de"; plural questions ("y en a combien pis c'est quoi", "y a plusieurs capitales en");
/// reverse questions ("est une capitale c'est celle de quel pays", "de quel land allemand"); a state or region named
/// before "la capitale de cette région allemande / cet état brésilien / son land"; "il a une capitale c'est quoi"; Picard
/// "j'sais point", "i m'demande"; the question leads "gagent sur", "se chamaille sur"; "dis-moi plutôt celle de";
/// cancels, stops, helps and launches said another way ("vé", "anyway", "saha", "pá", "aupa", "yemma", "avó", "les
/// consignes", "sak pase", "pour le devoir de géo"); and not-places (Galicia, Béarn, Provence, the Canaries, Anticosti,
/// Nord-Pas-de-Calais, Little Italy) that fall back; with out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundFortyFourRuleTests
{
    [TestCase("fr-FR", "et pour le chili pendant qu'on y est", "CL", Description = "'pendant qu'on y est'")]
    [TestCase("fr-FR", "et le suivant sur ma liste c'est le pérou", "PE", Description = "'et le suivant sur ma liste c'est'")]
    [TestCase("fr-CA", "c'est beau pis pour le honduras", "HN", Description = "'c'est beau pis'")]
    [TestCase("fr-FR", "ouais et pour la hongrie", "HU", Description = "'ouais et'")]
    [TestCase("fr-CA", "anpil merci pis la capitale de la jamaïque", "JM", Description = "'anpil merci'")]
    [TestCase("fr-FR", "c'est quoi la capitale de saint-martin le côté français", "MF", Description = "'saint-martin le côté français'")]
    [TestCase("fr-FR", "sur la fiche c'est écrit quoi comme capitale de la république tunisienne", "TN", Description = "'c'est écrit quoi comme capitale de', 'république tunisienne'")]
    [TestCase("fr-FR", "quelle est la capitale du royaume du maroc", "MA", Description = "'royaume du maroc'")]
    [TestCase("fr-FR", "la capitale de la république fédérale de somalie", "SO", Description = "'république fédérale de somalie'")]
    [TestCase("fr-CA", "pour mon examen de citoyenneté la capitale du commonwealth d'australie c'est quoi", "AU", Description = "'pour mon examen de citoyenneté', 'commonwealth d'australie'")]
    [TestCase("fr-CA", "ils ont dit la capitale de la république du soudan du sud mais j'ai pas entendu laquelle", "SS", Description = "'mais j'ai pas entendu laquelle'")]
    [TestCase("fr-FR", "dis-moi la capitale du niger attends non du nigeria", "NG", Description = "the repair 'attends non'")]
    [TestCase("fr-FR", "ma langue a fourché la capitale de l'autriche non de l'australie", "AU", Description = "'ma langue a fourché'")]
    [TestCase("fr-FR", "ma sœur m'a parlé du ghana c'est quoi sa capitale elle me l'a dit mais j'ai oublié", "GH", Description = "'elle me l'a dit mais j'ai oublié'")]
    [TestCase("fr-CA", "les gars gagent sur la capitale du pérou", "PE", Description = "'gagent sur'")]
    [TestCase("fr-FR", "on se chamaille sur la capitale du kenya départage-nous", "KE", Description = "'se chamaille sur', 'départage-nous'")]
    [TestCase("fr-FR", "min fiu me demande la capitale de la lettonie et j'sais point", "LV", Description = "'et j'sais point'")]
    [TestCase("fr-FR", "ma cousine vit en bavière c'est quoi la capitale de cette région allemande", "DE-BY", Description = "'de cette région allemande'")]
    [TestCase("fr-FR", "mon ami vient de bahia c'est quoi la capitale de cet état brésilien", "BR-BA", Description = "'de cet état brésilien'")]
    [TestCase("fr-FR", "mon correspondant habite en hesse c'est quoi la capitale de son land", "DE-HE", Description = "'de son land'")]
    [TestCase("fr-FR", "à l'ehpad mon papi veut savoir la capitale de la grèce avant son goûter", "GR", Description = "'à l'ehpad', 'avant son goûter'")]
    [TestCase("fr-FR", "la capitale de la provence c'est pas une vraie capitale dis-moi plutôt celle de la tunisie", "TN", Description = "'dis-moi plutôt celle de'")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    // The NLU alone leaves these slots for the skill to resolve ("capitals eval" answers BO, US-VT and GL).
    [TestCase("fr-CA", "les capitales de la bolivie y en a combien pis c'est quoi", Description = "'y en a combien pis c'est quoi'")]
    [TestCase("fr-FR", "y a plusieurs capitales en bolivie c'est lesquelles", Description = "'y a plusieurs capitales en'")]
    [TestCase("fr-CA", "au centre d'appels une cliente du vermont me demande sa capitale c'est niaiseux mais c'est quoi", Description = "'au centre d'appels', 'c'est niaiseux mais'")]
    [TestCase("fr-FR", "et le groenland il a une capitale c'est quoi", Description = "'il a une capitale c'est quoi'")]
    public void A_capital_question_with_its_slot_left_to_the_skill(string locale, string utterance) =>
        LocaleNlu.AssertIntent(locale, utterance, "CapitalIntent");

    [TestCase("fr-FR", "dans mon livre y parlent de bamako c'est la capitale de quel pays", "bamako")]
    [TestCase("fr-FR", "mon voisin dit que nairobi est une capitale c'est celle de quel pays", "nairobi")]
    public void A_city_question_names_the_city(string locale, string utterance, string city) =>
        LocaleNlu.AssertReadsCity(locale, utterance, city);

    [TestCase("fr-FR", "laisse tomber vé", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "annule anyway", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "laisse tomber saha", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "stop pá", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "arrête yemma fait la sieste", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "aupa explique-moi", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "c'est quoi les consignes", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "explique-moi les règles", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-FR", "ouvre capitales du monde vé")]
    [TestCase("fr-CA", "ouvre capitales du monde sak pase")]
    [TestCase("fr-FR", "lance capitales du monde pour le devoir de géo")]
    [TestCase("fr-CA", "ouvre capitales du monde pour mon devoir")]
    public void A_launch_with_an_occasion_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-FR", "quelle est la capitale de la provence")]
    [TestCase("fr-FR", "c'est quoi la capitale des canaries")]
    [TestCase("fr-FR", "c'était quoi la capitale du béarn")]
    [TestCase("fr-FR", "la capitale du nord-pas-de-calais")]
    [TestCase("fr-CA", "c'est quoi la capitale de la petite italie à montréal")]
    [TestCase("fr-FR", "combien de capitales j'ai trouvées cette semaine")]
    [TestCase("fr-CA", "explique-moi les règles du hockey")]
    [TestCase("fr-FR", "c'est quoi les consignes de sécurité")]
    [TestCase("fr-FR", "ouais et la météo")]
    [TestCase("fr-CA", "c'est beau pis la météo")]
    [TestCase("fr-FR", "il a une capitale c'est quoi")]
    [TestCase("fr-FR", "dans mon roman y parlent de la guerre")]
    [TestCase("fr-FR", "y en a combien pis c'est quoi")]
    [TestCase("fr-FR", "il y a plusieurs capitales en europe")]
    [TestCase("fr-FR", "le royaume du maroc c'est beau")]
    [TestCase("fr-FR", "de quel land tu parles")]
    [TestCase("fr-FR", "ma langue a fourché")]
    [TestCase("fr-FR", "vé il pleut")]
    [TestCase("fr-FR", "anyway")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
