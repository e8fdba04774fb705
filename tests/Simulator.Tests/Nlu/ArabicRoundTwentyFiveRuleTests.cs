using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of round 25 tuning (*Round 25 tuning for Arabic (session 25)*), each tried on sentences
/// of our own rather than the corpus lines: the greetings and addresses of other languages heard in Arabic homes ("ني هاو",
/// "شيه شيه", "تشوس", "سافا", "غيناو", "حوجام", "برات", "واجه", "قارداشم", "دادا", "مدام", "تودي") and "يا زلمة"; regions
/// the data lacks (كردستان, الصعيد, تتارستان, سيبيريا, سقطرى, "مقاطعة ...") that fall back; help ("التعليمات", "كيف بسال",
/// "ويش اقول", "ارشدني", "كيف بستعمل"), stop ("انهي البرنامج", "خلصنا", "طفيها", "اوقف" + the skill's name) and cancel
/// ("طنشي", "ما بدي اياها", "ما نبي", "اتركيها") wordings; "هذا البلد" / "هالبلد" pointing back at
/// a place named before; "ماذا" and "قلي" said last in a follow-up, "وكمان" opening one; and
/// "يتعاركون على" leading into a question; with out-of-domain neighbours that must still fall back.</summary>
public class ArabicRoundTwentyFiveRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("ني هاو اليكسا شو عاصمة الصين", "CN", Description = "the greeting 'ني هاو'")]
    [TestCase("عاصمة فيتنام شيه شيه", "VN", Description = "'شيه شيه' (thank you) said last")]
    [TestCase("تشوس اليكسا وش عاصمة النمسا", "AT", Description = "'تشوس'")]
    [TestCase("سافا اليكسا ايش عاصمة ساحل العاج", "CI", Description = "'سافا'")]
    [TestCase("حوجام ما عاصمة ارمينيا", "AM", Description = "'حوجام'")]
    [TestCase("برات ويش عاصمة باكستان", "PK", Description = "the Balochi 'برات'")]
    [TestCase("واجه ويش عاصمة عمان", "OM", Description = "the Balochi 'واجه'")]
    [TestCase("قارداشم ما عاصمة اذربيجان", "AZ", Description = "the Turkish 'قارداشم'")]
    [TestCase("شو عاصمة لبنان يا زلمة", "LB", Description = "'يا زلمة'")]
    [TestCase("اخوي يشتغل في فرنسا ما عاصمة هذا البلد", "FR", Description = "'هذا البلد' pointing back")]
    [TestCase("جارنا رجع من ماليزيا شو عاصمة هالبلد", "MY", Description = "'هالبلد' pointing back")]
    [TestCase("صديقي من ولاية تكساس ايش عاصمتها", "US-TX", Description = "a state named before the question")]
    [TestCase("والمغرب ماذا", "MA", Description = "a follow-up closed with 'ماذا'")]
    [TestCase("والاردن قلي", "JO", Description = "a follow-up closed with 'قلي'")]
    [TestCase("وكمان المغرب", "MA", Description = "a follow-up opened with 'وكمان'")]
    [TestCase("في المقهى الشباب يتعاركون على عاصمة البرازيل شنو هي", "BR", Description = "'يتعاركون على' leading into the question")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("ني هاو شو التعليمات", "AMAZON.HelpIntent")]
    [TestCase("كيف بسالك عن العواصم", "AMAZON.HelpIntent")]
    [TestCase("ويش اقول عشان تعطيني عاصمة", "AMAZON.HelpIntent")]
    [TestCase("ارشدني يا اليكسا", "AMAZON.HelpIntent")]
    [TestCase("ما بعرف كيف بستعمل هالشي", "AMAZON.HelpIntent")]
    [TestCase("انهي البرنامج يا اليكسا", "AMAZON.StopIntent")]
    [TestCase("خلصنا يا زلمة", "AMAZON.StopIntent")]
    [TestCase("طفيها برات", "AMAZON.StopIntent")]
    [TestCase("اوقف عواصم العالم", "AMAZON.StopIntent")]
    [TestCase("طنشي الموضوع", "AMAZON.CancelIntent")]
    [TestCase("لا ما بدي اياها", "AMAZON.CancelIntent")]
    [TestCase("خلاص ما نبي", "AMAZON.CancelIntent")]
    [TestCase("اتركيها حوجام", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("غيناو افتحي عواصم العالم")]
    public void Opening_the_skill_as_users_say_it_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("شو عاصمة كردستان")]
    [TestCase("عاصمة الصعيد")]
    [TestCase("ما عاصمة تتارستان")]
    [TestCase("عاصمة سيبيريا ايش")]
    [TestCase("عاصمة جزيرة سقطرى")]
    [TestCase("شغلي الموسيقى يا زلمة")]
    [TestCase("اطفي النور")]
    [TestCase("طفيها للمكيف")]
    [TestCase("ني هاو")]
    [TestCase("قلي نكتة")]
    [TestCase("ماذا تفعل")]
    [TestCase("هذا البلد جميل")]
    [TestCase("الشباب يتعاركون على الكورة")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
