using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of round 17 (interactionModel/README.md, *Round 17 tuning for Arabic (session 15)*), each
/// tried on sentences of our own rather than the corpus lines: Yemeni "I want" (اشتي), Iraqi and Hijazi particles, "and I
/// am not sure", "if not this one", a contest prize, a textbook question, an elder's "بنت الحلال", office English "confirm",
/// "nobody at home knows", a bet with friends, the Iraqi tag "صح لو لا", "and if I told you X", MSA "هل بامكانك اخباري",
/// Sao Tome's short name, self-corrections with "استغفر الله" and "بس اقصد", the wake word as speech recognition writes
/// it, "capital" glued to the place, and cancel, stop, help and launch wordings; with neighbours that must still fall back.</summary>
public class ArabicRoundSeventeenRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("اشتي اعرف عاصمة اليمن", "YE", Description = "Yemeni 'I want'")]
    [TestCase("نشتي نعرف عاصمة عمان", "OM", Description = "Yemeni 'we want'")]
    [TestCase("اشتي عاصمة الصومال لو سمحتي", "SO")]
    [TestCase("لعد شنو عاصمة سوريا", "SY", Description = "Iraqi 'then'")]
    [TestCase("عاصمة الكويت شنو يمعود", "KW", Description = "Iraqi address 'man'")]
    [TestCase("دحين وش عاصمة مصر", "EG", Description = "Hijazi 'now'")]
    [TestCase("عاصمة قطر ايش هي دحين", "QA")]
    [TestCase("ايش عاصمة تشاد وانا مو متاكد", "TD", Description = "'and I am not sure' after the question")]
    [TestCase("عاصمة النيبال وش هي ماني متاكدة", "NP")]
    [TestCase("لعد وين عاصمة الاردن اذا مو هذي", "JO", Description = "'if not this one' after the question")]
    [TestCase("شنو عاصمة ايران اذا مو هاي", "IR")]
    [TestCase("الجائزة على عاصمة بوليفيا", "BO", Description = "a contest prize")]
    [TestCase("والجايزة على عاصمة ماليزيا ايش هي", "MY")]
    [TestCase("في كتاب الجغرافيا سؤال عن عاصمة البيرو", "PE", Description = "a textbook question")]
    [TestCase("سؤال عن عاصمة كولومبيا وش الجواب", "CO")]
    [TestCase("في كتاب الدراسات عاصمة فيتنام ايش الجواب", "VN")]
    [TestCase("يا بنت الحلال وش عاصمة ليبيا", "LY", Description = "an elder's address")]
    [TestCase("يا ولد الحلال قولي لي عاصمة تونس", "TN")]
    [TestCase("ابي اسوي كونفيرم عاصمة استراليا", "AU", Description = "office English 'confirm'")]
    [TestCase("ابي اتاكد وش عاصمة كندا", "CA", Description = "'I want to make sure'")]
    [TestCase("خليني اتاكد عاصمة البرازيل ايش", "BR")]
    [TestCase("محد في البيت يعرف عاصمة بلجيكا وش هي", "BE", Description = "'nobody at home knows'")]
    [TestCase("ما احد يعرف عاصمة النرويج", "NO")]
    [TestCase("ولا احد في البيت يعرف عاصمة تركيا", "TR")]
    [TestCase("والله ما اعرف عاصمة الهند واصحابي يضحكون علي", "IN", Description = "'and my friends laugh at me'")]
    [TestCase("تراهنت مع صاحبي على عاصمة المكسيك وش هي", "MX", Description = "a bet with a friend")]
    [TestCase("تراهنت مع ربعي على عاصمة الارجنتين", "AR")]
    [TestCase("بغداد عاصمة العراق صح لو لا", "IQ", Description = "Iraqi tag 'right or not'")]
    [TestCase("جدة مو عاصمة السعودية صح لو لا", "SA")]
    [TestCase("الموصل عاصمة العراق لو لا", "IQ")]
    [TestCase("هل بامكانك اخباري بعاصمة المملكة المغربية", "MA", Description = "MSA 'can you tell me'")]
    [TestCase("هل بإمكانك ان تخبرني بعاصمة اليونان", "GR")]
    [TestCase("عاصمة ساو تومي", "ST", Description = "Sao Tome's short name")]
    [TestCase("وش عاصمة سان تومي", "ST")]
    [TestCase("عاصمة البيرو لا استغفر الله قصدي تشيلي", "CL", Description = "a self-correction with استغفر الله")]
    [TestCase("عاصمة النمسا لا ثانية بس اقصد المجر", "HU", Description = "a self-correction with بس اقصد")]
    [TestCase("الكسا عاصمة لبنان ايش", "LB", Description = "the wake word as speech recognition writes it")]
    [TestCase("اليكسه وش عاصمة الاردن", "JO")]
    [TestCase("عاصمةالمغرب", "MA", Description = "'capital' glued to the place")]
    [TestCase("وش عاصمةتونس", "TN")]
    [TestCase("ايش عاصمةجنوب افريقيا", "ZA")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("اوكي واذا قلت لك بولندا", "PL", Description = "'and if I told you X' as a follow-up")]
    [TestCase("طيب واذا قلتلك فنلندا", "FI")]
    [TestCase("واذا قلت لك كوبا", "CU")]
    public void A_follow_up_names_the_place(string utterance, string id) =>
        Assert.That(Recognize(utterance).Slot("country")!.FirstMatch?.Id, Is.EqualTo(id));

    [TestCase("الغي السؤال", "AMAZON.CancelIntent", Description = "'cancel the question'")]
    [TestCase("ما يحتاج الغيه", "AMAZON.CancelIntent", Description = "'no need, cancel it'")]
    [TestCase("الغيها ما ابيها", "AMAZON.CancelIntent")]
    [TestCase("ما اريده الغي", "AMAZON.CancelIntent")]
    [TestCase("طلعي من اللعبة", "AMAZON.StopIntent", Description = "'get out of the game'")]
    [TestCase("طلعيني من المهارة", "AMAZON.StopIntent")]
    [TestCase("اطلعي من اللعبة يا اليكسا", "AMAZON.StopIntent")]
    [TestCase("اشتي مساعدة", "AMAZON.HelpIntent", Description = "Yemeni 'I want help'")]
    [TestCase("ابي مساعدة كيف يشتغل هذا", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("افتحي عواصم العالم يمعود", Description = "Iraqi 'man' after the launch")]
    [TestCase("ابغى افتح عواصم العالم دحين", Description = "Hijazi 'now' after the launch")]
    [TestCase("شغلي لعبة عواصم العالم دحين")]
    public void A_launch_with_dialect_words(string utterance) =>
        LocaleNlu.AssertLaunches("ar-SA", utterance);

    [TestCase("الكابيتال ليتر يعني ايش", Description = "'capital letter' is another sense")]
    [TestCase("وش يعني كابيتال ليتر")]
    [TestCase("اكتب لي بالكابيتال لتر")]
    [TestCase("سؤال عن الطقس في باريس", Description = "a question opener before another topic")]
    [TestCase("الجائزة على الفريق الفائز", Description = "a prize with no capital question")]
    [TestCase("ما حد في البيت يعرف يشغل المكيف", Description = "'nobody at home knows' before a device request")]
    [TestCase("عاصمةالموضة", Description = "'capital' glued to a figurative noun")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
}
