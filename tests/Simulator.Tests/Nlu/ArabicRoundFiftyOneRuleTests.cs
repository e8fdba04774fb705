using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;
/// <summary>The Arabic families of round 51 tuning (session 61, TUNER68: the section *Round 51 tuning for Arabic (session
/// 61)*), each tried on sentences of our own rather than the corpus lines: openers of a scene ("العدسات اللاصقة", "الضمان
/// من الوكيل", "الفلاش خرب", "الحرارة نزلت", "الجواز عندهم", "وحنا ننتظر", "الخريطة المعلقة", "مكتوب فيها", "مو واضحة",
/// pidgin "انا زوجة", "كثير"), an aside after the place ("تاخذ كم يوم"), endings ("بالعطارة"), a reported wish to know
/// ("يبي يعرف عاصمتها" through a join), "لدولة" as "دولة"; reverse questions read as CityIntent ("X في أي دولة [وهي
/// العاصمة|عاصمة]"); help cues ("وش فايدتها", "وش الخيارات", "كيف اقول لك اسم الدولة", "وش تسوي بالضبط", "طريقة
/// لعب", "كيف نسالك", "اشرحي لها", "ما في فاهم عربي", "ما عرف يستخدمها", "علميه") and the people around them ("الوالد",
/// "الوالدة"); stop cues ("طلعينا", "ما نبي العواصم"), reasons before a stop or a cancel ("فيه بلاغ", "خلصنا التنظيف",
/// "ينادوني", "دخل", "حار", "الشمس حارة", "الحمدلله", "الطابور طويل") and after it ("رايحين ننام", "نبي ننام", "البنت هي
/// اللي", "نبغى نكمل"); not places and other senses ("داغستان", "قبرص التركية", "عاصمة الشتاء", "العاصمة الصيفية",
/// "العاصمة الجديدة", "اهرامات" as another fact); with out-of-domain neighbours that must still fall back.</summary>
public class ArabicRoundFiftyOneRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("اليكسا الفلاش خرب والجديد من الصين عاصمتها ايش", "CN")]
    [TestCase("اليكسا الحرارة نزلت الحمد لله وش عاصمة بيرو", "PE")]
    [TestCase("اليكسا الجواز عندهم قولي عاصمة الهند", "IN")]
    [TestCase("اليكسا وحنا ننتظر فيزا اليابان وش عاصمتها", "JP")]
    [TestCase("اليكسا فيزا كندا تاخذ كم يوم وعاصمتها وش", "CA")]
    [TestCase("اليكسا حبيبي انا زوجة من الفلبين عاصمة كيف", "PH")]
    [TestCase("اليكسا عاصمة نيبال كثير صعبة ايش هي", "NP")]
    [TestCase("اليكسا الهيل من غواتيمالا وش عاصمتها بالعطارة", "GT")]
    [TestCase("اليكسا التاجر من مالي يبي يعرف عاصمتها", "ML")]
    [TestCase("اليكسا عواصم لدولة بوليفيا", "BO")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("اليكسا مسقط في أي دولة", "CityIntent")]
    [TestCase("اليكسا نيروبي في اي بلد وهي العاصمة", "CityIntent")]
    [TestCase("اليكسا اكرا في اي دولة عاصمة", "CityIntent")]
    [TestCase("اليكسا هذي المهارة وش فايدتها", "AMAZON.HelpIntent")]
    [TestCase("اليكسا وش الخيارات اللي عندك", "AMAZON.HelpIntent")]
    [TestCase("اليكسا كيف اقول لك اسم الدولة", "AMAZON.HelpIntent")]
    [TestCase("اليكسا وش تسوي بالضبط", "AMAZON.HelpIntent")]
    [TestCase("اليكسا ابي اعرف طريقة لعب المسابقة", "AMAZON.HelpIntent")]
    [TestCase("اليكسا كيف نسالك", "AMAZON.HelpIntent")]
    [TestCase("اليكسا الوالدة ما تعرف تستخدمك اشرحي لها", "AMAZON.HelpIntent")]
    [TestCase("اليكسا انا ما في فاهم عربي", "AMAZON.HelpIntent")]
    [TestCase("اليكسا الوالد ما عرف يستخدمها علميه", "AMAZON.HelpIntent")]
    [TestCase("اليكسا فيه بلاغ اسكتي", "AMAZON.StopIntent")]
    [TestCase("اليكسا خلصنا التنظيف سكري", "AMAZON.StopIntent")]
    [TestCase("اليكسا الضيوف ينادوني وقفي", "AMAZON.StopIntent")]
    [TestCase("اليكسا ابوي دخل اسكتي", "AMAZON.StopIntent")]
    [TestCase("اليكسا الجو حار اطفي", "AMAZON.StopIntent")]
    [TestCase("اليكسا الشمس حارة خلاص", "AMAZON.StopIntent")]
    [TestCase("اليكسا البنت نامت الحمدلله اسكتي", "AMAZON.StopIntent")]
    [TestCase("اليكسا خلاص رايحين ننام", "AMAZON.StopIntent")]
    [TestCase("اليكسا وقفي نبي ننام", "AMAZON.StopIntent")]
    [TestCase("اليكسا طلعينا", "AMAZON.StopIntent")]
    [TestCase("اليكسا طلعينا من اللعبة", "AMAZON.StopIntent")]
    [TestCase("اليكسا خلاص ما نبي العواصم", "AMAZON.StopIntent")]
    [TestCase("اليكسا الزحمة كثيرة والطابور طويل الغي", "AMAZON.CancelIntent")]
    [TestCase("اليكسا الغيه البنت هي اللي سالت", "AMAZON.CancelIntent")]
    [TestCase("اليكسا كنسلي نبغى نكمل اللعب", "AMAZON.CancelIntent")]
    public void A_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("اليكسا عاصمة الشتاء في الاردن")]
    [TestCase("اليكسا وش العاصمة الصيفية للمغرب")]
    [TestCase("اليكسا وش العاصمة الجديدة لاندونيسيا")]
    [TestCase("اليكسا عاصمة داغستان وش")]
    [TestCase("اليكسا وش عاصمة قبرص التركية")]
    [TestCase("اليكسا وش الدولة اللي فيها اهرامات غير السودان")]
    [TestCase("اليكسا العدسات اللاصقة وش سعرها")]
    [TestCase("اليكسا الفلاش خرب")]
    [TestCase("اليكسا الحرارة نزلت شوي")]
    [TestCase("اليكسا الفيزا تاخذ كم يوم")]
    [TestCase("اليكسا وش فايدة الزنجبيل")]
    [TestCase("اليكسا الزنجبيل وش فايدته")]
    [TestCase("اليكسا وش تسوي اليوم")]
    [TestCase("اليكسا طريقة لعب الشطرنج")]
    [TestCase("اليكسا اشرحي له الدرس")]
    [TestCase("اليكسا وش الخيارات في المطعم")]
    [TestCase("اليكسا كيف اقولك نكتة")]
    [TestCase("اليكسا جاء بلاغ")]
    [TestCase("اليكسا الطابور طويل")]
    [TestCase("اليكسا الولد نام الحمدلله")]
    [TestCase("اليكسا الشيخ دخل")]
    [TestCase("اليكسا دخل الراتب")]
    [TestCase("اليكسا وقف المكيف الجو حار")]
    [TestCase("اليكسا شغلي الاغاني الولد نام")]
    [TestCase("اليكسا الغي المنبه الولد صحي")]
    [TestCase("اليكسا الوالد وش يسوي")]
    [TestCase("اليكسا الخريطة المعلقة")]
    [TestCase("اليكسا ساعد امك")]
    [TestCase("اليكسا مكتوب فيها تاريخ الانتهاء")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
