using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of round 15's tuning half (interactionModel/README.md, *Round 15 tuning for Arabic*), each
/// tried on sentences of our own rather than the corpus lines: a reported ask (الواجب يقول اكتب, الابلة تبينا نعرف), news
/// before the place, a travel season, a teacher asking her class, an elder's blessing, "say it again", where an island
/// lies, dialect words (ياتو, هني, واش راهي, نعرف, الكابيتل), a place-first "وش تكون عاصمتها", the reverse question
/// "لمين تتبع", and stop "bye bye", cancel "this question", help "give me an idea how".</summary>
public class ArabicRoundFifteenRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("الواجب يقول اكتب عاصمة البيرو", "PE", Description = "a reported ask")]
    [TestCase("الكتاب يقول اكتب عاصمة كندا", "CA")]
    [TestCase("الابلة سارة تبينا نعرف عاصمة تشاد", "TD")]
    [TestCase("في الكلمات المتقاطعة يبي عاصمة اليونان", "GR")]
    [TestCase("امس قالوا لي عاصمة تركيا انقرة صح", "TR")]
    [TestCase("قريت خبر عن اليابان وش عاصمتها", "JP", Description = "news before the place")]
    [TestCase("قريت في تويتر عن السودان وش عاصمتها", "SD")]
    [TestCase("سمعت خبر عن المغرب وش عاصمتهم", "MA")]
    [TestCase("ناوين نروح تايلند في الشتا وش عاصمتها", "TH", Description = "a travel season")]
    [TestCase("حجزت تذكرة لاندونيسيا بس ما ادري وش عاصمتها", "ID")]
    [TestCase("ناوين نسافر جورجيا العيد وش عاصمتها", "GE+US-GA")]
    [TestCase("بسال الطلاب عن عاصمة الاردن وش هي", "JO", Description = "a teacher asks her class")]
    [TestCase("بسأل الطالبات عن عاصمة عمان", "OM")]
    [TestCase("بسال البنات عن عاصمة لبنان وش هي", "LB")]
    [TestCase("الله يرحم والديك وش عاصمة ليبيا", "LY", Description = "an elder's blessing")]
    [TestCase("عاصمة اليمن وش هي الله يرحم والديك", "YE")]
    [TestCase("ما سمعت عيدي عاصمة كوبا", "CU", Description = "'I didn't hear, say it again'")]
    [TestCase("مرة ثانية عاصمة تشيلي وش قلتي", "CL")]
    [TestCase("عيدي لي عاصمة الفلبين", "PH")]
    [TestCase("عاصمة جزر البهاما في الكاريبي", "BS", Description = "where an island lies")]
    [TestCase("عاصمة قبرص اللي في البحر المتوسط", "CY")]
    [TestCase("عاصمة سيشل الجزر اللي في المحيط الهندي", "SC")]
    [TestCase("ياتو مدينة عاصمة تشاد", "TD", Description = "Sudanese ياتو ('which')")]
    [TestCase("شو هني عواصم ماليزيا", "MY", Description = "Emirati هني ('they are')")]
    [TestCase("واش راهي عاصمة الجزائر", "DZ", Description = "Maghrebi واش راهي")]
    [TestCase("بغيت نعرف العاصمة ديال اسبانيا", "ES", Description = "Maghrebi نعرف")]
    [TestCase("وش الكابيتل حقت كندا", "CA", Description = "'capital' said in English")]
    [TestCase("الكابيتال تبع فرنسا شو", "FR")]
    [TestCase("حلو واذا السويد", "SE", Description = "'and if' as a follow-up")]
    [TestCase("عاصمة الصين وبس", "CN", Description = "'and that's all'")]
    [TestCase("عاصمة كينيا ولا تطولين", "KE")]
    [TestCase("ولاية تكساس عاصمتها", "US-TX", Description = "a kind and the place, then a bare 'its capital'")]
    [TestCase("ولاية فلوريدا عاصمتها", "US-FL")]
    [TestCase("مقاطعة اونتاريو عاصمتها", "CA-ON")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("لمين تتبع العاصمة نيروبي", "nairobi", Description = "'to whom does the capital X belong'")]
    [TestCase("لمن تتبع مدينة ليما", "lima")]
    [TestCase("عاصمتها كانبرا وش تكون الدولة", "canberra", Description = "'its capital is X, which country'")]
    [TestCase("الدوحة هذي عاصمة وش", "doha", Description = "'this X is the capital of what'")]
    [TestCase("اوسلو عاصمة ايش من الدول", "oslo")]
    [TestCase("شو البلد يلي عاصمتو عمان", "amman", Description = "Levantine يلي / عاصمتو")]
    public void A_reverse_question_names_the_city(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("city")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("باي باي المهارة", "AMAZON.StopIntent", Description = "'bye bye' and what to leave")]
    [TestCase("مع السلامة اللعبة", "AMAZON.StopIntent")]
    [TestCase("باي باي", "AMAZON.StopIntent")]
    [TestCase("ابي الغي هالطلب لا تردين", "AMAZON.CancelIntent", Description = "'this question / request'")]
    [TestCase("الغي هالسؤال", "AMAZON.CancelIntent")]
    [TestCase("كنسلي هالطلب", "AMAZON.CancelIntent")]
    [TestCase("عطيني فكرة كيف تشتغل المهارة", "AMAZON.HelpIntent", Description = "'give me an idea how it works'")]
    [TestCase("اشرحي لي كيف تعمل اللعبة", "AMAZON.HelpIntent")]
    [TestCase("عطيني فكرة كيف تعمل المهارة هذي", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("يعني ايش عاصمة بالانجليزي")]
    [TestCase("كيف اقول عاصمة بالفرنسي")]
    [TestCase("الواجب يقول اكتب موضوع عن الصيف")]
    [TestCase("ناوين نروح تايلند في الشتا")]
    [TestCase("ما سمعت عيدي الاغنية")]
    [TestCase("الله يرحم والديك شغلي القران")]
    [TestCase("بسال الطلاب عن جدول الضرب")]
    [TestCase("في خبر عن زلزال في اليابان", Description = "an event is no filler: the news itself is not a question")]
    [TestCase("منتخب المغرب لعب اليوم")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));

    [TestCase("اليكسا ودنا نلعب عواصم العالم انا والعيال", Description = "'we would like to play', 'me and the kids'")]
    [TestCase("ودي ألعب عواصم العالم")]
    [TestCase("شغلي عواصم العالم انا واخوي")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches("ar-SA", utterance);
}
