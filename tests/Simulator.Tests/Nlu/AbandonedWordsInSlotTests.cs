using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A restart at a preposition said again ("del nord no del sud", SpeechRepairs) abandons words of the name before
/// it: no slot value begins or ends with them, although they name a place as said, and a value with them inside resolves
/// without them ("corea del sud"). The frames here match a sample only as a near miss, which takes a place that resolves:
/// before the rule they took the name the speaker had corrected ("capitale della carolina del sud no del nord" answered
/// South Carolina). Sentences of our own, in the languages whose prepositions contract with the article; and neighbours
/// whose reading must not change (a repair misread in "no es", "no la" keeps the place before it).</summary>
public class AbandonedWordsInSlotTests
{
    [TestCase("it-IT", "capitale della carolina del sud no del nord", "US-NC")]
    [TestCase("it-IT", "capitale della corea del sud scusa del nord", "KP")]
    [TestCase("fr-FR", "la capitale de la caroline du nord oups je veux dire du sud", "US-SC")]
    [TestCase("fr-FR", "capitale du dakota du sud pardon du nord", "US-ND")]
    [TestCase("pt-BR", "capital da carolina do sul aliás do norte", "US-NC")]
    [TestCase("pt-BR", "capital do rio grande do norte ops do sul", "BR-RS")]
    [TestCase("es-MX", "capital de corea del sur no i mean del norte", "KP")]
    public void A_name_corrected_in_part_is_read_as_corrected(string locale, string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf(locale, utterance, id);

    [TestCase("it-IT", "capitale della carolina del sud", "US-SC")]
    [TestCase("fr-FR", "capitale du dakota du sud", "US-SD")]
    [TestCase("pt-BR", "capital do rio grande do norte", "BR-RN")]
    [TestCase("es-ES", "la capital de marruecos no es casablanca", "MA")]
    [TestCase("en-US", "what's the capital of gambia i mean zambia", "ZM")]
    public void A_name_said_once_or_replaced_whole_is_read_as_before(string locale, string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf(locale, utterance, id);
}
