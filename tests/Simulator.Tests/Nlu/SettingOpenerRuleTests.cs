using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Session 31: a noun of another topic (BuiltInCues otherTopics: a room, the radio, the television) said just after a
/// setting opener of ClauseWords.&lt;language&gt;.json ("au", "dans", "im", "en", "nella", "na", "in") in the clause before a
/// capital question is where the speaker is or heard of it, not a request of that topic; the same noun said any other way
/// ("mets la radio", "turn on the light in the kitchen") still keeps the question from being read past.</summary>
public class SettingOpenerRuleTests
{
    [TestCase("fr-FR", "ma grand-mère au salon veut savoir la capitale du sénégal", "SN")]
    [TestCase("fr-FR", "on est dans la cuisine avec les petits la capitale du pérou", "PE")]
    [TestCase("fr-CA", "à la radio ce matin ils ont demandé la capitale du burundi", "BI")]
    [TestCase("de-DE", "mein opa im wohnzimmer möchte die hauptstadt von kenia", "KE")]
    [TestCase("de-DE", "meine kinder in der küche fragen die hauptstadt von chile", "CL")]
    [TestCase("es-ES", "en la radio hoy preguntaron la capital de senegal", "SN")]
    [TestCase("it-IT", "mia nonna in cucina vuole sapere la capitale del senegal", "SN")]
    [TestCase("pt-BR", "no rádio hoje perguntaram a capital do senegal", "SN")]
    [TestCase("nl-NL", "mijn oma in de keuken vraagt de hoofdstad van senegal", "SN")]
    [TestCase("en-US", "my grandma in the kitchen wants to know the capital of senegal", "SN")]
    public void A_topic_noun_after_a_setting_opener_is_where_the_speaker_is(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "mets la radio dans la cuisine la capitale du pérou")]
    [TestCase("fr-FR", "allume la lumière au salon et la capitale du chili")]
    [TestCase("de-DE", "mach die musik im wohnzimmer an die hauptstadt von peru")]
    [TestCase("es-ES", "pon la música en la cocina y la capital de perú")]
    [TestCase("it-IT", "accendi la luce in cucina dimmi la capitale del perù")]
    [TestCase("en-US", "turn on the light in the kitchen the capital of peru")]
    [TestCase("en-US", "play music in the kitchen and the capital of peru")]
    public void A_request_of_the_other_topic_still_falls_back(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
