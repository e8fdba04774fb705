using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of round 24 tuning (interactionModel/README.md, *Round 24 tuning for Arabic (session
/// 24)*), each tried on sentences of our own rather than the corpus lines: the Juba and Sudanese possessive "تا"
/// ("عاصمة تا كينيا", "عاصمة تا هم", "عاصمةتا"), "كلم انا" (tell me), "انتا", "ياتو" (which) said last and "وتا" opening
/// a follow-up; the fillers "يابا", "ساكت", "ايو", "اوو", "يا خيي", "منشان الله", "شلاما", "ابشر", "ايام زمان" and the
/// learner's "بدي يعرف"; the classical "قاعدة" (seat of rule), "قاعدة ملك", "حاضرة", "حواضر", "انبئني" and the peoples'
/// names بلاد الاغريق, الاتراك, الافغان and the spelling الكمرون; reverse questions with "اي مملكة", "اي البلاد" and
/// "لاي دولة عاصمة"; "وعاصمتها" and "فما عاصمتها"; stop ("خلاص بس", "خلص"), cancel ("دعك من هذا", "انسى", "ولا يهم")
/// and help ("وش تسوين", "شلون اشتغل وياك", "شو بقدر قلك") wordings; "ابي" + the skill's name as a launch; with
/// out-of-domain neighbours that must still fall back.</summary>
public class ArabicRoundTwentyFourRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("كلم انا عاصمة تا كينيا ساكت", "KE", Description = "the Juba possessive 'تا', 'كلم انا' and 'ساكت'")]
    [TestCase("انتا بعرف عاصمة تا اوغندا", "UG", Description = "'انتا' and 'عاصمة تا'")]
    [TestCase("الناس تا مالي عاصمة تا هم ياتو", "ML", Description = "'عاصمة تا هم' (their capital) and 'ياتو' said last")]
    [TestCase("الولد تا السنغال عاصمة تا هو ياتو", "SN", Description = "'عاصمة تا هو' (his capital)")]
    [TestCase("شنو عواصم تا بوليفيا", "BO", Description = "'عواصم تا'")]
    [TestCase("عاصمةتا تشاد", "TD", Description = "the ASR join 'عاصمةتا'")]
    [TestCase("وتا تشاد", "TD", Description = "a follow-up opened with 'وتا'")]
    [TestCase("والنيجر ساكت", "NE", Description = "a follow-up closed with 'ساكت'")]
    [TestCase("ومنشان الله الهند", "IN", Description = "a follow-up opened with 'ومنشان الله'")]
    [TestCase("وكوبا يابا", "CU", Description = "a follow-up closed with 'يابا'")]
    [TestCase("ايو اليكسا انا بدي يعرف عاصمة البيرو", "PE", Description = "'ايو' and the learner's 'بدي يعرف'")]
    [TestCase("اوو اليكسا عاصمة فرنسا ايش", "FR", Description = "the filler 'اوو'")]
    [TestCase("يا خيي شو عاصمة كندا", "CA", Description = "the address 'يا خيي'")]
    [TestCase("شلاما اليكسا عاصمة سوريا ايش", "SY", Description = "the Assyrian greeting 'شلاما'")]
    [TestCase("ابشر اليكسا وش عاصمة قطر", "QA", Description = "the Gulf 'ابشر'")]
    [TestCase("عاصمة قطر شو انت بتعرفي", "QA", Description = "'انت بتعرفي' said last")]
    [TestCase("انبئني عن قاعدة مصر", "EG", Description = "the classical 'انبئني' and 'قاعدة'")]
    [TestCase("اثابك الله ما قاعدة بلاد الاغريق", "GR", Description = "'اثابك الله' and بلاد الاغريق")]
    [TestCase("ما قاعدة ملك الافغان", "AF", Description = "'قاعدة ملك' and الافغان")]
    [TestCase("عاصمة بلاد الاتراك", "TR", Description = "بلاد الاتراك")]
    [TestCase("حدثني يا هذه عن حاضرة العراق", "IQ", Description = "'يا هذه' and 'حاضرة'")]
    [TestCase("ما حواضر بوليفيا", "BO", Description = "the classical plural 'حواضر'")]
    [TestCase("عاصمة سيلان ايام زمان", "LK", Description = "'ايام زمان' said last")]
    [TestCase("عاصمة الكمرون ايش", "CM", Description = "the spelling الكمرون")]
    [TestCase("عاصمة مالي بالغلط قصدي النيجر", "NE", Description = "'بالغلط' before a repair")]
    [TestCase("الصحن من المكسيك وعاصمتها ما هي", "MX", Description = "'وعاصمتها'")]
    [TestCase("في هذا الركن تحف من اليابان فما عاصمتها", "JP", Description = "'فما عاصمتها'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("اي البلاد حاضرتها القاهرة", Description = "'اي البلاد' and 'حاضرتها'")]
    [TestCase("الرباط عاصمة اي مملكة", Description = "'اي مملكة'")]
    [TestCase("اوسلو لاي دولة عاصمة", Description = "'لاي دولة عاصمة'")]
    public void A_reverse_question_names_the_city(string utterance)
    {
        var result = LocaleNlu.Recognize(Locale, utterance);

        Assert.That(result.IntentName, Is.EqualTo("CityIntent"));
        Assert.That(result.Slot("city")?.FirstMatch, Is.Not.Null, $"matched \"{result.Sample}\"");
    }

    [TestCase("خلاص بس", "AMAZON.StopIntent")]
    [TestCase("خلص بس يابا", "AMAZON.StopIntent")]
    [TestCase("اوو ستوب", "AMAZON.StopIntent")]
    [TestCase("خلص يا خيي", "AMAZON.StopIntent")]
    [TestCase("دعك من هذا يابا", "AMAZON.CancelIntent")]
    [TestCase("انسى يا خيي", "AMAZON.CancelIntent")]
    [TestCase("ولا يهم يابا", "AMAZON.CancelIntent")]
    [TestCase("وش تسوين يا اليكسا", "AMAZON.HelpIntent")]
    [TestCase("شلون اشتغل وياك يا اليكسا", "AMAZON.HelpIntent")]
    [TestCase("شو بقدر قلك", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("ابغى لعبة عواصم العالم")]
    [TestCase("ابي عواصم العالم")]
    [TestCase("يابا شغل عواصم العالم")]
    [TestCase("افتحي عواصم العالم رعاك الله")]
    public void Opening_the_skill_as_users_say_it_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("قاعدة عسكرية في قطر")]
    [TestCase("قاعدة البيانات تبعي")]
    [TestCase("انسى الموضوع تبع الشغل")]
    [TestCase("يابا شغل الاغاني")]
    [TestCase("كلم انا امي")]
    [TestCase("خلص الاكل ساكت")]
    [TestCase("ما اريد اكل")]
    [TestCase("ابي لعبة كرة قدم")]
    [TestCase("ابي اكل")]
    [TestCase("اي مملكة فيها ملك")]
    [TestCase("وش تسوين اليوم يا بنت")]
    [TestCase("مين انتي")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
