using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families round 8 added (interactionModel/README.md, Arabic, *Round 8*), on the generated ar-SA model:
/// a place negated and said again or left ("لا مو X Y", "X مو Y": the lexicon's negations), more repairs ("ولا خليها", "لا
/// ابي"), openers that announce a question ("ودي اسالك", "ابي سؤال"), "specifically", "I think (that)", "was" and the roles
/// السياسية / الرسمية as fillers, the feminine subjunctive after "ابغاك" ("تعلميني"), "help me know", the plural with
/// "اللي عند" and "اسمائها", a place with a neighbour that names it ("اللي قرب Y"), the ج spellings and short names as
/// aliases (data), the reverse question with "لأي" and "البلد اللي عاصمته", and help, stop, cancel and launch phrasings.</summary>
public class ArabicRoundEightRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("عاصمة بيرو لا مو بيرو تشيلي", "CL", Description = "a place negated and said again: the place after it")]
    [TestCase("عاصمة النمسا مو استراليا", "AT", Description = "X not Y: the place before the negation")]
    [TestCase("وش عاصمة السويد مش سويسرا", "SE", Description = "مش read as مو")]
    [TestCase("عاصمة السويد ولا خليها الدنمارك", "DK", Description = "'or, let it be' repairs the place")]
    [TestCase("عاصمة فنلندا ولا لا خليها السويد", "SE", Description = "'or no, let it be'")]
    [TestCase("وش عاصمة ايطاليا لا لا ابي اسبانيا", "ES", Description = "'no, I want' repairs the place")]
    [TestCase("ابيك تعلميني عاصمة تشيلي", "CL", Description = "the feminine subjunctive after 'I want you to'")]
    [TestCase("ودي اسالك وش عاصمة البرازيل", "BR", Description = "'I'd like to ask you' announces the question")]
    [TestCase("ابي سؤال وش عاصمة الصين", "CN", Description = "'I want (to ask) a question'")]
    [TestCase("وش كانت عاصمة بورما", "MM", Description = "'was' with a former name")]
    [TestCase("عاصمة الكونغو الديمقراطية بالتحديد", "CD", Description = "'specifically' as a filler; the everyday name as an alias")]
    [TestCase("اعتقد ان عاصمة تركيا اسطنبول صح", "TR", Description = "'I think that' before a check")]
    [TestCase("نيويورك عاصمة امريكا صح ولا غلط", "US", Description = "the tag 'right or wrong'")]
    [TestCase("ساعديني اعرف عاصمة لاوس", "LA", Description = "help me know")]
    [TestCase("ممكن تساعديني واعرف عاصمة كوبا", "CU", Description = "أعرف begins a request after a context clause")]
    [TestCase("قولي لي العاصمتين حقت بوليفيا", "BO", Description = "the dual after 'tell me'")]
    [TestCase("ما هي العواصم اللي عند بنين", "BJ", Description = "the plural with 'that X has'")]
    [TestCase("عواصم ماليزيا وش اساميها", "MY", Description = "'what are their names'")]
    [TestCase("ما هي عاصمة دولة جواتيمالا", "GT", Description = "a ج spelling in a frame with a kind word")]
    [TestCase("عاصمة جوادلوب التابعة لفرنسا", "GP", Description = "a ج spelling in a frame with two slots")]
    [TestCase("وش العاصمة السياسية حقت كندا", "CA", Description = "the political capital as a role")]
    [TestCase("عاصمة ترينيداد", "TT", Description = "the short name of a two-part state")]
    [TestCase("ليش الرياض عاصمة السعودية", "SA", Description = "a why-question that names the capital")]
    [TestCase("لماذا المغرب عاصمتها الرباط", "MA", Description = "why, with the place first")]
    [TestCase("عاصمة جورجيا اللي قرب تركيا", "GE+US-GA", Description = "a neighbour after the place is its qualifier, which narrows nothing here")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("طوكيو هي عاصمة لأي بلد", "طوكيو", Description = "لأي: 'of which' with the preposition written on")]
    [TestCase("وش البلد اللي عاصمته مسقط", "مسقط", Description = "البلد with the masculine pronoun")]
    [TestCase("كوالالمبور عاصمة اي دولة", "كوالالمبور", Description = "a capital's spelling in one word, as an alias")]
    [TestCase("بوجوتا عاصمة وين", "بوجوتا", Description = "the Egyptian ج for the g sound")]
    public void A_reverse_question_names_a_known_city(string utterance, string city)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That((result.IntentName, result.Slot("city")?.Value), Is.EqualTo(("CityIntent", city)));
            Assert.That(result.Slot("city")?.FirstMatch, Is.Not.Null, $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("كيف تشتغل المهارة هذي", "AMAZON.HelpIntent")]
    [TestCase("وش لازم اقول", "AMAZON.HelpIntent")]
    [TestCase("مش عارف اقول ايه", "AMAZON.HelpIntent", Description = "Egyptian: the question word last")]
    [TestCase("ما عرفت وش اسوي", "AMAZON.HelpIntent")]
    [TestCase("كيف اتعامل مع المهارة", "AMAZON.HelpIntent")]
    [TestCase("وش طريقة الاستخدام", "AMAZON.HelpIntent")]
    [TestCase("وقف المهارة", "AMAZON.StopIntent")]
    [TestCase("انهي المحادثة", "AMAZON.StopIntent")]
    [TestCase("توقفي عن الكلام", "AMAZON.StopIntent")]
    [TestCase("خلاص ما ابي اكمل", "AMAZON.StopIntent")]
    [TestCase("ولا شي انسي الموضوع", "AMAZON.CancelIntent", Description = "'nothing' before a cancel")]
    [TestCase("مو مهم", "AMAZON.CancelIntent")]
    [TestCase("خليها", "AMAZON.CancelIntent", Description = "a repair word said alone stays a word")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("عندي سؤال عن الطقس", Description = "'question' alone is no filler: 'about X' stays no capital question")]
    [TestCase("مطار عاصمة فرنسا", Description = "no check without a tag or a verb of thinking: a noun before عاصمة is no guessed city")]
    [TestCase("ساعديني اعرف الوقت في لندن", Description = "help me know something else")]
    [TestCase("ليش باريس عاصمة الموضة", Description = "why a figurative capital: no place")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));

    [TestCase("افتحي عواصم العالم من فضلك")]
    [TestCase("شغلي عواصم العالم الله يخليك")]
    public void A_launch_with_politeness_after_the_name_launches_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches("ar-SA", utterance);
}
