using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Spellings of capitals Spanish speakers use beside the data's names (tools/capitals-data/languages/es.json,
/// capitalAliases: Lubliana beside Liubliana, Nasáu in every Spanish locale), found by a reverse question.</summary>
public class SpanishCapitalSpellingTests
{
    [TestCase("es-ES", "lubliana es la capital de qué país", "ljubljana")]
    [TestCase("es-MX", "de qué país es capital lubliana", "ljubljana")]
    [TestCase("es-ES", "nasáu es la capital de qué país", "nassau")]
    [TestCase("es-US", "de dónde es capital nasáu", "nassau")]
    public void A_reverse_question_names_the_city(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsCity(locale, utterance, id);
}
