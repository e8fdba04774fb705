using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of the round-21 tuning half (interactionModel/README.md, *Round 21 tuning for Arabic
/// (session 21)*), each tried on sentences of our own rather than the corpus lines: Tunisian and Algerian fillers
/// ("يعيشك", "بلا ما تطولي", "راني نحوس على"), a blind user's "ما بشوف اقرئيلي", a time limit "قبل ما يخلص الوقت",
/// "تحقق من" / "اريد التاكد من اسم", the glued "عاصمةال" and French "الكابيتال", and help, stop and cancel wordings of
/// the Maghreb, the Gulf and the Levant; with neighbours that must still fall back.</summary>
public class ArabicRoundTwentyOneRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("عاصمة كندا شنية يعيشك", "CA", Description = "Tunisian 'please' (may he keep you alive)")]
    [TestCase("راني نحوس على عاصمة بيرو", "PE", Description = "Algerian 'I am looking for'")]
    [TestCase("عاصمة كرواتيا قبل ما يخلص الوقت", "HR", Description = "a quiz time limit after the question")]
    [TestCase("تحققي من عاصمة الفلبين", "PH", Description = "'check the capital of'")]
    [TestCase("اريد التأكد من اسم عاصمة اثيوبيا", "ET", Description = "'I want to make sure of the name of'")]
    [TestCase("عاصمةال نيبال", "NP", Description = "the article glued to 'capital' by recognition")]
    [TestCase("الكابيتال متاع الدنمارك شنية", "DK", Description = "French 'capital' in Arabic letters")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("عاونيني", "AMAZON.HelpIntent", Description = "Maghrebi 'help me'")]
    [TestCase("وش الاوامر اللي تفهمها", "AMAZON.HelpIntent", Description = "'which commands do you understand'")]
    [TestCase("نقدر نسقسيك", "AMAZON.HelpIntent", Description = "Algerian 'may I ask you'")]
    [TestCase("شنوة نقول", "AMAZON.HelpIntent", Description = "Tunisian 'what do I say'")]
    [TestCase("انا يبغى مساعدة يا اليكسا", "AMAZON.HelpIntent", Description = "Gulf pidgin 'I want help'")]
    [TestCase("كافي خلاص", "AMAZON.StopIntent", Description = "Gulf 'enough'")]
    [TestCase("طفي روحك", "AMAZON.StopIntent", Description = "Levantine 'switch yourself off'")]
    [TestCase("اسكت ابغى انام", "AMAZON.StopIntent", Description = "'be quiet, I want to sleep'")]
    [TestCase("معليش انسى", "AMAZON.CancelIntent", Description = "'never mind, forget it'")]
    [TestCase("ما يهمنيش", "AMAZON.CancelIntent", Description = "Maghrebi 'I don't care'")]
    [TestCase("الغي هذا الطلب", "AMAZON.CancelIntent", Description = "'cancel this request'")]
    [TestCase("ما نحبش", "AMAZON.CancelIntent", Description = "Tunisian 'I don't want'")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("تحقق من الطقس في دبي")]
    [TestCase("قبل ما يخلص الوقت كم الساعة")]
    [TestCase("يعيشك شغلي الموسيقى")]
    [TestCase("كم عدد سكان كندا يعيشك")]
    public void An_other_request_still_falls_back(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo("AMAZON.FallbackIntent"));
}
