using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;
/// <summary>The Arabic families of round 52 tuning (session 62, TUNER69: the section *Round 52 tuning for Arabic (session
/// 62)*), each tried on sentences of our own rather than the corpus lines: openers of a scene ("السالفة", "برا السالفة",
/// "بابا", "صاحب البضاعة", "انا في العنبر ويدي مشغولة", "العيال زهقانين", "قبل ما اطبع التذكرة", "وانا اقطر الورد",
/// "احنا من تايلاند", "سائح"), endings ("عشان تتاكد", "اللي يتكلمون انجليزي", "الشباب يتحدون"), joins (a reported ask
/// "يسال عن عاصمة بلده" as "وش عاصمة بلده"; "ساوث افريكا", "ذا نذرلاندز", "هيماجل براديش", "الصين تايوان", "الكونغو
/// اللي عاصمتها برازافيل"; "وش اسم الدولة" after "عاصمتها X"); help cues ("وش يقدر يسال", "شرح قصير", "الاسئلة اللي
/// تجاوبها", "وش اقول بعد ما افتح") and the people around them ("المريض"); stop cues ("شبعنا عواصم") and a reason before
/// a stop ("المعلمة جت"); a cancel ("الغي اللي تقولينه", "الغي ذا الطلب") with a reason after it ("تراني"); not places and
/// other senses ("مملكة الحجاز", "عاصمة النحل"); with out-of-domain neighbours that must still fall back.</summary>
public class ArabicRoundFiftyTwoRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("اليكسا السالفة سريلانكا", "LK")]
    [TestCase("اليكسا بابا عاصمة الفلبين وش", "PH")]
    [TestCase("اليكسا انا في العنبر ويدي مشغولة عاصمة تشاد", "TD")]
    [TestCase("اليكسا العيال زهقانين وش عاصمة البيرو", "PE")]
    [TestCase("اليكسا قبل ما اطبع التذكرة وش عاصمة الاردن", "JO")]
    [TestCase("اليكسا وانا اقطر الورد وش عاصمة المغرب", "MA")]
    [TestCase("اليكسا احنا من تايلاند عاصمة لاوس", "LA")]
    [TestCase("اليكسا سائح من البرتغال يسال عن عاصمة بلده", "PT")]
    [TestCase("اليكسا عاصمة نيجيريا عشان تتاكد", "NG")]
    [TestCase("اليكسا عاصمة جامايكا اللي يتكلمون انجليزي", "JM")]
    [TestCase("اليكسا عاصمة فيجي الشباب يتحدون", "FJ")]
    [TestCase("اليكسا وش عاصمة ساوث افريكا", "ZA")]
    [TestCase("اليكسا عاصمة ذا نذرلاندز وش", "NL")]
    [TestCase("اليكسا عاصمة الكونغو اللي عاصمتها برازافيل", "CG")]
    [TestCase("اليكسا وش عاصمة هيماجل براديش", "IN-HP")]
    [TestCase("اليكسا وش عاصمة الصين تايوان", "TW")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("اليكسا عاصمتها نيامي وش اسم الدولة", "CityIntent")]
    [TestCase("اليكسا المريضة تبي تعرف وش تقدر تسال", "AMAZON.HelpIntent")]
    [TestCase("اليكسا وش نقدر نسال", "AMAZON.HelpIntent")]
    [TestCase("اليكسا اعطيني شرح قصير", "AMAZON.HelpIntent")]
    [TestCase("اليكسا ايش الاسئلة اللي تجاوبينها", "AMAZON.HelpIntent")]
    [TestCase("اليكسا ايش اقول بعد ما افتح عواصم العالم", "AMAZON.HelpIntent")]
    [TestCase("اليكسا خلاص شبعنا من العواصم", "AMAZON.StopIntent")]
    [TestCase("اليكسا شبعت عواصم اليوم", "AMAZON.StopIntent")]
    [TestCase("اليكسا المعلمة جت اسكتي", "AMAZON.StopIntent")]
    [TestCase("اليكسا الغي الطلب تراني غيرت رايي", "AMAZON.CancelIntent")]
    [TestCase("اليكسا الغي اللي تقولينه", "AMAZON.CancelIntent")]
    [TestCase("اليكسا الغي ذا الطلب", "AMAZON.CancelIntent")]
    public void A_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("اليكسا وش عاصمة النحل في العالم")]
    [TestCase("اليكسا عسل النحل وش فايدته")]
    [TestCase("اليكسا وش تاريخ مملكة الحجاز")]
    [TestCase("اليكسا عاصمة مملكة الحجاز وش كانت")]
    [TestCase("اليكسا شغلي لعبة برا السالفة")]
    [TestCase("اليكسا بابا وين المفتاح")]
    [TestCase("اليكسا العيال زهقانين")]
    [TestCase("اليكسا قبل ما اطبع التذكرة ذكريني بالموعد")]
    [TestCase("اليكسا وانا اقطر الورد شغلي اغنية")]
    [TestCase("اليكسا الشباب يتحدون في الملعب")]
    [TestCase("اليكسا وش يقدر يسال المحامي في المحكمة")]
    [TestCase("اليكسا عطيني شرح الدرس")]
    [TestCase("اليكسا شبعنا الحمدلله")]
    [TestCase("اليكسا المعلمة جت")]
    [TestCase("اليكسا الغي المنبه تراني صحيت")]
    [TestCase("اليكسا وش اسم الدولة اللي فازت بكاس العالم")]
    [TestCase("اليكسا تراني تعبانة")]
    [TestCase("اليكسا وش الاسئلة اللي تجي في الاختبار")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
