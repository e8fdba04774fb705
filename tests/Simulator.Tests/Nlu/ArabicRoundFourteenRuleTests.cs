using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of round 14's tuning half (interactionModel/README.md, *Round 14 tuning for Arabic*), each
/// tried on sentences of our own rather than the corpus lines: a teacher's ask or an announcer's words reported (الابلة قالت
/// لنا نحفظ, المذيع قال ... وما فهمته), a moved capital, "the same question", "on the tip of my tongue", a formal "please
/// inform me of", "officially" and "its name" (اسمها), the kids asking on the road, "all of them" (جميعها), a quiz, "not the
/// Democratic one", an ocean after the place, "if you know", help "can you help me a bit", stop "I want to leave", cancel
/// "and don't answer" and a launch "start for us ... come on".</summary>
public class ArabicRoundFourteenRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("المعلمة قالت لنا نحفظ عاصمة كندا", "CA", Description = "a teacher's ask reported")]
    [TestCase("الاستاذة طلبت منا عاصمة اسبانيا", "ES")]
    [TestCase("الأستاذ قال لنا نحفظ عاصمة الأرجنتين", "AR")]
    [TestCase("المعلم طلب منا نعرف عاصمة تركيا", "TR")]
    [TestCase("المذيعة قالت اسم عاصمة مالي وما فهمتها", "ML", Description = "the announcer said it and I didn't catch it")]
    [TestCase("المذيع قال عاصمة تشاد وما سمعته زين", "TD")]
    [TestCase("قالوا في الاخبار عاصمة اوكرانيا وما لحقت", "UA")]
    [TestCase("وش عاصمة اندونيسيا بعد ما نقلوها", "ID", Description = "'after they moved it'")]
    [TestCase("عاصمة مصر الحين بعد ما نقلوا العاصمة", "EG")]
    [TestCase("وش عاصمة البرازيل بعد ما غيروها", "BR")]
    [TestCase("والبيرو نفس السؤال", "PE", Description = "'the same question' as a follow-up")]
    [TestCase("نفس السؤال عن تشيلي", "CL")]
    [TestCase("وفنلندا نفس الشي", "FI")]
    [TestCase("على طرف لساني عاصمة استراليا", "AU", Description = "'on the tip of my tongue'")]
    [TestCase("عاصمة نيوزيلندا على طرف لساني وش هي", "NZ")]
    [TestCase("على راس لساني عاصمة كمبوديا وش هي", "KH")]
    [TestCase("ارجو افادتي عن عاصمة المجر", "HU", Description = "a formal 'please inform me of'")]
    [TestCase("أرجو إفادتي باسم عاصمة كرواتيا", "HR")]
    [TestCase("افيديني باسم عاصمة صربيا", "RS")]
    [TestCase("عاصمة جمهورية مصر العربية وش اسمها رسميا", "EG", Description = "'officially' / 'its name'")]
    [TestCase("عاصمة المملكة الاردنية الهاشمية رسميا", "JO")]
    [TestCase("العاصمة الفرنسية اسمها ايش", "FR", Description = "the nisba adjective, then 'its name'")]
    [TestCase("العاصمة الايطالية اسمها ايش", "IT")]
    [TestCase("العاصمة الالمانية وش اسمها", "DE")]
    [TestCase("احنا في الطريق والعيال يسألون عن عاصمة فرنسا", "FR", Description = "on the road, the kids ask")]
    [TestCase("الاولاد في السيارة يبغون يعرفون عاصمة الصين", "CN")]
    [TestCase("احنا بالسيارة وش عاصمة اليابان", "JP")]
    [TestCase("عواصم جنوب افريقيا جميعها", "ZA", Description = "'all of them' (جميعها)")]
    [TestCase("اذكري عواصم ماليزيا جميعها", "MY")]
    [TestCase("عواصم هولندا كلها جميعها", "NL")]
    [TestCase("سؤال الجائزة عاصمة فيجي", "FJ", Description = "a quiz or prize question")]
    [TestCase("في المسابقة سألوني عن عاصمة توغو", "TG")]
    [TestCase("في لعبة الأسئلة سألني عن عاصمة بنين", "BJ")]
    [TestCase("جمهورية الكونغو مش الديمقراطية وش عاصمتها", "CG", Description = "'not the Democratic one'")]
    [TestCase("وش عاصمة جمهورية الكونغو وليس الديمقراطية", "CG")]
    [TestCase("عاصمة الكونغو مش الديمقراطية", "CD+CG", Description = "bare Congo stays both: the filler does not read the negation")]
    [TestCase("عاصمة موريشيوس في المحيط الهندي", "MU", Description = "where the island lies")]
    [TestCase("وش عاصمة جزر مارشال في المحيط الهادي", "MH")]
    [TestCase("عاصمة جامايكا في البحر الكاريبي", "JM")]
    [TestCase("عاصمة تونغا اذا كنتي تعرفين", "TO", Description = "'if you know'")]
    [TestCase("وش عاصمة بالاو لو تعرفين", "PW")]
    [TestCase("اذا تعرفين عاصمة ساموا وش هي", "WS")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("ممكن تساعديني", "AMAZON.HelpIntent", Description = "'can you help me (a bit)'")]
    [TestCase("تساعدني شوية لو سمحتي", "AMAZON.HelpIntent")]
    [TestCase("ايش الأشياء اللي تقدرين تسوينها", "AMAZON.HelpIntent")]
    [TestCase("وش الشي اللي تقدري تساعديني فيه", "AMAZON.HelpIntent")]
    [TestCase("ابغى اطلع من المهارة", "AMAZON.StopIntent", Description = "'I want to leave the skill'")]
    [TestCase("ودي أخرج من اللعبة", "AMAZON.StopIntent")]
    [TestCase("بغيت اطلع من التطبيق", "AMAZON.StopIntent")]
    [TestCase("كنسلي ولا تردين", "AMAZON.CancelIntent", Description = "cancel 'and don't answer'")]
    [TestCase("الغيها ولا تجاوبين على السؤال", "AMAZON.CancelIntent")]
    [TestCase("لا تردين على هذا", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("المعلمة قالت لنا نحفظ جدول الضرب")]
    [TestCase("العيال في السيارة يبون يسمعون اغاني")]
    [TestCase("المذيع قال الطقس حار وما فهمته")]
    [TestCase("ارجو افادتي عن حالة الطقس")]
    [TestCase("سؤال الجائزة كم عدد سكان الصين")]
    [TestCase("كم عدد سكان عاصمة فرنسا رسميا")]
    [TestCase("ابي اطلع من البيت")]
    [TestCase("ممكن تساعديني في الطبخ")]
    [TestCase("وش عملة اليابان اذا كنتي تعرفين")]
    [TestCase("اطول نهر في افريقيا نفس السؤال")]
    [TestCase("احنا بالسيارة ومعنا العيال")]
    [TestCase("على طرف لساني اسم الممثل")]
    [TestCase("عواصم الموضة جميعها")]
    [TestCase("ابي اطلع من البيت بدري")]
    [TestCase("لا تردين على الجوال")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));

    [TestCase("ابدئي لنا عواصم العالم", Description = "'start for us', 'come on'")]
    [TestCase("اليكسا ابدأ لي عواصم العالم يلا")]
    [TestCase("شغلي لنا عواصم العالم هيا")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches("ar-SA", utterance);
}
