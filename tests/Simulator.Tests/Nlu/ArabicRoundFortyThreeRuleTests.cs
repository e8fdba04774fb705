using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;
/// <summary>The Arabic families of round 43 tuning (/work/s49/sections/tune-ar.md, *Round 43 tuning for Arabic (session
/// 49)*), each tried on sentences of our own rather than the corpus lines: fillers around the question (the Gulf "ازين",
/// the vocatives "يا بت", "يالشباب", "يا شاطرة", a lesson's "دول الخليج", "عن افريقيا", a quiz "في
/// التلفزيون", a new speaker being tried "توني ركبت السماعة", "الصوت واضح", a returning student's "اللي كنت مبتعث فيها"),
/// sentence endings ("اللي فيها الجامعة حقتي", "اللي على الساحل الغربي", "مو الدولة", "مو اكبر مدينة", "هذا اسمها الرسمي",
/// "ايام الاستعمار", "اللي صار اسمها شي ثاني"); help cues ("هلبيني", "ما نعرف نلعبها", "ساعدي",
/// "طريقة الاسئلة", "قوليلي الطريقة"), the variants "عسب" (عشان), "جولي" (قولي), "بعواصم"; skill words ("اللعب",
/// "المسابقة", "يدتي", "الطالبات"); stop ("انتهت المسابقة", "وقفي اللعب", reasons opened by "الورق /
/// الاذان"); launch ("رجعي", "ستارت"); and not-places (Sardinia, Sicily, Corsica) that fall back, with out-of-domain
/// neighbours.</summary>
public class ArabicRoundFortyThreeRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("اليكسا ازين وعاصمة البرتغال", "PT")]
    [TestCase("اليكسا عاصمة تونس يا شاطرة", "TN")]
    [TestCase("اليكسا يالشباب عاصمة كينيا وش هي", "KE")]
    [TestCase("اليكسا دول الخليج عاصمة الكويت وش هي", "KW")]
    [TestCase("اليكسا نبدا عن افريقيا عاصمة غانا", "GH")]
    [TestCase("اليكسا المسابقة في التلفزيون تسال عن عاصمة البيرو", "PE")]
    [TestCase("اليكسا توني ركبت السماعة عاصمة اليابان", "JP")]
    [TestCase("اليكسا الصوت واضح وش عاصمة تركيا", "TR")]
    [TestCase("اليكسا عاصمة ولاية اوهايو اللي كنت مبتعث فيها", "US-OH")]
    [TestCase("اليكسا عاصمة ولاية كولورادو اللي فيها الجامعة حقتي", "US-CO")]
    [TestCase("اليكسا عاصمة ولاية اوريغون اللي على الساحل الغربي", "US-OR")]
    [TestCase("اليكسا عاصمة ولاية جورجيا مش الدولة", "US-GA")]
    [TestCase("اليكسا ولاية كاليفورنيا وش عاصمتها مو اكبر مدينة", "US-CA")]
    [TestCase("اليكسا عاصمة جمهورية الفلبين هذا اسمها الرسمي", "PH")]
    [TestCase("اليكسا عاصمة فولتا العليا ايام الاستعمار", "BF")]
    [TestCase("اليكسا عاصمة سيلان اللي صار اسمها شي ثاني", "LK")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("اليكسا هلبيني الله يخليك", "AMAZON.HelpIntent")]
    [TestCase("اليكسا وش نسوي في هاللعبة", "AMAZON.HelpIntent")]
    [TestCase("اليكسا يالشباب ما نعرف نلعبها", "AMAZON.HelpIntent")]
    [TestCase("اليكسا ساعدي يدتي", "AMAZON.HelpIntent")]
    [TestCase("اليكسا ساعدي الطالبات", "AMAZON.HelpIntent")]
    [TestCase("اليكسا وش طريقة الاسئلة", "AMAZON.HelpIntent")]
    [TestCase("اليكسا طيب جولي اعمل ايه", "AMAZON.HelpIntent")]
    [TestCase("اليكسا وش اقول عسب تعطيني العاصمة", "AMAZON.HelpIntent")]
    [TestCase("اليكسا وش اقدر اسوي بعواصم العالم", "AMAZON.HelpIntent")]
    [TestCase("اليكسا انتهت اللعبة", "AMAZON.StopIntent")]
    [TestCase("اليكسا وقف اللعب", "AMAZON.StopIntent")]
    [TestCase("اليكسا وقفي المسابقة", "AMAZON.StopIntent")]
    [TestCase("اليكسا اسكتي الاذان بدا", "AMAZON.StopIntent")]
    [TestCase("اليكسا الغي يا بت", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("اليكسا رجعي لي عواصم العالم")]
    [TestCase("اليكسا استارت عواصم العالم")]
    public void The_skill_is_opened(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("اليكسا عاصمة صقلية")]
    [TestCase("وش عاصمة جزيرة كورسيكا")]
    [TestCase("اليكسا عاصمة سردينيا")]
    [TestCase("اليكسا ساعدي امي في المطبخ")]
    [TestCase("اليكسا انتهت المباراة")]
    [TestCase("اليكسا درس اليوم عن الكسور")]
    [TestCase("اليكسا شغلي الاخبار في التلفزيون")]
    [TestCase("اليكسا توني ركبت السماعة")]
    [TestCase("اليكسا اغنية انجلينا جولي")]
    [TestCase("اليكسا ستارت المكيف")]
    [TestCase("اليكسا رجعي الاغنية")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
