using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A correction keeps the last place named (interactionModel/README.md, *A correction keeps the last place named
/// (session 21)*): a German hesitation or particle ("äh", "halt") between two places; an Arabic "no" said twice and
/// written as one word ("لالا") or "اسمحلي"; a Dutch "bedoel ik" after the place it puts in; a Japanese "じゃない"
/// between two places. Sentences of their own, no corpus line; the neighbours (a list, two places without a marker, a
/// single place before a trailing marker) stay as they were.</summary>
public class CorrectionKeepsLastPlaceRuleTests
{
    [TestCase("de-DE", "wie heißt die hauptstadt von polen äh tschechien", "CZ")]
    [TestCase("de-DE", "hauptstadt von dänemark halt schweden", "SE")]
    [TestCase("ar-SA", "عاصمة الاردن لالا سوريا", "SY")]
    [TestCase("ar-SA", "عاصمة العراق اسمحلي الكويت", "KW")]
    [TestCase("nl-NL", "wat is de hoofdstad van bolivia paraguay bedoel ik", "PY")]
    [TestCase("nl-NL", "hoofdstad van litouwen letland bedoel ik", "LV")]
    [TestCase("ja-JP", "ペルーじゃないチリの首都", "CL")]
    public void A_correction_keeps_the_last_place_named(string locale, string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf(locale, utterance, id);

    [TestCase("de-DE", "was ist die hauptstadt von polen und tschechien", "polen und tschechien")]
    [TestCase("nl-NL", "wat is de hoofdstad van bolivia en paraguay", "bolivia en paraguay")]
    public void A_list_of_two_places_stays_two_places(string locale, string utterance, string value)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.Slot("country")?.Value, Is.EqualTo(value));
            Assert.That(result.Slot("country")?.FirstMatch, Is.Null);
        });
    }
}
