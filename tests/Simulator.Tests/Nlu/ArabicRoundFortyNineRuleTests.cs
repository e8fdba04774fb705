using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;
/// <summary>The Arabic families of round 49 tuning (session 59, TUNER65: the section *Round 49 tuning for Arabic (session
/// 59)*), each tried on sentences of our own rather than the corpus lines: vocatives and pidgin openers ("يا بنات", "اخي",
/// "حرقتك", "انا مافي يعرف / ما في فهم", "زميلي في السكن"), a follow-up with "كيف" after it or "و هادا" before it, openers
/// of a moment ("قبل ما نقلب الحجر / تفتح التذاكر", "بعد ما طلعنا من الماي", "الجو بارد", "في الفعالية"), goods from a
/// country ("دهن العود من", "العطر الفرنسي من") and "ذي البلاد", "الكونغو كنشاسا", reverse questions read as CityIntent ("الولاية اللي
/// عاصمتها", "عاصمة وش بلد"), "الدولة مو الولاية" after Georgia, "الجزر البريطانية"; people around a built-in ("استاذ",
/// "مدام", "العزابية"), help cues ("يقول ساعد", "الكلام اللي تفهمينه", "كيف هذا يشتغل", "ما عرفوا"), reasons before a stop
/// ("الاذان", "جو", "نايم", "المحاضرة بدت") and after a cancel ("قبل الاذان"), launch wording ("وديني", "للجماعة",
/// "حياك", "بعد السحور"); Pakistani provinces and Czechoslovakia as not places; with out-of-domain neighbours that must
/// still fall back.</summary>
public class ArabicRoundFortyNineRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("اليكسا وسويسرا يا بنات", "CH")]
    [TestCase("اليكسا و فرنسا كيف", "FR")]
    [TestCase("اليكسا و هادا غانا", "GH")]
    [TestCase("اليكسا حرقتك هل لاغوس عاصمة نيجيريا", "NG")]
    [TestCase("اليكسا اخي وش عاصمة بيرو", "PE")]
    [TestCase("اليكسا انا مافي يعرف عاصمة اريتريا", "ER")]
    [TestCase("اليكسا انا ما في فهم عاصمة لاوس ايش", "LA")]
    [TestCase("اليكسا قبل ما نلعب عاصمة بيرو", "PE")]
    [TestCase("اليكسا قبل ما تفتح البوابات عاصمة البرتغال", "PT")]
    [TestCase("اليكسا بعد ما طلعنا من البحر عاصمة فيجي", "FJ")]
    [TestCase("اليكسا الجو حار والسؤال عاصمة اليونان", "GR")]
    [TestCase("اليكسا جناح اليابان في الفعالية وش عاصمتها", "JP")]
    [TestCase("اليكسا التمر من العراق وش عاصمة هذي البلاد", "IQ")]
    [TestCase("اليكسا دهن العود من كمبوديا وش عاصمتها", "KH")]
    [TestCase("اليكسا العطر الفرنسي من ايطاليا وش عاصمتها", "IT")]
    [TestCase("اليكسا الكونغو كنشاسا وش عاصمتها", "CD")]
    [TestCase("اليكسا انا من كادونا وش عاصمة غانا", "GH")]
    [TestCase("اليكسا عاصمة الجزر البريطانية جزيرة جيرسي", "JE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("اليكسا يا استاذة الغي", "AMAZON.CancelIntent")]
    [TestCase("اليكسا المعلم يقول ساعد", "AMAZON.HelpIntent")]
    [TestCase("اليكسا عاصمة ايش دولة اكرا", "CityIntent")]
    [TestCase("اليكسا الولاية اللي عاصمتها اوستن", "CityIntent")]
    [TestCase("اليكسا وش الدولة اللي عاصمتها نيروبي", "CityIntent")]
    [TestCase("اليكسا الغي قبل الصلاة", "AMAZON.CancelIntent")]
    [TestCase("اليكسا الغي يا بنات", "AMAZON.CancelIntent")]
    [TestCase("اليكسا وش الكلام اللي تفهمه", "AMAZON.HelpIntent")]
    [TestCase("اليكسا ساعدي العزاب ما عرفوا", "AMAZON.HelpIntent")]
    [TestCase("اليكسا كيف هذي تشتغل", "AMAZON.HelpIntent")]
    [TestCase("اليكسا استاذ كيف استعمل المهارة", "AMAZON.HelpIntent")]
    [TestCase("اليكسا الضيوف جو وقف", "AMAZON.StopIntent")]
    [TestCase("اليكسا البيبي نايم اسكتي", "AMAZON.StopIntent")]
    [TestCase("اليكسا الاذان خلاص", "AMAZON.StopIntent")]
    [TestCase("اليكسا خلاص الحصة بدت", "AMAZON.StopIntent")]
    [TestCase("اليكسا وقفي نزل المطر", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("اليكسا وديني عواصم العالم بعد التراويح")]
    [TestCase("اليكسا حياكم شغلي عواصم العالم")]
    [TestCase("اليكسا افتحي عواصم العالم للجماعة")]
    public void The_skill_is_opened(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("اليكسا الجو كيف")]
    [TestCase("اليكسا الجو بارد")]
    [TestCase("اليكسا ساعد الفقراء")]
    [TestCase("اليكسا ما عرفوا الطريق")]
    [TestCase("اليكسا وش عاصمة الرواية")]
    [TestCase("اليكسا متى الاذان")]
    [TestCase("اليكسا الجماعة جو")]
    [TestCase("اليكسا شغلي الاذان")]
    [TestCase("اليكسا وش تفهمين في الطبخ")]
    [TestCase("اليكسا عطر الورد")]
    [TestCase("اليكسا وديني البيت")]
    [TestCase("اليكسا الولاية اللي عاصمتها")]
    [TestCase("اليكسا عاصمة وش بلد")]
    [TestCase("اليكسا حياك")]
    [TestCase("اليكسا اخي وين الشاحن")]
    [TestCase("اليكسا كيف حالك يا بنات")]
    [TestCase("اليكسا مدام نايم")]
    [TestCase("اليكسا وش عاصمة جمهورية تشيكوسلوفاكيا")]
    [TestCase("اليكسا عاصمة اقليم البنجاب الباكستاني")]
    [TestCase("اليكسا كيف")]
    [TestCase("اليكسا ساعد")]
    [TestCase("اليكسا ساعد الولد في الواجب")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
