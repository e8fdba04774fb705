using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of round 13's tuning half (interactionModel/README.md, *Round 13 tuning for Arabic*), each
/// tried on sentences of our own rather than the corpus lines: "which of the cities" (أي المدن), an elder's vocatives and
/// blessings (يا بنيتي, يا وليدي, بارك الله فيك), "I got a question about" (جاني سؤال عن), a traveller's clause before the
/// place and a question about "its capital" or "the capital there" (هناك) after it, with a time ("next week"), the plural
/// or official capitals with ل and "I want to know", the repairs "let me say it right" (خليني اقول صح) and "erase, I want"
/// (امسحي ابي), both Koreas named in full, help ("what is the use of", "your options"), stop ("enough up to here", "no
/// more", any stop verb before "everything") and a launch "for us", "come on" or "for the kids".</summary>
public class ArabicRoundThirteenRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("اي المدن هي عاصمة البرازيل", "BR", Description = "'which of the cities'")]
    [TestCase("أي المدن عاصمة كندا", "CA")]
    [TestCase("اي المدن تعتبر عاصمة استراليا", "AU")]
    [TestCase("اي المدن هي العاصمة في المغرب", "MA")]
    [TestCase("يا وليدي وش عاصمة العراق", "IQ", Description = "an elder's vocative")]
    [TestCase("يا بني عاصمة اليابان وش هي", "JP")]
    [TestCase("يابنيتي وش عاصمة مصر", "EG", Description = "the vocative glued")]
    [TestCase("يا ابني وش عاصمة السعودية", "SA")]
    [TestCase("بارك الله فيك وش عاصمة الكويت", "KW", Description = "a blessing before the question")]
    [TestCase("الله يبارك فيك يا بنيتي عاصمة قطر وش اسمها", "QA")]
    [TestCase("جزاك الله خيرا يا ولدي ما هي عاصمة الاردن", "JO")]
    [TestCase("جاني سؤال عن عاصمة كازاخستان", "KZ", Description = "'I got a question about'")]
    [TestCase("في الواجب جانا سؤال عن عاصمة منغوليا", "MN")]
    [TestCase("طلع لي سؤال عن عاصمة بوتان", "BT")]
    [TestCase("جاني سؤال وش عاصمة لاوس", "LA")]
    [TestCase("مسافرين لماليزيا ابي اعرف عاصمتها", "MY", Description = "a traveller's clause, then 'I want to know its capital'")]
    [TestCase("حاجزة تذاكر للبرازيل قولي لي عاصمتها", "BR")]
    [TestCase("بنسافر اليابان عطيني عاصمتها", "JP")]
    [TestCase("عندي رحلة عمل للهند ابغى اعرف عاصمتها", "IN")]
    [TestCase("كينيا ابي اعرف عاصمتها", "KE", Description = "the same without the clause")]
    [TestCase("بروح تايلند ابي اعرف وش عاصمتها", "TH")]
    [TestCase("زوجي بيسافر استراليا وش اسم عاصمتها", "AU", Description = "'what is its capital's name'")]
    [TestCase("ناوين نروح ايطاليا وين عاصمتها", "IT", Description = "'where is its capital'")]
    [TestCase("رايحين الصيف لتركيا وش اسم العاصمة هناك", "TR", Description = "'the capital there'")]
    [TestCase("ناوي ازور الارجنتين وش العاصمة هناك", "AR")]
    [TestCase("اليونان وش اسم العاصمة", "GR")]
    [TestCase("ايش اسم العاصمة هناك في كندا", "CA")]
    [TestCase("بسافر لفرنسا الاسبوع الجاي وش عاصمتها", "FR", Description = "a time after the place")]
    [TestCase("رايح مصر الشهر الجاي وش عاصمتها", "EG")]
    [TestCase("بنروح كندا السنة الجاية ابي اعرف عاصمتها", "CA")]
    [TestCase("ابي اعرف العواصم لجنوب افريقيا", "ZA", Description = "the capitals with ل and 'I want to know'")]
    [TestCase("ابغى اعرف العواصم الرسمية لبوليفيا", "BO")]
    [TestCase("ابي اعرف العاصمتين لهولندا", "NL")]
    [TestCase("وش العواصم لسريلانكا", "LK")]
    [TestCase("قولي لي العواصم لبوليفيا", "BO")]
    [TestCase("ابي اعرف العاصمة الرسمية لساحل العاج", "CI", Description = "one official capital")]
    [TestCase("عاصمة النمسا لا خليني اقول صح استراليا", "AU", Description = "'no, let me say it right'")]
    [TestCase("وش عاصمة العراق خلني اقول صح ايران", "IR")]
    [TestCase("عاصمة كندا لا خليني اصحح المكسيك", "MX", Description = "'let me correct'")]
    [TestCase("عاصمة تشيلي امسحي ابي بيرو", "PE", Description = "'erase, I want'")]
    [TestCase("عاصمة مصر امسحيها ابي ليبيا", "LY")]
    [TestCase("وش عاصمة كوريا الجنوبية وكوريا الشمالية", "KP+KR", Description = "both Koreas named in full")]
    [TestCase("عاصمة كوريا الشمالية وكوريا الجنوبية وش هي", "KP+KR")]
    [TestCase("وش عاصمة الكوريتان", "KP+KR")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("اشرحي لي وش فايدة اللعبة", "AMAZON.HelpIntent", Description = "'what is the use of'")]
    [TestCase("قولي لي وش فايدة عواصم العالم", "AMAZON.HelpIntent")]
    [TestCase("ما فائدة المهارة", "AMAZON.HelpIntent")]
    [TestCase("وش الخيارات عندك", "AMAZON.HelpIntent", Description = "'your options'")]
    [TestCase("ايش الخيارات اللي عندك", "AMAZON.HelpIntent")]
    [TestCase("كفاية لحد هنا", "AMAZON.StopIntent", Description = "'enough up to here'")]
    [TestCase("خلاص يكفي لين هنا", "AMAZON.StopIntent")]
    [TestCase("بس كذا لهنا", "AMAZON.StopIntent")]
    [TestCase("ما ابغى العب ثاني", "AMAZON.StopIntent", Description = "'no more'")]
    [TestCase("لا ما ابي اكمل زيادة", "AMAZON.StopIntent")]
    [TestCase("وقفي كل شي", "AMAZON.StopIntent", Description = "any stop verb before 'everything'")]
    [TestCase("اطفي كل شي الحين", "AMAZON.StopIntent")]
    [TestCase("توقفي كل شي", "AMAZON.StopIntent")]
    [TestCase("امسحي الطلب", "AMAZON.CancelIntent", Description = "'erase' is still a cancel without a place")]
    [TestCase("امسحي", "AMAZON.CancelIntent")]
    [TestCase("لا امسحي", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("اي المدن اكبر في تركيا", Description = "'which of the cities is bigger'")]
    [TestCase("يا بنيتي شغلي الراديو", Description = "a vocative before another request")]
    [TestCase("جاني سؤال صعب في الرياضيات", Description = "'I got a hard question in maths'")]
    [TestCase("حاجزين رحلة لتركيا", Description = "a trip without a question")]
    [TestCase("ناوين نروح اليونان وش الطقس هناك", Description = "the weather there")]
    [TestCase("بنسافر الاسبوع الجاي", Description = "a time alone")]
    [TestCase("وش فايدة الرياضة", Description = "the use of something else")]
    [TestCase("وش الخيارات عندك للعشاء", Description = "options for dinner")]
    [TestCase("خليني اقول", Description = "'let me say' alone")]
    [TestCase("ابي اعرف عاصمتها", Description = "'its capital' without a place")]
    [TestCase("افتحي لنا الباب", Description = "'open for us' without the skill's name")]
    [TestCase("هيا نروح")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));

    [TestCase("افتحي لنا لعبة عواصم العالم", Description = "'for us'")]
    [TestCase("افتح لنا عواصم العالم")]
    [TestCase("شغلي لنا لعبة عواصم العالم")]
    [TestCase("هيا نلعب عواصم العالم يا اليكسا", Description = "'come on'")]
    [TestCase("هيا نلعب عواصم العالم")]
    [TestCase("تعالي نلعب عواصم العالم")]
    [TestCase("شغلي عواصم العالم للعيال", Description = "'for the kids'")]
    [TestCase("افتحي عواصم العالم لعيالي")]
    [TestCase("يلا نلعب عواصم العالم مع الاطفال")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches("ar-SA", utterance);
}
