using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of rounds 11 and 12 (interactionModel/README.md, *Round 11/12 tuning for Arabic*), each tried
/// on sentences of our own rather than the corpus lines: an old name with "whose name changed" or "what is it called now",
/// "what's-its-name" (شسمها) and "what is it" glued (وشهي), the place first with "where is its capital", "and then X",
/// "I expect" before a check and "surely" as its tag, a teacher called أبلة, Levantine "tell me" (تقليلي), the formal
/// "the capital belonging to X", "why does X have two capitals" with the place first, "the two" after plural capitals,
/// historic states as no place, the reverse question with "whose" (لمين) and "belongs to which country", help, stop and
/// cancel phrasings, and a launch with "a round in" or "with my kids". Second pass (the held-back halves, spent): "theirs"
/// after the question (عندهم, عاصمتهم), "I'm wrong" (غلطان) and "not that one" (مو هي) as repairs, هي opening a choice
/// check, "or what" (ولا ايش) as a tag, "جزر ال..." and Bonaire names, "I don't want the answer", "what I asked you (a
/// moment ago)", "the request before", "I want to cancel", "God guide you" after a stop, "I no longer want", "I don't want
/// to hear" after a stop verb, "from you" and "any" left out in "how do I know a country's capital", "first time",
/// "the right way to", "with this game" (ب), "I got lost" (ضعت, تهت), "let's start" (نبدا) and "start the skill", and
/// continents as no place.</summary>
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
    [TestCase("المغرب وش عاصمتها عندهم", "MA", Description = "second pass: 'at theirs' after the question")]
    [TestCase("اليابان وش عاصمتهم", "JP", Description = "'their capital', the country as its people")]
    [TestCase("عاصمة البرازيل عندهم وش هي", "BR")]
    [TestCase("وش عاصمة كينيا لا غلطانة تنزانيا", "TZ", Description = "'no, I'm wrong' as a repair")]
    [TestCase("عاصمة مالي انا غلطان النيجر", "NE")]
    [TestCase("عاصمة السويد لا مش هي سويسرا", "CH", Description = "'no, not that one' as a repair, not a negated place")]
    [TestCase("وش عاصمة النمسا مو هي قصدي استراليا", "AU")]
    [TestCase("هي عاصمة المغرب الرباط ولا الدار البيضاء", "MA", Description = "هي opening a choice check")]
    [TestCase("هي عاصمة تركيا انقرة او اسطنبول", "TR")]
    [TestCase("هي عاصمة البرازيل ريو ولا برازيليا", "BR")]
    [TestCase("عاصمة كندا تورنتو ولا ايش", "CA", Description = "'or what' as a check's tag")]
    [TestCase("عاصمة استراليا سيدني ولا وش", "AU")]
    [TestCase("عاصمة سويسرا زيورخ ولا شو", "CH")]
    [TestCase("وش عاصمة جزر الآلاند", "AX", Description = "the islands' name with the article")]
    [TestCase("عاصمة جزر المارشال وش هي", "MH")]
    [TestCase("ايش عاصمة جزر الفوكلاند", "FK")]
    [TestCase("عاصمة جزيرة بونير", "BQ", Description = "Bonaire by its own name")]
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
    [TestCase("ما ابغى الجواب انسيه", "AMAZON.CancelIntent", Description = "second pass: 'I don't want the answer'")]
    [TestCase("ما ابي الرد الغيه", "AMAZON.CancelIntent")]
    [TestCase("ما ابي الجواب", "AMAZON.CancelIntent")]
    [TestCase("امسحي اللي سالت عنه", "AMAZON.CancelIntent", Description = "'what I asked about'")]
    [TestCase("انسي اللي طلبته قبل شوي", "AMAZON.CancelIntent", Description = "'a moment ago'")]
    [TestCase("الغي السؤال اللي قبل", "AMAZON.CancelIntent", Description = "'the question before'")]
    [TestCase("ابغى الغي كل شي قلته", "AMAZON.CancelIntent", Description = "'I want to cancel'")]
    [TestCase("ابي الغي طلبي", "AMAZON.CancelIntent")]
    [TestCase("اسكتي الله يهداك", "AMAZON.StopIntent", Description = "'God guide you' after a stop")]
    [TestCase("وقفي الله يهديكي", "AMAZON.StopIntent")]
    [TestCase("ما عاد ابغى اكمل", "AMAZON.StopIntent", Description = "'I no longer want'")]
    [TestCase("خلاص ما عاد ابي اسمع اكثر", "AMAZON.StopIntent")]
    [TestCase("اطفي ما ابغى اسمع عواصم", "AMAZON.StopIntent", Description = "'I don't want to hear' after a stop verb")]
    [TestCase("سكري ما ابي اسمع شي", "AMAZON.StopIntent")]
    [TestCase("كيف اعرف عاصمة بلد منك", "AMAZON.HelpIntent", Description = "'from you', without 'any'")]
    [TestCase("كيف اعرف عاصمة اي دولة منك", "AMAZON.HelpIntent")]
    [TestCase("كيف اسال عن عاصمة دولة", "AMAZON.HelpIntent")]
    [TestCase("اول مرة العب وش اسوي", "AMAZON.HelpIntent", Description = "'first time' and 'what do I do'")]
    [TestCase("هذي اول مرة استخدمك كيف العب", "AMAZON.HelpIntent")]
    [TestCase("اول مرة استخدم هذي المهارة ساعديني", "AMAZON.HelpIntent")]
    [TestCase("ايش الطريقة الصحيحة عشان العب", "AMAZON.HelpIntent", Description = "'the right way to'")]
    [TestCase("وش الطريقة عشان استخدمك", "AMAZON.HelpIntent")]
    [TestCase("ما هي الطريقة الصحيحة حتى اسالك", "AMAZON.HelpIntent")]
    [TestCase("وش اسوي بهاللعبة", "AMAZON.HelpIntent", Description = "'with this game', ب")]
    [TestCase("ايش اعمل بهذه المهارة", "AMAZON.HelpIntent")]
    [TestCase("تهت ساعديني", "AMAZON.HelpIntent", Description = "'I got lost'")]
    [TestCase("ضعت محتاجة مساعدة", "AMAZON.HelpIntent")]
    [TestCase("احتاج مساعدة ضعت يا اليكسا", "AMAZON.HelpIntent")]
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
    [TestCase("كم عدد العواصم في آسيا", Description = "second pass: a continent is no place")]
    [TestCase("وش عاصمة افريقيا")]
    [TestCase("كم عاصمة في اوروبا")]
    [TestCase("ما هي عواصم القارة الاوروبية")]
    [TestCase("وش اسوي بالعشاء", Description = "'what do I do with dinner'")]
    [TestCase("ضعت في الطريق", Description = "'I got lost on the way'")]
    [TestCase("الله يهديك", Description = "a blessing alone")]
    [TestCase("نبدا الطبخ", Description = "'let's start cooking'")]
    [TestCase("اول مرة ازور باريس", Description = "'first time I visit Paris'")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));

    [TestCase("ابغى ابدا جولة في عواصم العالم", Description = "'start a round in'")]
    [TestCase("ابدئي جولة في عواصم العالم")]
    [TestCase("ودي العب عواصم العالم مع اولادي", Description = "'with my kids' after the name")]
    [TestCase("شغلي عواصم العالم مع العيال")]
    [TestCase("العب جولة في عواصم العالم مع اخواني")]
    [TestCase("يلا نبدأ لعبة عواصم العالم", Description = "second pass: 'let's start'")]
    [TestCase("خلينا نبدا عواصم العالم")]
    [TestCase("ابدا مهارة عواصم العالم يا اليكسا", Description = "'start the skill'")]
    [TestCase("نبدا عواصم العالم مع العيال")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches("ar-SA", utterance);
}
