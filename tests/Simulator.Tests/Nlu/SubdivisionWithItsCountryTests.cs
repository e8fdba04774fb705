using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A state or province said with its kind and then its country (session 44, interactionModel/README.md "Landing
/// notes (session 44, lead)"): Spanish "la capital de la provincia de X en Y", Arabic "ولاية X في Y عاصمتها" with the
/// place first. The place is the country slot, its country the parent slot; a noun that is no place, or a region the data does not
/// have, still falls back.</summary>
public class SubdivisionWithItsCountryTests
{
    private static Interpretation Recognize(string locale, string utterance) => LocaleNlu.Recognize(locale, utterance);

    [TestCase("es-US", "la capital de la provincia de saskatchewan en canadá", "CA-SK", "CA")]
    [TestCase("es-MX", "cuál es la capital del estado de sonora en méxico", "MX-SON", "MX")]
    [TestCase("ar-SA", "ولاية اوهايو في امريكا عاصمتها", "US-OH", "US")]
    [TestCase("ar-SA", "ولاية كيرالا في الهند وش عاصمتها", "IN-KL", "IN")]
    [TestCase("ar-SA", "اقليم كيبيك في كندا عاصمته ايش", "CA-QC", "CA")]
    public void The_place_is_read_with_its_country(string locale, string utterance, string id, string parent)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("parent")?.FirstMatch?.Id, Is.EqualTo(parent), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("es-MX", "la capital de la provincia de la moda en italia")]
    [TestCase("es-ES", "capital de la región de murcia en españa")]
    [TestCase("ar-SA", "ولاية الرياضة في امريكا عاصمتها")]
    public void A_noun_that_is_no_place_still_falls_back(string locale, string utterance) =>
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo("AMAZON.FallbackIntent"));
}
