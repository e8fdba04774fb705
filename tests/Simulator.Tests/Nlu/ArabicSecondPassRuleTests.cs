using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of the second tuning pass of session 9 (interactionModel/README.md, Arabic, *Round 8/9,
/// second pass*), each tried on sentences of our own rather than the corpus lines: Egyptian fillers (بقى, انتي, هو انتي),
/// "okay", blessings, who is asking and "I forgot" as fillers, a region after the place, هات / هاتي as "give me", كيف اسم,
/// the dual and plural with حقت, "the one after it", "X is the capital of where" with تكون, figurative nouns as no place,
/// and more help, stop, cancel and launch phrasings.</summary>
public class ArabicSecondPassRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("قوليلي بقى عاصمة المانيا ايه", "DE", Description = "Egyptian بقى as a filler, the question word last")]
    [TestCase("هو انتي عارفة عاصمة فرنسا ايه", "FR", Description = "Egyptian 'do you (f.) know' with هو")]
    [TestCase("كيف اسم عاصمة كينيا", "KE", Description = "Levantine/Gulf كيف اسم: 'what is the name'")]
    [TestCase("هاتي لي اسم عاصمة النرويج", "NO", Description = "هاتي read as 'give me'")]
    [TestCase("اوكي الحين عاصمة كندا", "CA", Description = "'okay now' before the question")]
    [TestCase("عاصمة الكويت وش تكون الله يسلمك", "KW", Description = "وش تكون after the place, a blessing after it")]
    [TestCase("العاصمتين حقت بوليفيا وش هم", "BO", Description = "the dual with حقت and 'what are they'")]
    [TestCase("العواصم حقت جنوب افريقيا ايش هي", "ZA", Description = "the plural with حقت")]
    [TestCase("بنتي تسالني عن عاصمة تشاد وانا ناسية", "TD", Description = "who asks and 'I forgot' around 'about the capital of X'")]
    [TestCase("وش هي العاصمة الادارية والعاصمة الرسمية لسريلانكا", "LK", Description = "two roles of the capital said together")]
    [TestCase("واللي بعدها الاردن", "JO", Description = "'and the next one' before a place")]
    [TestCase("هو صحيح ان اسطنبول عاصمة تركيا", "TR", Description = "هو before 'is it true that'")]
    [TestCase("سيدني عاصمة استراليا صح ولا", "AU", Description = "the tag 'right, or?'")]
    [TestCase("وش عاصمة النمسا اللي في اوروبا", "AT", Description = "a region after the place")]
    [TestCase("وش عاصمة البيرو اللي في امريكا الجنوبية", "PE", Description = "a region of two words after the place")]
    [TestCase("وش عاصمة برمودا اللي تتبع بريطانيا", "BM", Description = "'that belongs to Y'")]
    [TestCase("ابي عواصم ماليزيا", "MY", Description = "'I want' before the plural")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("الرباط تكون عاصمة وين", "الرباط")]
    [TestCase("نيروبي تكون عاصمة ايش", "نيروبي")]
    public void A_reverse_question_with_takun_names_the_city(string utterance, string city)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That((result.IntentName, result.Slot("city")?.Value), Is.EqualTo(("CityIntent", city)));
            Assert.That(result.Slot("city")?.FirstMatch, Is.Not.Null, $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("كيف العبها", "AMAZON.HelpIntent")]
    [TestCase("شو بقدر اسال", "AMAZON.HelpIntent", Description = "Levantine بقدر")]
    [TestCase("وش اقدر اسالك عنه", "AMAZON.HelpIntent")]
    [TestCase("كيف يشتغل هذا التطبيق", "AMAZON.HelpIntent")]
    [TestCase("احتاج مساعدة في البرنامج", "AMAZON.HelpIntent")]
    [TestCase("علميني طريقة استخدام اللعبة", "AMAZON.HelpIntent")]
    [TestCase("وش اقول عشان تعطيني العاصمة", "AMAZON.HelpIntent")]
    [TestCase("اوقفي المهارة", "AMAZON.StopIntent")]
    [TestCase("خروج من المهارة", "AMAZON.StopIntent")]
    [TestCase("بس خلاص ما ابغى شي", "AMAZON.StopIntent")]
    [TestCase("الغي الطلب الاخير", "AMAZON.CancelIntent")]
    [TestCase("شيلي هذا السؤال", "AMAZON.CancelIntent")]
    [TestCase("تجاهلي الطلب", "AMAZON.CancelIntent")]
    [TestCase("ما ابيه الغيه", "AMAZON.CancelIntent")]
    [TestCase("خلاص ولا يهمك", "AMAZON.CancelIntent")]
    [TestCase("ارجعي الغيها", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("ايش اسم عاصمة النور", Description = "a figurative capital ('of light') is no place")]
    [TestCase("وش عاصمة الضباب", Description = "'the capital of fog'")]
    [TestCase("كم دولة في اوروبا", Description = "a region as a filler phrase leaves no capital question")]
    [TestCase("وش اكبر عاصمة في افريقيا")]
    [TestCase("مين انتي", Description = "انتي alone is no filler: 'who are you' is not the state of Maine")]
    [TestCase("العاصمة الادارية في مصر وين موقعها", Description = "'administrative' alone is no filler: Egypt's new city")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));

    [TestCase("ابدا لعبة عواصم العالم")]
    [TestCase("اليكسا ابدأ لعبة عواصم العالم")]
    public void Start_the_game_launches_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches("ar-SA", utterance);
}
