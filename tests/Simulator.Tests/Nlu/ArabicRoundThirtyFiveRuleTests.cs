using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;
/// <summary>The Arabic families of round 35 tuning (interactionModel/README.md, *Round 35 tuning for Arabic (session
/// 37)*), each tried on sentences of our own rather than the corpus lines: Tunisian and Mauritanian "what" ("اشنهي",
/// "اشنوة", "اش") in follow-ups and questions, a neighbour before a follow-up ("وجارتها"), the place references "بلادو /
/// بلدو", scenes of a Kuwaiti diwaniya ("الخدامة", "ابو فلان زار ... وما يذكر", "السواق ... عاصمتهم كبيرة"), a Tunisian
/// taxi ("برشا ناس ما يعرفوش", "سالوا على ... شنوة الجواب"), Palestinian students ("بيتناقشوا بعاصمة ... شو الصح"), a
/// Syrian family in Germany ("يا حرام ابني ما عم يعرف ... قوليلو"), the repair "بل" ("عفوا بل"), "جميع عواصم",
/// cancel / stop / help cues ("ابطل", "لا تكمل", "بلاها", "ما عادش نحب", "سيبنا منها", "بس وايد", "فسرلي", "امثلة",
/// "المساعدة"), the check with the country first ("نيجيريا ابوجا هي العاصمة", "كينيا نيروبي
/// عاصمتها صح"), reasons after a stop ("الضيوف وصلوا", "تعبنا", "بدنا ننام"), the launch verbs "شعل" and "نحب" and
/// launch words "للشباب", "للياهل", "عالحاجز"; and not-places (regions, peoples and governorates the data lacks, a
/// country reference without its place) that fall back, with out-of-domain neighbours.</summary>
public class ArabicRoundThirtyFiveRuleTests
{
    private const string Locale = "ar-SA";
    [TestCase("وموريتانيا اشنهي", "MR")]
    [TestCase("وليبيا اشنوة", "LY")]
    [TestCase("وجارتها فرنسا شو", "FR")]
    [TestCase("الراكب اللي ورا من تركيا اشنهي عاصمتهم", "TR")]
    [TestCase("الراجل اللي ركب من قدام من الجزائر اشنوة عاصمة بلادو", "DZ")]
    [TestCase("في التلفزيون سالوا عن عاصمة كينيا شو الجواب", "KE")]
    [TestCase("الطلاب بيتناقشوا بعاصمة استراليا شو الصح", "AU")]
    [TestCase("يا حرام بنتي ما بتعرف عاصمة اليابان", "JP")]
    [TestCase("ما عم يعرف ابني عاصمة بلجيكا", "BE")]
    [TestCase("الشغالة من سريلانكا تسال عن عاصمة بلدها", "LK")]
    [TestCase("ابو فلان زار تركيا وما يذكر عاصمتها", "TR")]
    [TestCase("السايق من باكستان يقول عاصمتهم كبيرة وش اسمها", "PK")]
    [TestCase("برشا ناس ما يعرفوش عاصمة استراليا", "AU")]
    [TestCase("عاصمة المغرب عفوا بل تونس", "TN")]
    [TestCase("شو عاصمة ايطاليا لا بل اسبانيا", "ES")]
    [TestCase("من فضلك اذكري جميع عواصم بوليفيا", "BO")]
    [TestCase("نيجيريا ابوجا هي العاصمة", "NG")]
    [TestCase("كينيا نيروبي عاصمتها صح", "KE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("اشنهي الدولة اللي عاصمتها باماكو", "bamako")]
    [TestCase("شنوة البلاد اللي عاصمتها تونس", "tunis")]
    public void A_city_asks_its_country(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("ابطل هذا", "AMAZON.CancelIntent")]
    [TestCase("لا تكملي الغي", "AMAZON.CancelIntent")]
    [TestCase("بلاها يا خويا", "AMAZON.CancelIntent")]
    [TestCase("ما عادش نحب نعرف", "AMAZON.CancelIntent")]
    [TestCase("الغي هذاك السؤال", "AMAZON.CancelIntent")]
    [TestCase("ال ال الغي", "AMAZON.CancelIntent")]
    [TestCase("سيبنا منها يا خويا", "AMAZON.StopIntent")]
    [TestCase("خلاص وصلت البيت سكري", "AMAZON.StopIntent")]
    [TestCase("اسكتي الضيوف وصلوا", "AMAZON.StopIntent")]
    [TestCase("خلاص يبه تعبنا", "AMAZON.StopIntent")]
    [TestCase("سكري عاد وايد", "AMAZON.StopIntent")]
    [TestCase("وقفي بدي نام", "AMAZON.StopIntent")]
    [TestCase("خلص هسا بكفي", "AMAZON.StopIntent")]
    [TestCase("فسريلي كيف العب", "AMAZON.HelpIntent")]
    [TestCase("اعطيني مثال على سؤال", "AMAZON.HelpIntent")]
    [TestCase("المساعدة يا خوي", "AMAZON.HelpIntent")]
    [TestCase("شنوة تعدل انت بالضبط", "AMAZON.HelpIntent")]
    [TestCase("شنو اقدر اسالج", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("شعلي عواصم العالم")]
    [TestCase("نحب نلعب عواصم العالم")]
    [TestCase("شغلي عواصم العالم للشباب يعيشك")]
    [TestCase("افتحي عواصم العالم لليهال")]
    [TestCase("دوري عواصم العالم وافتحيها")]
    [TestCase("شغلي عواصم العالم يا خوي")]
    public void The_skill_is_opened(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("شو عاصمة بلدها")]
    [TestCase("عاصمة الاكراد")]
    [TestCase("عاصمة ابخازيا شنو")]
    [TestCase("ويش عاصمة محافظة مسقط")]
    [TestCase("عاصمة الامازيغ في المغرب")]
    [TestCase("شو عاصمة قلبك")]
    [TestCase("عاصمة الحوض الغربي")]
    [TestCase("الغي المنبه")]
    [TestCase("اسكتي الموسيقى")]
    [TestCase("شعلي النور")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
