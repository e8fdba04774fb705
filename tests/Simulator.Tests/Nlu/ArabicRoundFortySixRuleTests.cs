using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;
/// <summary>The Arabic families of round 46 tuning (/work/s53/sections/tune-ar.md, *Round 46 tuning for Arabic (session
/// 53)*), each tried on sentences of our own rather than the corpus lines: work and outing openers of a capital question
/// ("الفرع بتاعنا في", "المورد بتاعنا في", "ابي اتاكد من", "الشاف كيسول على", "في المخيم نسال عن", "يا رجال"), endings
/// ("اللي زرناها", "قبل لا ننام", "بعد", Moroccan "كتعرفيها"), "ولا اقول لك" as a repair; cancel ("لغي هادشي", "انتي الغي",
/// "الغي هذا السؤال", "الغي وش قلت", "ما كان قصدي", "الغي ونبدأ من جديد"), help ("قواعد اللعبة", "كيف اسال
/// عن الدول", "يبغون يعرفون كيف يستخدمونك", "ما الذي يمكنني ان اقول", "كيف اطرح سؤال", "يا ارباب", "انت يساعد انا") and
/// stop ("انت يسكت") phrasings; subjects and clauses that open a reason after a stop or a cancel ("المندوب", "المشرف",
/// "الشفت", "الفطور", "لازم نروح", "جاء دوري"); blessings around a launch ("بارك الله فيك"); "عاصمة الموضة / القهوة" in
/// another sense; with out-of-domain neighbours that must still fall back.</summary>
public class ArabicRoundFortySixRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("اليكسا الفرع بتاعنا في تونس عاصمتها ايه", "TN")]
    [TestCase("اليكسا المورد بتاعنا في اليابان عاصمتها ايه", "JP")]
    [TestCase("اليكسا ابي اتاكد من عاصمة استراليا", "AU")]
    [TestCase("اليكسا وش عاصمة البرازيل اللي زرناها", "BR")]
    [TestCase("اليكسا قولي عاصمة الهند قبل لا ننام", "IN")]
    [TestCase("اليكسا تكساس بعد", "US-TX")]
    [TestCase("اليكسا الشاف كيسول على عاصمة المغرب", "MA")]
    [TestCase("اليكسا في المخيم نسال عن عاصمة كندا", "CA")]
    [TestCase("اليكسا عاصمة النمسا ولا اقول لك استراليا", "AU")]
    [TestCase("اليكسا عاصمة المانيا كتعرفيها", "DE")]
    [TestCase("اليكسا وش عاصمة اليونان يا رجال", "GR")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("اليكسا الغي الطلب المندوب وصل", "AMAZON.CancelIntent")]
    [TestCase("اليكسا وقفي المشرف جا", "AMAZON.StopIntent")]
    [TestCase("اليكسا ستوب الشفت خلص", "AMAZON.StopIntent")]
    [TestCase("اليكسا وقفي لازم نروح", "AMAZON.StopIntent")]
    [TestCase("اليكسا خلاص جاء دوري", "AMAZON.StopIntent")]
    [TestCase("اليكسا انت يسكت", "AMAZON.StopIntent")]
    [TestCase("اليكسا لغي هادشي", "AMAZON.CancelIntent")]
    [TestCase("اليكسا انتي الغي", "AMAZON.CancelIntent")]
    [TestCase("اليكسا الغي هذا السؤال", "AMAZON.CancelIntent")]
    [TestCase("اليكسا الغي وش قلت", "AMAZON.CancelIntent")]
    [TestCase("اليكسا ما كان قصدي", "AMAZON.CancelIntent")]
    [TestCase("اليكسا وش قواعد اللعبة", "AMAZON.HelpIntent")]
    [TestCase("اليكسا كيف اسال عن الدول", "AMAZON.HelpIntent")]
    [TestCase("اليكسا الزوار يبغون يعرفون كيف يستخدمونك", "AMAZON.HelpIntent")]
    [TestCase("اليكسا ما الذي يمكنني ان اقول", "AMAZON.HelpIntent")]
    [TestCase("اليكسا كيف اطرح سؤال", "AMAZON.HelpIntent")]
    [TestCase("اليكسا يا ارباب ساعدني", "AMAZON.HelpIntent")]
    [TestCase("اليكسا المشرفة تسال كيف تشتغلين", "AMAZON.HelpIntent")]
    [TestCase("اليكسا انت يساعد انا", "AMAZON.HelpIntent")]
    [TestCase("اليكسا الغي ونبدأ من جديد", "AMAZON.CancelIntent")]
    [TestCase("اليكسا ستوب الفطور جاهز", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("اليكسا افتحي عواصم العالم بارك الله فيك")]
    [TestCase("اليكسا شغلي عواصم العالم جزاك الله خير")]
    public void The_skill_is_opened(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("اليكسا وش عاصمة الموضة في العالم")]
    [TestCase("اليكسا كيف اسوي كبسة")]
    [TestCase("اليكسا خل الولد يسكت")]
    [TestCase("اليكسا الغي المنبه")]
    [TestCase("اليكسا الشاف كيسول على الاكل")]
    [TestCase("اليكسا العامل وصل")]
    [TestCase("اليكسا قواعد اللغة العربية")]
    [TestCase("اليكسا جا دوري")]
    [TestCase("اليكسا كيف اطرح الجذر")]
    [TestCase("اليكسا الفرع الجديد في الرياض متى يفتح")]
    [TestCase("اليكسا ساعد الولد يسكت")]
    [TestCase("اليكسا وش عاصمة القهوة")]
    [TestCase("اليكسا الفطور جاهز")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
