using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of the round-20 tuning half (interactionModel/README.md, *Round 20 tuning for Arabic
/// (session 20)*), each tried on sentences of our own rather than the corpus lines: question endings "وش كانت" and
/// "كيف اسمها", quiz follow-ups "والثانية X" / "ايه و X" / Libyan "شن عن X", a recognition split "عا صمة", address and
/// hesitation fillers, a trailing "write it for me", and help, stop and cancel wordings of the Gulf, Levant, Egypt and
/// Libya; with neighbours that must still fall back.</summary>
public class ArabicRoundTwentyCorpusRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("هممم عاصمة كينيا وش كانت", "KE", Description = "a hesitation, then 'what was it'")]
    [TestCase("عاصمة المغرب شو كانت", "MA", Description = "Levantine 'what was it' at the end")]
    [TestCase("والثانية البرتغال", "PT", Description = "'and the second one' in a quiz")]
    [TestCase("طيب والتانية السويد", "SE", Description = "'and the second one' with a Levantine/Egyptian t")]
    [TestCase("ايه و النرويج", "NO", Description = "Egyptian 'yes, and' before the next place")]
    [TestCase("شن عن تونس", "TN", Description = "Libyan 'what about'")]
    [TestCase("وش عا صمة اليابان", "JP", Description = "'capital' split in two by recognition")]
    [TestCase("يا ست الكل وش عاصمة الاردن", "JO", Description = "Egyptian address 'lady of all'")]
    [TestCase("ما عدت اتذكر عاصمة تركيا وش هي", "TR", Description = "'I no longer remember'")]
    [TestCase("عاصمة بيرو كيف اسمها", "PE", Description = "'how is it called' at the end")]
    [TestCase("من عواصم العالم عاصمة كندا", "CA", Description = "'from World Capitals' before the question")]
    [TestCase("عاصمة فنلندا وش اسمها اكتبيها لي", "FI", Description = "'write it for me' after the question")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("نحتاج مساعدة", "AMAZON.HelpIntent", Description = "'we need help'")]
    [TestCase("وش تقدري تسوي", "AMAZON.HelpIntent", Description = "Gulf 'what can you do' without the final n")]
    [TestCase("شو بتعرف تعمل", "AMAZON.HelpIntent", Description = "Levantine 'what do you know how to do'")]
    [TestCase("كيف اكلمك", "AMAZON.HelpIntent", Description = "'how do I talk to you'")]
    [TestCase("ايش اقدر اسوي في عواصم العالم", "AMAZON.HelpIntent", Description = "'what can I do in World Capitals'")]
    [TestCase("سكتي", "AMAZON.StopIntent", Description = "Gulf 'be quiet' without the initial a")]
    [TestCase("بطلي كلام يا بنتي", "AMAZON.StopIntent", Description = "Egyptian/Levantine 'stop talking'")]
    [TestCase("اسكتي البيبي نايم", "AMAZON.StopIntent", Description = "'be quiet, the baby is asleep'")]
    [TestCase("انسي السؤال", "AMAZON.CancelIntent", Description = "'forget the question'")]
    [TestCase("مابي السؤال", "AMAZON.CancelIntent", Description = "Gulf 'I don't want the question', glued")]
    [TestCase("ما يهم الغيه", "AMAZON.CancelIntent", Description = "'never mind, cancel it'")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("اسكتي المكيف صوته عالي")]
    [TestCase("الولد نايم")]
    [TestCase("والثانية كم الساعة")]
    [TestCase("ما يهم الطقس")]
    [TestCase("كم عدد سكان كينيا وش كانت")]
    public void An_other_request_still_falls_back(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo("AMAZON.FallbackIntent"));
}
