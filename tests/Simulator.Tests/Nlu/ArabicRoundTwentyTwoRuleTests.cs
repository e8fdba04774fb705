using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of the round-22 tuning (interactionModel/README.md, *Round 22 tuning for Arabic (session
/// 22)*), each tried on sentences of our own rather than the corpus lines: the fillers "يا خوك", "وبعدين", "تعبت", "يالا",
/// the Levantine and Iraqi "of" ("تبعت", "مالت"), the ending "شو بتكون", help ("طريقة الاستعمال", "محتاج شرح"), stop
/// ("اقفليه", "دير ستوب"), cancel ("ما عاد ابغاه", "ما عدت محتاج", "ابطلي اللي قلتلك") and the launch verbs "دوري" /
/// "هاتي"; with neighbours that must still fall back.</summary>
public class ArabicRoundTwentyTwoRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("شنهو عاصمة البرازيل يا خوك", "BR", Description = "Gulf 'brother' as a filler")]
    [TestCase("شو العاصمة تبعت اليابان", "JP", Description = "Levantine feminine 'of'")]
    [TestCase("العاصمة مالت تركيا شنو", "TR", Description = "Iraqi feminine 'of'")]
    [TestCase("وبعدين البيرو", "PE", Description = "'and then' before a follow-up place")]
    [TestCase("وفرنسا شو بتكون", "FR", Description = "Levantine 'what is it' as an ending")]
    [TestCase("والسويد وش تكون", "SE", Description = "Gulf 'what is it' as an ending")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("كيف طريقة الاستخدام", "AMAZON.HelpIntent", Description = "'how is it used'")]
    [TestCase("بدي شرح يا اليكسا", "AMAZON.HelpIntent", Description = "'I want an explanation'")]
    [TestCase("اقفليه", "AMAZON.StopIntent", Description = "'close it'")]
    [TestCase("اقفليه يا اليكسا انا تعبانة", "AMAZON.StopIntent", Description = "'close it, I am tired'")]
    [TestCase("ديري ستوب", "AMAZON.StopIntent", Description = "Maghrebi 'do stop'")]
    [TestCase("ما عدت محتاجة", "AMAZON.CancelIntent", Description = "'I no longer need it'")]
    [TestCase("ما عاد ابيه الغيه", "AMAZON.CancelIntent", Description = "'I don't want it any more, cancel it'")]
    [TestCase("ابطلي اللي قلتلك", "AMAZON.CancelIntent", Description = "'drop what I told you'")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("دوري عواصم العالم", Description = "Egyptian 'turn on'")]
    [TestCase("يالا افتحي عواصم العالم", Description = "'come on' around a launch")]
    [TestCase("هات عواصم العالم", Description = "'bring'")]
    public void A_launch_with_dialect_words(string utterance) =>
        LocaleNlu.AssertLaunches("ar-SA", utterance);

    [TestCase("دوري ابطال اوروبا مين فاز")]
    [TestCase("اقفليه الباب")]
    [TestCase("محتاج شرح درس الرياضيات")]
    [TestCase("هاتي الاخبار")]
    [TestCase("تعبت شغلي الموسيقى")]
    [TestCase("يالا شغلي الراديو")]
    [TestCase("وبعدين شو الطقس بكرة")]
    [TestCase("شو بتكون درجة الحرارة")]
    public void An_other_request_still_falls_back(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo("AMAZON.FallbackIntent"));
}
