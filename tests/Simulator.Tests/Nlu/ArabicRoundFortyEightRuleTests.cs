using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;
/// <summary>The Arabic families of round 48 tuning (session 57, TUNER63: the section *Round 48 tuning for Arabic (session
/// 57)*), each tried on sentences of our own rather than the corpus lines: vocatives with a first name ("يا خالد") and
/// pidgin "صديق / ساديق" before a built-in request, "ابي معلوم", "نكست" before a follow-up, "how many letters" after a question ("من كم حرف"),
/// "the goods come from there" ("ترا الرز منها"), study abroad and school-radio openers ("الابتعاث كان في", "فقرة
/// الاذاعة عن"), "before we get there" ("قبل ما نوصل"), game stakes ("اللي يغلط في ... يدفع الحساب"), "did you know ...
/// not a city" ("ليست سيدني"), a region of a federation after the place ("في شمال شرق استراليا", "على الساحل الشرقي"),
/// "صح ولا لا", "احكمي بيننا", "قلتلك", "وش من مقاطعة" in a reverse question, "مقاطعته"; cancels naming the last answer or
/// move ("الغي جوابي"), help for someone who does not know how to ask ("ابوي ما يعرف يسال"), people at work around a stop
/// ("اسكتي الخياط يتكلم") and a reason said before a stop ("الضيوف وصلوا وقفي"); "بين الحصص" around a launch; Saudi
/// towns and figurative capitals ("عاصمة البيتزا") as not places; with out-of-domain neighbours that must still fall
/// back.</summary>
public class ArabicRoundFortyEightRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("اليكسا وش عاصمة البرتغال يا خالد", "PT")]
    [TestCase("اليكسا ابي معلوم عاصمة نيبال", "NP")]
    [TestCase("اليكسا نكست المغرب", "MA")]
    [TestCase("اليكسا عاصمة الاردن من كم حرف", "JO")]
    [TestCase("اليكسا عاصمة فيتنام ترا الرز منها", "VN")]
    [TestCase("اليكسا الابتعاث كان في ولاية اوهايو وش عاصمتها", "US-OH")]
    [TestCase("اليكسا فقرة الاذاعة عن كينيا وش عاصمتها", "KE")]
    [TestCase("اليكسا قبل ما نوصل البيت وش عاصمة تونس", "TN")]
    [TestCase("اليكسا اللي يغلط في عاصمة البيرو يدفع الحساب", "PE")]
    [TestCase("اليكسا هل تعلم ان عاصمة استراليا ليست سيدني", "AU")]
    [TestCase("اليكسا وش عاصمة ولاية كوينزلاند في شمال شرق استراليا", "AU-QLD")]
    [TestCase("اليكسا عاصمة فلوريدا على الساحل الشرقي", "US-FL")]
    [TestCase("اليكسا عاصمة المغرب الرباط صح ولا لا", "MA")]
    [TestCase("اليكسا احكمي بيننا عاصمة تركيا انقرة ولا اسطنبول", "TR")]
    [TestCase("اليكسا زميلي من مانيتوبا وش عاصمة مقاطعته", "CA-MB")]
    [TestCase("اليكسا قلتلك عاصمة المانيا", "DE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("اليكسا هاليفاكس عاصمة وش من مقاطعة", "halifax")]
    public void A_city_asks_its_place(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("اليكسا الغي هادا", "AMAZON.CancelIntent")]
    [TestCase("اليكسا صديق وقفي", "AMAZON.StopIntent")]
    [TestCase("اليكسا ساديق ساعدني", "AMAZON.HelpIntent")]
    [TestCase("اليكسا الغي اخر حركة", "AMAZON.CancelIntent")]
    [TestCase("اليكسا الغي جوابي", "AMAZON.CancelIntent")]
    [TestCase("اليكسا الغي خليني انام", "AMAZON.CancelIntent")]
    [TestCase("اليكسا قول الطريقة", "AMAZON.HelpIntent")]
    [TestCase("اليكسا الموظف يعرف كيف يسال", "AMAZON.HelpIntent")]
    [TestCase("اليكسا الطلاب يسالون كيف يستعملون المهارة", "AMAZON.HelpIntent")]
    [TestCase("اليكسا ايش اقول لها", "AMAZON.HelpIntent")]
    [TestCase("اليكسا ابوي ما يعرف يسال", "AMAZON.HelpIntent")]
    [TestCase("اليكسا هاو دز ات وورك", "AMAZON.HelpIntent")]
    [TestCase("اليكسا وش تسوي المهارة", "AMAZON.HelpIntent")]
    [TestCase("اليكسا وقفي انتهت الحصة", "AMAZON.StopIntent")]
    [TestCase("اليكسا اسكتي الخياط يتكلم", "AMAZON.StopIntent")]
    [TestCase("اليكسا الدرس بدا وقفي", "AMAZON.StopIntent")]
    [TestCase("اليكسا الضيوف وصلوا وقفي", "AMAZON.StopIntent")]
    [TestCase("اليكسا وقتي خلص وقفي", "AMAZON.StopIntent")]
    [TestCase("اليكسا وقفي عندي زبون", "AMAZON.StopIntent")]
    [TestCase("اليكسا اطلعي المهندس وصل", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("اليكسا شغلي عواصم العالم بين الحصص")]
    [TestCase("اليكسا افتحي عواصم العالم نلعب المليون")]
    public void The_skill_is_opened(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("اليكسا وش عاصمة القطيف")]
    [TestCase("اليكسا عاصمة الخرج")]
    [TestCase("اليكسا وش عاصمة البرجر في امريكا")]
    [TestCase("اليكسا الغي الحجز")]
    [TestCase("اليكسا نكست")]
    [TestCase("اليكسا نكست الاغنية")]
    [TestCase("اليكسا كم حرف في كلمة بيت")]
    [TestCase("اليكسا وش اكبر مدينة في الهند")]
    [TestCase("اليكسا وش اقول لامي في عيد الام")]
    [TestCase("اليكسا قولي كيف الجو")]
    [TestCase("اليكسا الموسيقى بدت وقفي الاغنية")]
    [TestCase("اليكسا خليني انام")]
    [TestCase("اليكسا يا محمد تعال")]
    [TestCase("اليكسا اسال الجمهور")]
    [TestCase("اليكسا شغلي المليون")]
    [TestCase("اليكسا وش الاخبار في كندا")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
