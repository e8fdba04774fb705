using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A reverse question that names the capital first and then asks which country it is ("hauptstadt lima welches
/// land ist das", "dónde queda asunción de qué país es capital"): samples of the German and Spanish city question (session
/// 52). Sentences of our own.</summary>
public class CapitalNamedFirstReverseQuestionTests
{
    [TestCase("de-DE", "alexa hauptstadt lima welches land ist das", "lima")]
    [TestCase("de-DE", "die hauptstadt nairobi welches land ist das", "nairobi")]
    [TestCase("es-ES", "alexa dónde queda asunción de qué país es capital", "asuncion")]
    [TestCase("es-MX", "dónde está tegucigalpa de qué país es la capital", "tegucigalpa")]
    public void The_city_named_first_is_asked_about(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsCity(locale, utterance, id);
}
