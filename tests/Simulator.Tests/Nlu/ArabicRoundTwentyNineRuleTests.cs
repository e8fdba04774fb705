using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of round 29 tuning (*Round 29 tuning for Arabic (session 29)*), each tried on sentences
/// of our own rather than the corpus lines: the Egyptian addresses and hesitations ("يا حاج", "يا ابني", "ايه اسمه", the
/// ending "ايه"), the Gulf and Levantine "يخي", "يا اخوي", "يا ابا", "بالزبط", the French words of Maghrebi and Lebanese
/// speakers ("الور", "اتاند", "اي بان", "باردون", "سيلفوبليه", "لافرانس", "لاسويس"), the teen "ريلي" and "حرفيا", the
/// endings "هي", "شو هي" and "بالعربي", the repairs "معلش قصدي" and "باردون اقصد", help ("شو لازم قول"), and launches
/// ending "ذلحين" or "الله يخليكي"; the regions and former states "حضرموت", "الحجاز", "تشيكوسلوفاكيا" fall back; with
/// out-of-domain neighbours that must still fall back.</summary>
public class ArabicRoundTwentyNineRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("يا حاج ما عاصمة اليونان", "GR", Description = "the Egyptian address 'يا حاج'")]
    [TestCase("ايه اسمه عاصمة كينيا ايه", "KE", Description = "the hesitation 'ايه اسمه' and the ending 'ايه'")]
    [TestCase("عاصمة الارجنتين ايه يا ابني", "AR", Description = "the ending 'ايه' and 'يا ابني'")]
    [TestCase("اتاند شو اسم عاصمة بلجيكا بالعربي", "BE", Description = "the French 'اتاند' and the ending 'بالعربي'")]
    [TestCase("الور عاصمة لافرانس شو هي", "FR", Description = "the French 'الور', 'لافرانس' and the ending 'شو هي'")]
    [TestCase("اي بان شو عاصمة لاسويس", "CH", Description = "the French 'اي بان' and 'لاسويس'")]
    [TestCase("ام ام عاصمة السنغال هي", "SN", Description = "the hesitation 'ام ام' and the ending 'هي'")]
    [TestCase("حرفيا وش عاصمة اليابان", "JP", Description = "the teen 'حرفيا' (literally)")]
    [TestCase("عاصمة البيرو يخي", "PE", Description = "the Levantine 'يخي'")]
    [TestCase("عاصمة كوبا يا ابا", "CU", Description = "the Gulf 'يا ابا'")]
    [TestCase("عاصمة المغرب بالزبط", "MA", Description = "the Levantine 'بالزبط' (exactly)")]
    [TestCase("عاصمة مصر معلش قصدي السودان", "SD", Description = "the repair 'معلش قصدي'")]
    [TestCase("عاصمة ايطاليا باردون اقصد اسبانيا", "ES", Description = "the repair 'باردون اقصد'")]
    [TestCase("باردون ما عاصمة تونس", "TN", Description = "the French 'باردون' as an opener")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("انسي يا حاج", "AMAZON.CancelIntent")]
    [TestCase("الغي يخي", "AMAZON.CancelIntent")]
    [TestCase("مساعدة من فضلك", "AMAZON.HelpIntent")]
    [TestCase("ساعدني سيلفوبليه", "AMAZON.HelpIntent")]
    [TestCase("طيب شو لازم قول", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("افتحي عواصم العالم ذلحين")]
    [TestCase("شغلي عواصم العالم الله يخليكي")]
    public void Opening_the_skill_as_users_say_it_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("عاصمة الحجاز زمان")]
    [TestCase("وش عاصمة حضرموت")]
    [TestCase("عاصمة تشيكوسلوفاكيا يا ابني")]
    [TestCase("يا حاج شغلي الراديو")]
    [TestCase("حرفيا الجو حر اليوم")]
    [TestCase("باردون كم الساعة")]
    [TestCase("اتاند شو الاخبار")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
