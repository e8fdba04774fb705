using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;
/// <summary>The Arabic families of round 44 tuning (/work/s50/sections/tune-ar.md, *Round 44 tuning for Arabic (session
/// 50)*), each tried on sentences of our own rather than the corpus lines: "لنا" as a function word ("قولي لنا"), "عدد لي" before a plural question, "كله / كل شي" after a
/// cancel, "انتهى الوقت / الوقت خلص" before a stop; cancel cues ("تجاهل اللي قلته", "الغي الجولة"); help cues ("هلب مي",
/// "ابغى اعرف الاوامر", "علميني وش اقول", "كيف اسال عن", "اشرح لنا"); stop cues ("ستوب ذا قيم", "ارجو التوقف") and
/// "الاطفال" opening a reason; skill words ("الجولة", "القوانين", "الاوامر", "قيم"); launch words around the name
/// ("للمذاكرة", "يا عيال"); with out-of-domain neighbours that must still fall back.</summary>
public class ArabicRoundFortyFourRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("اليكسا قولي لنا عاصمة المغرب", "MA")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("اليكسا تجاهل اللي قلته", "AMAZON.CancelIntent")]
    [TestCase("اليكسا الغي كل شي", "AMAZON.CancelIntent")]
    [TestCase("اليكسا الغي الجولة الحين", "AMAZON.CancelIntent")]
    [TestCase("اليكسا هلب مي", "AMAZON.HelpIntent")]
    [TestCase("اليكسا ابغى اعرف الاوامر", "AMAZON.HelpIntent")]
    [TestCase("اليكسا علميني وش اقول", "AMAZON.HelpIntent")]
    [TestCase("اليكسا كيف اسال عن الدول", "AMAZON.HelpIntent")]
    [TestCase("اليكسا اشرح لنا القوانين", "AMAZON.HelpIntent")]
    [TestCase("اليكسا الوقت خلص وقفي", "AMAZON.StopIntent")]
    [TestCase("اليكسا ارجو التوقف", "AMAZON.StopIntent")]
    [TestCase("اليكسا وقف الاطفال نايمين", "AMAZON.StopIntent")]
    [TestCase("اليكسا ستوب ذا قيم", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("اليكسا افتح عواصم العالم للمذاكرة")]
    [TestCase("اليكسا افتح عواصم العالم يا عيال")]
    public void The_skill_is_opened(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("اليكسا وش نقول عن الطقس")]
    [TestCase("اليكسا الغي المنبه")]
    [TestCase("اليكسا وقف الموسيقى")]
    [TestCase("اليكسا انتهى الوقت في المباراة كم النتيجة")]
    [TestCase("اليكسا عدد لي سكان مصر")]
    [TestCase("اليكسا كيف اطلب بيتزا")]
    [TestCase("اليكسا اشرح لنا النسبية")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
