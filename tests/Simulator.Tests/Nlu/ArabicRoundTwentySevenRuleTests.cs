using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of round 27 tuning (*Round 27 tuning for Arabic (session 27)*), each tried on sentences
/// of our own rather than the corpus lines: openers, thanks and addresses of other languages said by Arabic speakers (the
/// Cypriot Greek "ايلا", "ري", "باراكالو", "افخاريستو", "ياسو"; the Japanese "انو", "سوميماسين", "اريغاتو"; the Urdu "جي",
/// "يار", "بهائي", "جناب", "شكريه", "بالكل", "نهين نهين"; the Balkan "اكا", "دوبرو", "اوبا", "افندي", "فالمينديريت"; the
/// Kurdish "هفالا"; the Levantine "هلقيت"); "لا اعرف" and "في هذه الايام" said last; the child's "عاثمة"; help ("كيف
/// يعمل", "لا افهم", "ما هي الاوامر", "ماذا يمكنني ان اسال"), stop ("اوقف", "بيكفي", "انتهينا", "اغلق البرنامج") and cancel
/// ("الغ", "الغاء") wordings; launches with those openers; and regions the data lacks (سنجق, هوكايدو, ولاية السند,
/// القرم) and the sport "الكريكت" that fall back; with out-of-domain neighbours that must still fall back.</summary>
public class ArabicRoundTwentySevenRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("ايلا شو عاصمة اليونان", "GR", Description = "the Cypriot Greek 'ايلا' (come on)")]
    [TestCase("ري شو عاصمة لبنان", "LB", Description = "the Cypriot Greek 'ري'")]
    [TestCase("باراكالو ما عاصمة قبرص", "CY", Description = "the Greek 'باراكالو' (please)")]
    [TestCase("ياسو اليكسا شو عاصمة مالطا", "MT", Description = "the Greek 'ياسو' (hello)")]
    [TestCase("انو ما عاصمة الصين", "CN", Description = "the Japanese 'انو' (um)")]
    [TestCase("سوميماسين ما هي عاصمة كوريا الجنوبية", "KR", Description = "the Japanese 'سوميماسين' (excuse me)")]
    [TestCase("جي ما عاصمة نيبال", "NP", Description = "the Urdu 'جي'")]
    [TestCase("بهائي جان شو عاصمة افغانستان", "AF", Description = "the Urdu 'بهائي جان'")]
    [TestCase("ما عاصمة بنغلاديش يار", "BD", Description = "the Urdu 'يار' said last")]
    [TestCase("جناب ما هي عاصمة باكستان", "PK", Description = "the Urdu 'جناب' (sir)")]
    [TestCase("اكا ما عاصمة البوسنة", "BA", Description = "the Balkan 'اكا'")]
    [TestCase("دوبرو وكرواتيا", "HR", Description = "the Balkan 'دوبرو' (good) before a follow-up")]
    [TestCase("يا افندي ما عاصمة تركيا", "TR", Description = "'يا افندي'")]
    [TestCase("هفالا شو عاصمة العراق", "IQ", Description = "the Kurdish 'هفالا' (friend)")]
    [TestCase("هلقيت شو عاصمة الاردن", "JO", Description = "the Levantine 'هلقيت' (now)")]
    [TestCase("ما عاصمة اوغندا لا اعرف", "UG", Description = "'لا اعرف' said last")]
    [TestCase("ما هي عاصمة ماليزيا في هذه الايام", "MY", Description = "'في هذه الايام' said last")]
    [TestCase("شو عاثمة المغرب", "MA", Description = "the child's 'عاثمة'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("جي كيف يعمل هذا", "AMAZON.HelpIntent")]
    [TestCase("ايلا لا افهم", "AMAZON.HelpIntent")]
    [TestCase("اكا ما هي الاوامر", "AMAZON.HelpIntent")]
    [TestCase("سوميماسين ماذا يمكنني ان اسال", "AMAZON.HelpIntent")]
    [TestCase("يار اوقف", "AMAZON.StopIntent")]
    [TestCase("ري بيكفي", "AMAZON.StopIntent")]
    [TestCase("اريغاتو انتهينا", "AMAZON.StopIntent")]
    [TestCase("افندي اغلق البرنامج", "AMAZON.StopIntent")]
    [TestCase("باراكالو الغ الطلب", "AMAZON.CancelIntent")]
    [TestCase("جناب الغاء", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("ايلا اليكسا افتحي عواصم العالم")]
    [TestCase("جي شغلي عواصم العالم")]
    [TestCase("دوبرو افتحي عواصم العالم")]
    public void Opening_the_skill_as_users_say_it_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("ما عاصمة سنجق")]
    [TestCase("شو عاصمة هوكايدو")]
    [TestCase("ما عاصمة ولاية السند")]
    [TestCase("شو عاصمة القرم")]
    [TestCase("ما هي عاصمة الكريكت")]
    [TestCase("ايلا")]
    [TestCase("جي شغلي الاغاني")]
    [TestCase("اوقف السيارة هون")]
    [TestCase("الغ الموعد يار")]
    [TestCase("كيف يعمل المحرك")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
