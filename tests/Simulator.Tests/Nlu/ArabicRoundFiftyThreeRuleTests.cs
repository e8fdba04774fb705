using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;
/// <summary>The Arabic families of round 53 tuning (session 63, TUNER70: the section *Round 53 tuning for Arabic (session
/// 63)*), each tried on sentences of our own rather than the corpus lines: openers of a scene ("سهران وافكر في", "نستنى
/// الميكانيكي", "قبل ما نبدا التطريز") and the people who ask ("المرشد", "السايح", "النزيل", "المشرف"); endings ("الوقت
/// يخلص", "تقول سهلة", "اللي فيها بحيرات كثير", "اللي جاها الاعصار", "اللي مستقلة"); joins ("كوريا اللي تحت / فوق"; a
/// state's country said before "وش عاصمتها", "الاسترالية وش عاصمتها" as "وش عاصمتها"); a reverse question "وين تكون X
/// عاصمتها" (grammar); help cues ("فهميه", "طريقة السؤال عندك"); a cancel ("اعتبريه ما صار", "الغي اللي قاله", "تراجع عن
/// الطلب") and reasons after a cancel or a stop ("السطحة", "القطوة", "القبطان", "لقيناه", "عندي دوام", "نزلوا"); launch
/// verbs ("اتدرب", "نتدرب") and words around a launch ("بعد الغدا"); not places ("ويكاندا", "الكاريبي", "امبراطورية
/// المغول", "دولة هوكايدو"); with out-of-domain neighbours that must still fall back.</summary>
public class ArabicRoundFiftyThreeRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("اليكسا سهرانة وافكر في عاصمة البرتغال", "PT")]
    [TestCase("اليكسا نستنى الميكانيكي وش عاصمة كينيا", "KE")]
    [TestCase("اليكسا قبل ما نبدا التطريز وش عاصمة الاردن", "JO")]
    [TestCase("اليكسا عاصمة بيرو بسرعة الوقت يخلص", "PE")]
    [TestCase("اليكسا عاصمة اليابان المعلم يقول سهلة", "JP")]
    [TestCase("اليكسا المرشدة تسال عاصمة كندا اللي فيها بحيرات كثير", "CA")]
    [TestCase("اليكسا عاصمة هايتي اللي جاها الاعصار", "HT")]
    [TestCase("اليكسا عاصمة ايرلندا اللي مستقلة", "IE")]
    [TestCase("اليكسا النزيلة من مقاطعة اونتاريو الكندية تسال عاصمتها", "CA-ON")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("اليكسا وين تقع نيامي عاصمتها", "niamey")]
    [TestCase("اليكسا وين تكون فادوز عاصمتها", "vaduz")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("اليكسا عاصمة كوريا اللي فوق", "CapitalIntent")]
    [TestCase("اليكسا وش عاصمة كوريا الي تحت", "CapitalIntent")]
    [TestCase("اليكسا السايحة من ولاية كوينزلاند الاسترالية وش عاصمتها", "CapitalIntent")]
    [TestCase("اليكسا المشرف من ولاية بافاريا الالمانية وش عاصمتها", "CapitalIntent")]
    [TestCase("اليكسا فهميها الله يخليك", "AMAZON.HelpIntent")]
    [TestCase("اليكسا وش طريقة السؤال عندك", "AMAZON.HelpIntent")]
    [TestCase("اليكسا تراجع عن الطلب", "AMAZON.CancelIntent")]
    [TestCase("اليكسا اعتبره ما صار", "AMAZON.CancelIntent")]
    [TestCase("اليكسا الغي اللي قالته المعلمة", "AMAZON.CancelIntent")]
    [TestCase("اليكسا الغي الطلب السطحة جات", "AMAZON.CancelIntent")]
    [TestCase("اليكسا الغيه القطوة نامت", "AMAZON.CancelIntent")]
    [TestCase("اليكسا وقفي القبطان يتكلم", "AMAZON.StopIntent")]
    [TestCase("اليكسا اسكتي لقيناها", "AMAZON.StopIntent")]
    [TestCase("اليكسا وقف عندي محاضرة", "AMAZON.StopIntent")]
    public void A_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("اليكسا نبي نتدرب على عواصم العالم")]
    [TestCase("اليكسا ابي اتمرن مع عواصم العالم")]
    [TestCase("اليكسا شغلي عواصم العالم بعد العشاء")]
    [TestCase("اليكسا افتحي عواصم العالم قبل الغدا")]
    public void A_launch_in_other_words(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("اليكسا سهرانة وافكر في الامتحان")]
    [TestCase("اليكسا نستنى الميكانيكي من الصبح")]
    [TestCase("اليكسا الوقت يخلص بسرعة")]
    [TestCase("اليكسا المعلمة تقول سهلة")]
    [TestCase("اليكسا وش البحيرات اللي في فنلندا")]
    [TestCase("اليكسا اعتبريه هدية مني")]
    [TestCase("اليكسا فهميه الدرس")]
    [TestCase("اليكسا طريقة السؤال في المقابلة")]
    [TestCase("اليكسا القطوة عضتني")]
    [TestCase("اليكسا القبطان يتكلم")]
    [TestCase("اليكسا عندي دوام بكرة")]
    [TestCase("اليكسا لقينا الكنز")]
    [TestCase("اليكسا ابي اتدرب في النادي")]
    [TestCase("اليكسا افتحي الباب بعد الغدا")]
    [TestCase("اليكسا وين تكون الصيدلية")]
    [TestCase("اليكسا وش كانت عاصمة الامبراطورية المغولية")]
    [TestCase("اليكسا وش عاصمة ويكاندا")]
    [TestCase("اليكسا ايش عاصمة الكاريبي يا اليكسا")]
    [TestCase("اليكسا السطحة وصلت")]
    [TestCase("اليكسا وقف المكيف عندي دوام")]
    [TestCase("اليكسا الغي المنبه القطوة صحت")]
    [TestCase("اليكسا الغي الموعد عندي اجتماع")]
    [TestCase("اليكسا الركاب نزلوا")]
    [TestCase("اليكسا المرشد يتكلم عن المتحف")]
    [TestCase("اليكسا وش الجو في ولاية كارناتاكا الهندية")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
