using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of round 30 tuning (*Round 30 tuning for Arabic (session 31)*), each tried on sentences
/// of our own rather than the corpus lines: the addresses and tags of South Asian, Filipino and Turkish speakers ("بهاي",
/// "بيته", "بو", "ياه", "تالاغا", "سالامات", "يا بادي", "حايدي", "ايفيت", "ياني"), the Levantine "يخو", "هديك", the
/// endings "هيدي", "هونيك", "بصوت عالي" and "مو", the learner's "ما اعرف عربي زين", the repairs "نا نا اقصد", "ناين
/// اقصد", "يوك يوك قصدي", "لا مو هيك قصدي", names written in two words ("سيرا ليون", "فيت نام", "غواتي مالا"), the
/// Turkish cancel "ايبتال", help ("الاوامر الممكنة", "ما عم تفهمي"), and launches around "حايدي", "يا زلمة", "انا كفيف";
/// "الالماس" (diamonds) after "عاصمة" falls back; with out-of-domain neighbours that must
/// still fall back.</summary>
public class ArabicRoundThirtyRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("بهاي عاصمة بنغلاديش ايش", "BD", Description = "the Urdu address 'بهاي' said first")]
    [TestCase("عاصمة سريلانكا بهاي", "LK", Description = "'بهاي' said last")]
    [TestCase("عاصمة اليابان بو", "JP", Description = "the Filipino 'po' written 'بو'")]
    [TestCase("والبرازيل ياه", "BR", Description = "a follow-up ending 'ياه'")]
    [TestCase("يخو شو عاصمة الاردن", "JO", Description = "the Levantine 'يخو'")]
    [TestCase("تالاغا ما عاصمة ماليزيا", "MY", Description = "the Tagalog 'talaga'")]
    [TestCase("حايدي عاصمة اليونان", "GR", Description = "the Turkish 'haydi'")]
    [TestCase("ايفيت شو عاصمة هولندا", "NL", Description = "the Turkish 'evet'")]
    [TestCase("وهديك موريتانيا يا عمي", "MR", Description = "a follow-up with 'هديك' (that one)")]
    [TestCase("طيب والي اسمها بوركينا فاسو", "BF", Description = "a follow-up with 'الي اسمها'")]
    [TestCase("انا ما اعرف عربي زين ما عاصمة البرتغال", "PT", Description = "the learner's 'ما اعرف عربي زين'")]
    [TestCase("ولك شو عاصمة السنغال هيدي", "SN", Description = "the Lebanese ending 'هيدي'")]
    [TestCase("عاصمة فنزويلا شو هي بصوت عالي", "VE", Description = "the ending 'بصوت عالي' (out loud)")]
    [TestCase("عاصمة الهند نا نا اقصد باكستان", "PK", Description = "the repair 'نا نا اقصد'")]
    [TestCase("عاصمة النمسا ناين اقصد سويسرا", "CH", Description = "the repair 'ناين اقصد'")]
    [TestCase("عاصمة ايران يوك يوك قصدي العراق", "IQ", Description = "the repair 'يوك يوك قصدي'")]
    [TestCase("عاصمة كندا لا مو هيك قصدي المكسيك", "MX", Description = "the repair 'لا مو هيك قصدي'")]
    [TestCase("عاصمة سيرا ليون", "SL", Description = "Sierra Leone in two words")]
    [TestCase("ما عاصمة فيت نام", "VN", Description = "Vietnam in two words")]
    [TestCase("عاصمة غواتي مالا يا اخوي", "GT", Description = "Guatemala in two words")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("ايبتال ايبتال", "AMAZON.CancelIntent")]
    [TestCase("الغيه يا بادي", "AMAZON.CancelIntent")]
    [TestCase("خلاص بو سالامات", "AMAZON.StopIntent")]
    [TestCase("ما هي الاوامر الممكنة", "AMAZON.HelpIntent")]
    [TestCase("يا عمي شو بتعرفي تعملي انتي", "AMAZON.HelpIntent")]
    [TestCase("ما عم تفهمي", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("حايدي شغلي عواصم العالم")]
    [TestCase("افتحي عواصم العالم يا زلمة")]
    [TestCase("انا كفيفة افتحي عواصم العالم")]
    public void Opening_the_skill_as_users_say_it_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("بهاي الشاي جاهز")]
    [TestCase("يخو وين المفتاح")]
    [TestCase("ايبتال الموعد")]
    [TestCase("هيدي السيارة حلوة")]
    [TestCase("تالاغا الجو حار اليوم")]
    [TestCase("الالماس غالي بافريقيا")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
