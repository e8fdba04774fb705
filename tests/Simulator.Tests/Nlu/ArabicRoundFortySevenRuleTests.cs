using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;
/// <summary>The Arabic families of round 47 tuning (interactionModel/README.md, *Round 47 tuning for Arabic (session
/// 55)*), each tried on sentences of our own rather than the corpus lines: "ترا",
/// "I have not memorised / we do not know" before a question ("ما حفظت", "ما ندري"), follow-up openers ("كملي",
/// "واخر وحدة"), "قولي عاصمة ولاية" with the state read, "وتبي" after a child studying
/// ("بنتي تذاكر وتبي"), "لاي" as "اي" in a reverse question, "اسمحي لي" as a repair; help ("وش اقدر اطلب منك",
/// "ارشادات", "فزعة", "الطريقة كيف", "اعيدي الشرح", "كيف اسال عن ولاية"), cancel after "شنو ده", subjects and events
/// that open a reason after a stop or a cancel ("نمنا", "الحاج غير رايه"); "بين الرحلات"
/// around a launch; Saudi regions and old kingdoms as not places; with out-of-domain neighbours that must still fall
/// back.</summary>
public class ArabicRoundFortySevenRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("اليكسا ما حفظت عاصمة النرويج", "NO")]
    [TestCase("اليكسا ما ندري وش عاصمة ماليزيا", "MY")]
    [TestCase("اليكسا كملي وكينيا", "KE")]
    [TestCase("اليكسا واخر وحدة السويد", "SE")]
    [TestCase("اليكسا قولي عاصمة ولاية تكساس", "US-TX")]
    [TestCase("اليكسا ولدي يذاكر ويبي عاصمة تركيا", "TR")]
    [TestCase("اليكسا عاصمة كينيا اسمحي لي تنزانيا", "TZ")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("اليكسا بوبال عاصمة لاي ولاية هندية", "bhopal")]
    public void A_city_asks_its_place(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("اليكسا ايش اقدر اطلب منك", "AMAZON.HelpIntent")]
    [TestCase("اليكسا عطيني ارشادات", "AMAZON.HelpIntent")]
    [TestCase("اليكسا ابي فزعتك", "AMAZON.HelpIntent")]
    [TestCase("اليكسا كيف الطريقة", "AMAZON.HelpIntent")]
    [TestCase("اليكسا عيدي الشرح", "AMAZON.HelpIntent")]
    [TestCase("اليكسا كيف اسال عن مقاطعة", "AMAZON.HelpIntent")]
    [TestCase("اليكسا ايش ده الغي", "AMAZON.CancelIntent")]
    [TestCase("اليكسا خلاص بننام", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("اليكسا شغلي عواصم العالم بين المحاضرات")]
    public void The_skill_is_opened(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("اليكسا وش عاصمة منطقة جازان")]
    [TestCase("اليكسا عاصمة الدولة العباسية")]
    [TestCase("اليكسا وش الارشادات المرورية")]
    [TestCase("اليكسا الغدا جاهز")]
    [TestCase("اليكسا الطيارة جات")]
    [TestCase("اليكسا كملي الاغنية")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
