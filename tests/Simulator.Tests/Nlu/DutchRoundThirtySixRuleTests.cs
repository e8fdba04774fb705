using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 36 tuning (README section *Round 36 tuning for Dutch (session 46)*), each tried
/// on sentences of our own rather than the corpus lines: follow-up leads "van de volgende halte", "van mevrouw haar
/// geboorteland"; fillers "ey", "gg", "voor / met de welpen", "voor de bewoners"; stop and cancel with a reason (the gate,
/// the residents, the cubs, the travellers); launch with "kun je ... even", "zou je ... willen", "gaan we", "voor de
/// bewoners / reizigers", "in de kantine", "voor pakjesavond"; not-places (the Bijlmer, the Antilles, Beneluxland, Oranje,
/// Polynesia, Schengen, the Lion King's kingdom); with out-of-domain neighbours that must still fall back.</summary>
public class DutchRoundThirtySixRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("en van de volgende halte belgië", "BE", Description = "'van de volgende halte'")]
    [TestCase("en van mevrouw haar geboorteland turkije", "TR", Description = "'van mevrouw haar geboorteland'")]
    [TestCase("ey wat is de hoofdstad van peru", "PE", Description = "'ey'")]
    [TestCase("gg wat is de hoofdstad van japan", "JP", Description = "'gg'")]
    [TestCase("de hoofdstad van italië voor de welpen", "IT", Description = "'voor de welpen'")]
    [TestCase("wat is de hoofdstad van ierland voor de bewoners", "IE", Description = "'voor de bewoners'")]
    [TestCase("wat is de hoofdstad van frans-polynesië", "PF", Description = "a real territory beside the not-place 'polynesië'")]
    [TestCase("wat is de hoofdstad van nederland", "NL", Description = "a real country beside the not-places")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("help mij even voor de welpen", "AMAZON.HelpIntent")]
    [TestCase("uitleg graag voor de bewoners", "AMAZON.HelpIntent")]
    [TestCase("ey laat maar", "AMAZON.CancelIntent")]
    [TestCase("laat maar de gate gaat zo dicht", "AMAZON.CancelIntent")]
    [TestCase("stop maar de welpen gaan slapen", "AMAZON.StopIntent")]
    [TestCase("gg stop er maar mee", "AMAZON.StopIntent")]
    [TestCase("alexa stop de reizigers willen rust", "AMAZON.StopIntent")]
    [TestCase("hou op de bewoners gaan slapen", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa open hoofdsteden van de wereld voor de bewoners")]
    [TestCase("alexa start hoofdsteden van de wereld voor de reizigers")]
    [TestCase("alexa kun je hoofdsteden van de wereld even starten")]
    [TestCase("alexa open hoofdsteden van de wereld in de kantine")]
    [TestCase("alexa zou je hoofdsteden van de wereld willen starten")]
    [TestCase("alexa gaan we hoofdsteden van de wereld spelen")]
    [TestCase("alexa speel hoofdsteden van de wereld voor pakjesavond")]
    public void The_invocation_name_with_words_around_it_launches(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("wat is de hoofdstad van de bijlmer")]
    [TestCase("welke stad is de hoofdstad van de antillen")]
    [TestCase("wat is de hoofdstad van beneluxland")]
    [TestCase("hoe heet de hoofdstad van oranje")]
    [TestCase("wat is de hoofdstad van polynesië")]
    [TestCase("wat is de hoofdstad van schengen")]
    [TestCase("wat is de hoofdstad van het koninkrijk van de leeuwenkoning")]
    [TestCase("en van het land van de pieten")]
    [TestCase("wat is de volgende halte")]
    [TestCase("wat is mevrouw haar geboorteland")]
    [TestCase("de gate gaat dicht")]
    [TestCase("de bewoners gaan eten")]
    [TestCase("gg wat een spel")]
    [TestCase("ey hoe gaat het")]
    [TestCase("wie is de leider van de welpen")]
    [TestCase("alexa gaan we naar de kantine")]
    [TestCase("alexa kun je de lamp even aanzetten")]
    [TestCase("wat kost een reis naar de antillen")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
