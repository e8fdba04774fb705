using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of round 26 tuning (*Round 26 tuning for Arabic (session 26)*), each tried on sentences
/// of our own rather than the corpus lines: greetings and thanks of other languages said by Arabic speakers (the Korean
/// "كامسامنيدا" / "انيونغ هاسيو", the Russian "سباسيبا", the Tigrinya "بجاكا" / "يكنيلي", the Hausa "سانو", the Italian
/// "غراتسي") and the Iraqi "يابه" / "خويه"; the learner's "ماذا هو العاصمة من ..."; "تاعها" / "بتاعتها" (its); "ذلك
/// البلد" and "بلدهم" pointing back at a place named before; "هم" (too) closing a follow-up; "قولي الاثنين" and "هي
/// ماذا" said last; "ببطء"; "شمال ايرلندا"; help ("شو فيني اسال", "انا ضايعة"), stop ("بزايد") and cancel ("الغي
/// السالفة") wordings; a launch with a greeting or "روح على"; and regions the data lacks (دارفور, الاندلس) that fall
/// back; with out-of-domain neighbours that must still fall back.</summary>
public class ArabicRoundTwentySixRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("كامسامنيدا اليكسا ما عاصمة كوريا الجنوبية", "KR", Description = "the Korean 'كامسامنيدا'")]
    [TestCase("سباسيبا وش عاصمة روسيا", "RU", Description = "the Russian 'سباسيبا'")]
    [TestCase("بجاكا شنو عاصمة اريتريا", "ER", Description = "the Tigrinya 'بجاكا' (please)")]
    [TestCase("عاصمة اثيوبيا ايش يكنيلي", "ET", Description = "the Tigrinya 'يكنيلي' (thanks) said last")]
    [TestCase("سانو اليكسا ما عاصمة النيجر", "NE", Description = "the Hausa 'سانو'")]
    [TestCase("غراتسي شو عاصمة ايطاليا", "IT", Description = "'غراتسي'")]
    [TestCase("يابه شنو عاصمة ايران", "IR", Description = "the Iraqi 'يابه'")]
    [TestCase("خويه شنو عاصمة سوريا", "SY", Description = "the Iraqi 'خويه'")]
    [TestCase("ماذا هو العاصمة من البيرو", "PE", Description = "the learner's 'ماذا هو العاصمة من'")]
    [TestCase("هل تعرفين العاصمة من كندا", "CA", Description = "the learner's 'العاصمة من'")]
    [TestCase("ابن عمي يدرس في الهند ما هي عاصمة ذلك البلد", "IN", Description = "'ذلك البلد' pointing back")]
    [TestCase("اختي مسافرة على مالطا شنهي العاصمة تاعها", "MT", Description = "'تاعها' (its)")]
    [TestCase("صاحبي جاي من مصر قولي العاصمة بتاعتها", "EG", Description = "'بتاعتها' (its)")]
    [TestCase("الطلاب من كينيا شنو عاصمة بلدهم", "KE", Description = "'بلدهم' pointing back")]
    [TestCase("والعراق هم", "IQ", Description = "the Iraqi 'هم' (too) closing a follow-up")]
    [TestCase("بلجيكا عندها عاصمتين قولي الاثنين", "BE", Description = "'قولي الاثنين' said last")]
    [TestCase("قولي ببطء عاصمة قيرغيزستان", "KG", Description = "'ببطء' (slowly)")]
    [TestCase("اخوي في ولاية اوهايو وعاصمتها هي ماذا", "US-OH", Description = "'هي ماذا' said last")]
    [TestCase("ما عاصمة شمال ايرلندا", "GB-NIR", Description = "'شمال ايرلندا'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("سانو شو فيني اسال", "AMAZON.HelpIntent")]
    [TestCase("انا ضايعة ساعديني", "AMAZON.HelpIntent")]
    [TestCase("سباسيبا اقفلي", "AMAZON.StopIntent")]
    [TestCase("بزايد اليكسا", "AMAZON.StopIntent")]
    [TestCase("كامسامنيدا الغيه", "AMAZON.CancelIntent")]
    [TestCase("خويه الغي السالفة", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("سباسيبا اليكسا افتحي عواصم العالم")]
    [TestCase("اليكسا روح على عواصم العالم")]
    [TestCase("بجاكا شغلي عواصم العالم")]
    public void Opening_the_skill_as_users_say_it_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("ما عاصمة دارفور")]
    [TestCase("شنو عاصمة الاندلس")]
    [TestCase("سباسيبا")]
    [TestCase("بجاكا شغلي الموسيقى")]
    [TestCase("اقفلي الباب يابه")]
    [TestCase("الغي المنبه خويه")]
    [TestCase("ذلك البلد جميل")]
    [TestCase("انا ضايع في المدينة")]
    [TestCase("روحي على المطبخ")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
