using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of round 18 (interactionModel/README.md, *Round 18 tuning for Arabic (session 16)*), each
/// tried on sentences of our own rather than the corpus lines: a friend's country (بلده), an Arabic learner, classical
/// words (حاضرة, رعاك الله, حبذا لو), Gulf pidgin, a thought on the way home, exam revision, "what's its name", Libyan and
/// Hassaniya words, a pilgrims' registration desk, a rephrase after a miss, reverse questions ending in a question word,
/// self-corrections, a relative's state, "its capitals", the dual عاصمتي, and stop, cancel, help and launch wordings;
/// with neighbours that must still fall back.</summary>
public class ArabicRoundEighteenRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("جاري من كينيا وش عاصمة بلده", "KE", Description = "a friend's country: بلده")]
    [TestCase("زميلتي من البيرو ما عاصمة بلدها", "PE")]
    [TestCase("صاحبي من ماليزيا ايش عاصمة بلاده", "MY")]
    [TestCase("قولي لي عاصمة كوريا الجنوبية انا اتعلم اللغة العربية", "KR", Description = "an Arabic learner")]
    [TestCase("أنا أدرس العربية ما عاصمة فيتنام", "VN")]
    [TestCase("ما حاضرة اليونان", "GR", Description = "classical حاضرة")]
    [TestCase("أخبريني حفظك الله عن عاصمة كندا", "CA", Description = "a classical blessing")]
    [TestCase("حبذا لو أخبرتني عن عاصمة لاتفيا", "LV")]
    [TestCase("بابا سوال عاصمة بنغلاديش ايش اسم", "BD", Description = "Gulf pidgin")]
    [TestCase("انا بلد نيبال عاصمة ايش", "NP")]
    [TestCase("انا ما في معلوم عاصمة كينيا انت كلام", "KE")]
    [TestCase("صديق انا روح مصر عاصمة ايش", "EG")]
    [TestCase("وانا سايق خطر ببالي عاصمة كوبا وش هي", "CU", Description = "a thought on the way")]
    [TestCase("اذاكر للاختبار ومو متاكد من عاصمة زامبيا", "ZM", Description = "exam revision")]
    [TestCase("ابغى اتاكد من جوابي عاصمة مالي وش هي", "ML")]
    [TestCase("ايش اسمه هذا اللي هو عاصمة السويد", "SE", Description = "what's its name")]
    [TestCase("وش اسمها هذي اللي هي عاصمة تركيا", "TR")]
    [TestCase("اليكسا نشدك عن عاصمة مصر", "EG", Description = "Libyan 'I ask you'")]
    [TestCase("شن هي عاصمة تونس نبو نعرفو توا", "TN")]
    [TestCase("اليكسا شني عاصمة الجزائر", "DZ")]
    [TestCase("مازال ما نعرف عاصمة المغرب قوليها", "MA", Description = "Hassaniya 'I still don't know'")]
    [TestCase("انا ما نعرف عاصمة السنغال كاع", "SN")]
    [TestCase("نبغى نسجل حجاج اندونيسيا ونبي اسم العاصمة", "ID", Description = "a pilgrims' registration desk")]
    [TestCase("نسجل الحجاج من ماليزيا ونحتاج اسم العاصمة", "MY")]
    [TestCase("ما فهمتي علي ابي عاصمة النمسا مو شي ثاني", "AT", Description = "a rephrase after a miss")]
    [TestCase("عاصمة السويد مو هذي ابي فنلندا", "FI", Description = "a self-correction")]
    [TestCase("عاصمة كوبا خليني اعدل كولومبيا", "CO")]
    [TestCase("عاصمة النمسا والا لا سويسرا", "CH")]
    [TestCase("خالي ساكن في ولاية تكساس عاصمتها وش", "US-TX", Description = "a relative's state, the question word last")]
    [TestCase("الهند وش عواصمها", "IN", Description = "'its capitals'")]
    [TestCase("بوليفيا عندها عاصمتين ايش اسمهم", "BO")]
    [TestCase("عاصمة بابوا غينيا", "PG", Description = "Papua New Guinea as said")]
    [TestCase("وش عاصمة بابوا نيو غينيا", "PG")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("عاصمتي اليابان والصين", Description = "the dual عاصمتي before two places")]
    [TestCase("عاصمتي لبنان وسوريا")]
    [TestCase("عاصمتا مصر والسودان")]
    public void The_dual_asks_for_two_capitals(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo("CapitalIntent"));

    [TestCase("البلد اللي عاصمته ليما ايش اسمه", Description = "the country whose capital is X, what is it called")]
    [TestCase("الدولة اللي عاصمتها هانوي وش اسمها")]
    [TestCase("الرباط عاصمة شن", Description = "Libyan 'what' last")]
    [TestCase("سمعت عن مدينة ادنبرة هي عاصمة وين")]
    public void A_reverse_question_asks_for_the_city(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo("CityIntent"));

    [TestCase("ابي اطلع", "AMAZON.StopIntent", Description = "'I want to get out'")]
    [TestCase("طيب نكمل بكرة", "AMAZON.StopIntent", Description = "'we'll go on tomorrow'")]
    [TestCase("باهي يكفي", "AMAZON.StopIntent")]
    [TestCase("خلها ما ابغى اعرف", "AMAZON.CancelIntent", Description = "'leave it, I don't want to know'")]
    [TestCase("خليها ما بدي اعرف", "AMAZON.CancelIntent")]
    [TestCase("وش نقدر نسالك", "AMAZON.HelpIntent", Description = "'what can we ask you'")]
    [TestCase("شن نقدر نقول", "AMAZON.HelpIntent")]
    [TestCase("هذي اول مرة استخدمها وش اسوي", "AMAZON.HelpIntent", Description = "'first time I use it'")]
    [TestCase("اني مش فاهمة اقول ايه", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("اليكسا حطي لي عواصم العالم", Description = "'put on' the skill")]
    [TestCase("اني عايزة عواصم العالم")]
    [TestCase("نبو نلعبو عواصم العالم", Description = "Libyan 'we want to play'")]
    public void A_launch_with_dialect_words(string utterance) =>
        LocaleNlu.AssertLaunches("ar-SA", utterance);

    [TestCase("عمي ساكن في تكساس وش الطقس عندهم", Description = "a relative's state, another fact")]
    [TestCase("صديقي من الفلبين وش اكلة بلده المشهورة")]
    [TestCase("بابا سوال الطقس ايش")]
    [TestCase("ابي اطلع برا البيت")]
    [TestCase("اليكسا حطي اغنية")]
    [TestCase("نشدك على الطقس توا")]
    [TestCase("وش اسمه هذا اللي هو مغني مشهور")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
}
