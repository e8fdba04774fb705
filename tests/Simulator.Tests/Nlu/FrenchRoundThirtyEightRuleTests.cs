using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The French families of round 38 tuning (interactionModel/README.md, *Round 38 tuning for French (session
/// 39)*), each tried on sentences of our own rather than the corpus lines: lead-ins and tails no list had (Québec
/// "torrieux", "dans mon temps ... c'était pas la même", Antillean "ou ka sav", Réunion "zot i sava", Marseille "tè", "au
/// cabanon", "tu me la dis", "on s'en bat ... quand même", "wallah", "je l'ai sur le bout de la langue", "je savais pas",
/// "j'ai sept ans", "j'ai la radio"), a repair "non je rigole", "sa capitale à lui", a football tournament ("la coupe
/// d'afrique des nations", "la coupe du monde") that names no place, "a-tu / a-t-elle plusieurs capitales", a capital
/// that bears the country's name ("c'est pareil le nom de la ville"); cancels with a reason ("je me suis trompée de
/// pays", "c'est pas la bonne question"), help for someone else ("papi comprend pas peux-tu l'aider", "how does it work",
/// "mautadine"), a launch after "oh fan"; and not-places (Indochina, "le pays des licornes", the île d'Orléans) that fall
/// back; with out-of-domain neighbours that must still fall back.</summary>
public class FrenchRoundThirtyEightRuleTests
{
    [TestCase("fr-CA", "torrieux dans mon temps la capitale de l'ouzbékistan c'était pas la même", "UZ", Description = "'torrieux', 'dans mon temps', 'c'était pas la même'")]
    [TestCase("fr-FR", "ou ka sav la capitale de la dominique", "DM", Description = "Antillean 'ou ka sav'")]
    [TestCase("fr-FR", "la capitale de la norvège je l'ai sur le bout de la langue", "NO", Description = "'je l'ai sur le bout de la langue'")]
    [TestCase("fr-FR", "tè la capitale de la croatie au cabanon tu me la dis", "HR", Description = "Marseille 'tè', 'au cabanon', 'tu me la dis'")]
    [TestCase("fr-FR", "la capitale de la corse non je rigole de la hongrie", "HU", Description = "a repair 'non je rigole'")]
    [TestCase("fr-FR", "on s'en bat mais dis moi quand même la capitale du chili", "CL", Description = "'on s'en bat', 'quand même'")]
    [TestCase("fr-FR", "un joueur sénégalais c'est quoi sa capitale à lui", "SN", Description = "'sa capitale à lui'")]
    [TestCase("fr-FR", "zot i sava la capitale des seychelles c'est quoi", "SC", Description = "Réunion 'zot i sava'")]
    [TestCase("fr-FR", "il regarde la coupe d'afrique des nations c'est quoi la capitale du cameroun", "CM", Description = "'la coupe d'afrique des nations' names no place")]
    [TestCase("fr-FR", "la coupe du monde c'est quoi la capitale du qatar", "QA", Description = "'la coupe du monde' names no place")]
    [TestCase("fr-CA", "l'algérie a-tu plusieurs capitales", "DZ", Description = "Québec 'a-tu plusieurs capitales'")]
    [TestCase("fr-FR", "la bolivie a-t-elle deux capitales", "BO", Description = "'a-t-elle deux capitales'")]
    [TestCase("fr-FR", "et pour le koweït c'est pareil le nom de la ville", "KW", Description = "a capital with the country's name")]
    [TestCase("fr-FR", "j'ai sept ans c'est quoi la capitale du pérou", "PE", Description = "a child says its age")]
    [TestCase("fr-FR", "la capitale du mali c'est quoi j'ai la radio", "ML", Description = "a tail 'j'ai la radio'")]
    [TestCase("fr-FR", "wallah c'est quoi la capitale du maroc", "MA", Description = "'wallah'")]
    [TestCase("fr-FR", "un gars avec un maillot ghanéen m'a demandé sa capitale je savais pas", "GH", Description = "a tail 'je savais pas'")]
    public void A_capital_question_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "oh fan je me suis trompée de pays annule", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "c'était pas la bonne question annule", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "non laisse faire c'était pas ça", "AMAZON.CancelIntent")]
    [TestCase("fr-CA", "papi comprend pas peux-tu l'aider", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "mamie comprend pas", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "um how does it work comment ça marche", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "comment ça marche mautadine", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("fr-FR", "ah fan lance capitales du monde")]
    [TestCase("fr-FR", "oh fan démarre capitales du monde")]
    public void A_launch_after_an_interjection_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("fr-FR", "c'est quoi la capitale de l'indochine française")]
    [TestCase("fr-FR", "quelle est la capitale du pays des licornes")]
    [TestCase("fr-CA", "la capitale de l'île d'orléans c'est quoi")]
    [TestCase("fr-FR", "on s'en fout de la météo")]
    [TestCase("fr-FR", "papi comprend pas le match")]
    [TestCase("fr-FR", "c'était pas ça la recette")]
    [TestCase("fr-FR", "oh fan mets la musique")]
    [TestCase("fr-FR", "je l'ai sur le bout de la langue")]
    [TestCase("fr-FR", "j'ai sept ans")]
    [TestCase("fr-FR", "qui a gagné la coupe d'afrique des nations")]
    [TestCase("fr-FR", "j'ai la radio")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
