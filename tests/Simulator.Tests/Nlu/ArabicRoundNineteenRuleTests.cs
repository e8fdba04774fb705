using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of round 19 (interactionModel/README.md, *Round 19 tuning for Arabic (session 18)*), each
/// tried on sentences of our own rather than the corpus lines: Levantine "really, I don't know" (عنجد ما بعرف) and
/// "tell me" (قليلي), Maghrebi "excuse me", "now", "to me" and "do you know" (سمحي ليا, دابا, ليا, كتعرفي), "the one they
/// talk about", a trip or honeymoon being planned, "I heard it has two capitals" (لها), a neighbour follow-up, glued
/// words and a clipped wake word from speech recognition, and stop, cancel, help and launch wordings; with neighbours
/// that must still fall back.</summary>
public class ArabicRoundNineteenRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("عن جد ما بعرفش عاصمة الاردن", "JO", Description = "Levantine 'really, I don't know'")]
    [TestCase("ما بعرف شو عاصمة البرتغال عنجد", "PT")]
    [TestCase("قليلي عاصمة تشيلي", "CL", Description = "Levantine 'tell me'")]
    [TestCase("سمحي ليا شنو هي عاصمة السنغال", "SN", Description = "Maghrebi 'excuse me'")]
    [TestCase("دابا قولي ليا العاصمة ديال اسبانيا", "ES", Description = "Maghrebi 'now tell me'")]
    [TestCase("واش كتعرف العاصمة ديال البرازيل", "BR", Description = "Maghrebi 'do you know'")]
    [TestCase("واش كتعرفي عاصمة السويد", "SE")]
    [TestCase("وش عاصمة المكسيك اللي يقولون عنها", "MX", Description = "'the one they talk about'")]
    [TestCase("ايش عاصمة كينيا اللي يقولو عليها", "KE")]
    [TestCase("ناويين نسافر اليونان عاصمتها وش", "GR", Description = "a trip being planned")]
    [TestCase("ناوي اروح ماليزيا عاصمتها ايش", "MY")]
    [TestCase("بنسافر تركيا وش عاصمتها", "TR")]
    [TestCase("سمعت ان بوليفيا لها عاصمتين وش هم", "BO", Description = "'I heard it has two capitals'")]
    [TestCase("سمعت انو ماليزيا لها عاصمتين شو اسمهم", "MY")]
    [TestCase("اكسا ايش عاصمة فرنسا", "FR", Description = "a clipped wake word")]
    [TestCase("ماعاصمة النرويج", "NO", Description = "a glued question word")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("طيب اللي جنبها الارجنتين", "AR", Description = "a neighbour follow-up")]
    [TestCase("وجارها العراق", "IQ")]
    [TestCase("والجارة تشاد", "TD")]
    public void A_neighbour_follow_up_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("صافي باركا", "AMAZON.StopIntent", Description = "Maghrebi 'enough'")]
    [TestCase("بركا", "AMAZON.StopIntent")]
    [TestCase("سدي", "AMAZON.StopIntent", Description = "Moroccan 'close it'")]
    [TestCase("ما ابغى العب خلاص", "AMAZON.StopIntent", Description = "'I don't want to play'")]
    [TestCase("مابدي كمل", "AMAZON.StopIntent")]
    [TestCase("الغي كلامي", "AMAZON.CancelIntent", Description = "'cancel what I said'")]
    [TestCase("امسحي اللي قلته", "AMAZON.CancelIntent")]
    [TestCase("لا مش هذا الغي", "AMAZON.CancelIntent")]
    [TestCase("هيلب", "AMAZON.HelpIntent", Description = "English 'help' in Arabic script")]
    [TestCase("محتاج مساعدة ياخو", "AMAZON.HelpIntent", Description = "'I need help, brother'")]
    [TestCase("عايز مساعدة يا زول", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("اليكسا شغليلي عواصم العالم", Description = "'open for me' glued")]
    [TestCase("افتحلي عواصم العالم")]
    public void A_launch_with_a_glued_pronoun(string utterance) =>
        LocaleNlu.AssertLaunches("ar-SA", utterance);

    [TestCase("ناوين شهر العسل في المالديف وش الطقس هناك")]
    [TestCase("بنسافر تركيا الصيف الجاي")]
    [TestCase("ناوي اروح ماليزيا السنة الجاية")]
    [TestCase("سمعت ان اسبانيا لها اكلات حلوة")]
    [TestCase("دابا قولي ليا نكتة")]
    [TestCase("عنجد ما بعرف شو الطقس بكرا")]
    [TestCase("جارتها بتطبخ اكل طيب")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
}
