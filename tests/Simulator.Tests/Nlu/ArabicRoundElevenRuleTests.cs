using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of rounds 11 and 12 (interactionModel/README.md, *Round 11/12 tuning for Arabic*), each tried
/// on sentences of our own rather than the corpus lines: an old name with "whose name changed" or "what is it called now",
/// "what's-its-name" (شسمها) and "what is it" glued (وشهي), the place first with "where is its capital", "and then X",
/// "I expect" before a check and "surely" as its tag, a teacher called أبلة, Levantine "tell me" (تقليلي), the formal
/// "the capital belonging to X", "why does X have two capitals" with the place first, "the two" after plural capitals,
/// historic states as no place, the reverse question with "whose" (لمين) and "belongs to which country", help, stop and
/// cancel phrasings, and a launch with "a round in" or "with my kids".</summary>
public class ArabicRoundElevenRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("وش عاصمة بورما اللي تغير اسمها", "MM", Description = "an old name with 'whose name changed'")]
    [TestCase("عاصمة داهومي وش صار اسمها", "BJ", Description = "an old name with 'what is it called now'")]
    [TestCase("عاصمة سوازيلاند وش صار اسمها الحين", "SZ")]
    [TestCase("وش صارت عاصمة سيام", "TH", Description = "'what has the capital become'")]
    [TestCase("شسمها عاصمة كينيا", "KE", Description = "Gulf 'what's-its-name' before the question")]
    [TestCase("شسمه عاصمة العراق", "IQ", Description = "the masculine form")]
    [TestCase("وش اسمها عاصمة البرازيل", "BR", Description = "the same said in two words")]
    [TestCase("شو اسمها عاصمة لبنان", "LB", Description = "Levantine")]
    [TestCase("النمسا عاصمتها وين", "AT", Description = "the place first, 'where is its capital'")]
    [TestCase("موناكو عاصمتها فين", "MC", Description = "Egyptian 'where'")]
    [TestCase("اليمن عاصمتها وين", "YE")]
    [TestCase("وشهي عاصمة مالي", "ML", Description = "'what is it' glued")]
    [TestCase("عاصمة النيجر وشهي", "NE", Description = "glued 'what is it' after the question")]
    [TestCase("عواصم جنوب افريقيا وشهم", "ZA", Description = "glued 'what are they' after plural capitals")]
    [TestCase("وبعد اليابان", "JP", Description = "'and then X' as a follow-up")]
    [TestCase("وبعد كوريا الجنوبية", "KR")]
    [TestCase("بعد الصين", "CN")]
    [TestCase("اتوقع عاصمة كندا تورنتو صح", "CA", Description = "'I expect' before a check")]
    [TestCase("أتوقع عاصمة تركيا اسطنبول صح ولا لا", "TR")]
    [TestCase("عاصمة استراليا سيدني اكيد", "AU", Description = "'surely' as the check's tag")]
    [TestCase("عاصمة البرازيل ريو اكيد صح", "BR")]
    [TestCase("ابلتي تسال عن عاصمة الارجنتين", "AR", Description = "a teacher called أبلة, who asks")]
    [TestCase("معلمتي تقول وش عاصمة فيتنام", "VN", Description = "'my teacher says'")]
    [TestCase("استاذي يسال عاصمة بولندا وش هي", "PL", Description = "'my teacher asks' before a question with the place first")]
    [TestCase("فيك تقلي عاصمة سوريا", "SY", Description = "Levantine 'can you tell me' (masculine)")]
    [TestCase("فيكي تقليلي وين عاصمة الاردن", "JO", Description = "Levantine 'can you tell me' (feminine)")]
    [TestCase("اود معرفة العاصمة الخاصة بالسويد", "SE", Description = "formal 'the capital belonging to'")]
    [TestCase("أود أن أعرف العاصمة الخاصة بكولومبيا", "CO")]
    [TestCase("اريد معرفة العاصمة الخاصة بالنرويج", "NO")]
    [TestCase("عواصم جنوب افريقيا الثلاث", "ZA", Description = "plural capitals with their number and no question word")]
    [TestCase("بوليفيا ليش لها عاصمتين", "BO", Description = "'why does X have two capitals' with the place first")]
    [TestCase("جنوب افريقيا ليش عندها اكثر من عاصمة", "ZA")]
    [TestCase("وش عاصمة الدولة اللي اسمها تشاد", "TD", Description = "'the state' before a real place stays a question")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("لمين عاصمة نيروبي", "nairobi", Description = "'whose capital is X'")]
    [TestCase("لمن تكون عاصمة ليما", "lima")]
    [TestCase("كانبرا عاصمة لمين", "canberra", Description = "the city first")]
    [TestCase("العاصمة كيتو تتبع اي دولة", "quito", Description = "'belongs to which country'")]
    [TestCase("مدينة هراري تابعة لاي دولة", "harare")]
    public void A_reverse_question_names_the_city(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("city")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("بلاش الغي الطلب", "AMAZON.CancelIntent", Description = "'never mind' before a cancel")]
    [TestCase("بلاش خلاص انسي الموضوع", "AMAZON.CancelIntent")]
    [TestCase("خلاص بلاش", "AMAZON.CancelIntent", Description = "'never mind' alone")]
    [TestCase("تراجعت الغي سؤالي", "AMAZON.CancelIntent", Description = "'I changed my mind, cancel my question'")]
    [TestCase("غيرت رايي الغي الطلب", "AMAZON.CancelIntent")]
    [TestCase("لا تراجعت", "AMAZON.CancelIntent")]
    [TestCase("خلصنا", "AMAZON.StopIntent", Description = "'we are done'")]
    [TestCase("انتهينا شكرا", "AMAZON.StopIntent")]
    [TestCase("خلاص اكتفينا مشكور", "AMAZON.StopIntent")]
    [TestCase("بطلي خلاص", "AMAZON.StopIntent", Description = "Egyptian 'stop it'")]
    [TestCase("يكفي كده", "AMAZON.StopIntent", Description = "Egyptian 'like this'")]
    [TestCase("اقفلي كل شي", "AMAZON.StopIntent", Description = "'close everything'")]
    [TestCase("طفي كل شي الله يعافيك", "AMAZON.StopIntent")]
    [TestCase("ما عرفت كيف تمشي هاللعبة", "AMAZON.HelpIntent", Description = "'how does it go', the glued demonstrative")]
    [TestCase("كيف تمشي هذي المهارة", "AMAZON.HelpIntent")]
    [TestCase("علميني وش اقول", "AMAZON.HelpIntent", Description = "'teach me what to say'")]
    [TestCase("تعلميني ايش اسال", "AMAZON.HelpIntent")]
    [TestCase("عطني امثلة على اسئلة اقدر اقولها", "AMAZON.HelpIntent", Description = "'examples of questions I can say'")]
    [TestCase("اعطني امثلة على الاسئلة اللي اقدر اسالها", "AMAZON.HelpIntent")]
    [TestCase("كيف استعمل هذه المهارة", "AMAZON.HelpIntent", Description = "'how do I use this skill'")]
    [TestCase("شلون استخدم اللعبة", "AMAZON.HelpIntent")]
    [TestCase("ازاي استخدم اللعبة دي", "AMAZON.HelpIntent")]
    [TestCase("وش لازم اقول لك", "AMAZON.HelpIntent", Description = "'what must I say to you'")]
    [TestCase("وش المفروض اسال عشان تفهميني", "AMAZON.HelpIntent", Description = "'so that you understand me'")]
    [TestCase("وش الخيارات المتاحة", "AMAZON.HelpIntent", Description = "'what are the options'")]
    [TestCase("ايش الخيارات اللي عندي", "AMAZON.HelpIntent")]
    [TestCase("اشرح لي طريقة اللعبة", "AMAZON.HelpIntent", Description = "'explain the way of the game'")]
    [TestCase("اشرحي لي المهارة من البداية", "AMAZON.HelpIntent", Description = "'from the beginning' after an explanation")]
    [TestCase("ايش تقدرين تسوين في هاللعبة", "AMAZON.HelpIntent", Description = "'what can you do in this game'")]
    [TestCase("كيف اعرف عاصمة اي بلد", "AMAZON.HelpIntent", Description = "'how do I find the capital of any country'")]
    [TestCase("كيف اسالك عن عواصم اي دولة", "AMAZON.HelpIntent")]
    [TestCase("ساعدني مش عارف ايش اقول", "AMAZON.HelpIntent", Description = "'help me, I don't know what to say'")]
    [TestCase("ما اعرف وش اقول لك", "AMAZON.HelpIntent")]
    [TestCase("علميني كيف اسالك", "AMAZON.HelpIntent", Description = "'teach me how to ask you'")]
    [TestCase("فهميني كيف اسال", "AMAZON.HelpIntent")]
    [TestCase("مش عارف اقول ايه دلوقتي", "AMAZON.HelpIntent", Description = "Egyptian 'now'")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("وش عاصمة الدولة العثمانية", Description = "a historic state is no place")]
    [TestCase("عاصمة الخلافة العباسية وش هي")]
    [TestCase("ما هي عاصمة الامبراطورية البيزنطية")]
    [TestCase("ما هي عاصمة الدولة الفاطمية")]
    [TestCase("وش صار", Description = "'what happened' is no question about a name")]
    [TestCase("وش صار اليوم")]
    [TestCase("اتوقع بكرة مطر", Description = "'I expect rain tomorrow'")]
    [TestCase("ابدا جولة في الطبخ", Description = "'a round in' without the skill's name")]
    [TestCase("وش الخيارات في المطعم", Description = "options of something else")]
    [TestCase("بلاش تشغلين الاغاني", Description = "'never mind playing songs'")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));

    [TestCase("ابغى ابدا جولة في عواصم العالم", Description = "'start a round in'")]
    [TestCase("ابدئي جولة في عواصم العالم")]
    [TestCase("ودي العب عواصم العالم مع اولادي", Description = "'with my kids' after the name")]
    [TestCase("شغلي عواصم العالم مع العيال")]
    [TestCase("العب جولة في عواصم العالم مع اخواني")]
    public void A_launch_as_users_say_it(string utterance) =>
        Assert.That(LocalSkill.NluFor("ar-SA").ParseForm(utterance).Kind, Is.EqualTo(UtteranceKind.Launch));
}
