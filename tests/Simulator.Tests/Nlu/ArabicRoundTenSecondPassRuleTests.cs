using WorldCapitals.Cli;
using WorldCapitals.Cli.Simulator;
using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Cli;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of round 10's second pass (interactionModel/README.md, Arabic, *Round 10, second pass*),
/// each tried on sentences of our own rather than the corpus lines: the press spellings of US and German states and of
/// territories (a kind word or a country's adjective around them leaves no room for a slip), the verbal noun as a launch
/// command, stop with the skill's short name or "take me out", cancel after "don't answer", and figurative capitals of
/// feelings as no place.</summary>
public class ArabicRoundTenSecondPassRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("عاصمة ولاية نيو هامبشير", "US-NH", Description = "'new' written apart")]
    [TestCase("وش عاصمة ولاية نيوجيرسي", "US-NJ", Description = "'new' written onto the name")]
    [TestCase("ما هي عاصمة ولاية كونتيكت", "US-CT", Description = "a vowel letter left out")]
    [TestCase("عاصمة ولاية وايومنج", "US-WY")]
    [TestCase("عاصمة ولاية ماساتشوسيتس", "US-MA", Description = "a vowel letter added")]
    [TestCase("عاصمة ولاية كارولينا الشمالية", "US-NC")]
    [TestCase("وش عاصمة ولاية تورينجيا في المانيا", "DE-TH", Description = "a German state with its country")]
    [TestCase("عاصمة ولاية بادن فورتمبيرغ", "DE-BW", Description = "without the hyphen")]
    [TestCase("ما هي عاصمة ولاية بايرن", "DE-BY", Description = "the German name of Bavaria")]
    [TestCase("عاصمة تركس وكايكوس", "TC", Description = "a territory without 'islands'")]
    [TestCase("عاصمة سان بيار وميكلون", "PM")]
    [TestCase("عاصمة جزر جورجيا الجنوبية", "GS", Description = "the short name of South Georgia, not Georgia")]
    [TestCase("وش عاصمة جزر الفارو", "FO")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    // With a kind word and an adjective around it the value holds more than the name: the skill finds the name inside.
    [TestCase("عاصمة ولاية ميشيجان الامريكية", "عاصمة ميشيغان هي لانسينغ.", Description = "the ج spelling with the country's adjective")]
    [TestCase("عاصمة ولاية ميسوري وش هي", "عاصمة ميزوري هي جيفرسون سيتي.", Description = "س for ز")]
    [TestCase("وش عاصمة ولاية اوريجون الامريكيه", "عاصمة أوريغون هي سالم.", Description = "the ج spelling, the adjective ending in ه")]
    [TestCase("عاصمة ولاية هيسه الالمانية", "عاصمة هسن هي فيسبادن.", Description = "the German form of Hesse")]
    [TestCase("وش عاصمة جزيرة جرسي", "سانت هيلير هي عاصمة جيرسي", Description = "a crown dependency with the island word")]
    [TestCase("ما هي عاصمة جزر الكايمان البريطانية", "جورج تاون هي عاصمة جزر كايمان", Description = "the article on the name, the parent's adjective")]
    [TestCase("وش عاصمة جزر واليس وفوتونا الفرنسية", "ماتا أوتو هي عاصمة جزر والس وفوتونا")]
    [TestCase("عاصمة ولاية البنغال الغربية الهندية", "عاصمة بنغال الغربية هي كولكاتا.", Description = "an Indian state with the article")]
    [TestCase("عاصمة ولاية باخا كاليفورنيا المكسيكية", "عاصمة باها كاليفورنيا هي مكسيكالي.", Description = "a Mexican state with the Spanish j as خ")]
    [TestCase("عاصمة ولاية ماتو جروسو البرازيلية", "عاصمة ماتو غروسو هي كويابا.", Description = "a Brazilian state with ج for g")]
    [TestCase("عاصمة ولاية تازمانيا", "عاصمة تسمانيا هي هوبارت.", Description = "an Australian state with ز")]
    public async Task The_skill_answers_for_the_place_meant(string utterance, string expected)
    {
        var (exitCode, output, error) = await AskCommandTests.Ask(new AskRequest(utterance, null, Json: false, Locale: "ar-SA"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
            Assert.That(output, Does.StartWith("Alexa: " + expected));
        });
    }

    [TestCase("لا تردين الغي الطلب", "AMAZON.CancelIntent", Description = "'don't answer' before a cancel")]
    [TestCase("لا تجاوبي", "AMAZON.CancelIntent", Description = "'don't answer' alone")]
    [TestCase("خلاص لا تكملي", "AMAZON.CancelIntent")]
    [TestCase("لا تجاوبين كنسلي", "AMAZON.CancelIntent")]
    [TestCase("اقفلي عواصم العالم", "AMAZON.StopIntent", Description = "stop with the skill's name")]
    [TestCase("سكر العواصم", "AMAZON.StopIntent", Description = "the masculine 'close' with the short name")]
    [TestCase("وقفي العواصم", "AMAZON.StopIntent")]
    [TestCase("طلعيني من اللعبة", "AMAZON.StopIntent", Description = "'take me out of'")]
    [TestCase("خرجني من المهارة", "AMAZON.StopIntent")]
    [TestCase("قفل التطبيق", "AMAZON.StopIntent")]
    [TestCase("طلعيني", "AMAZON.StopIntent", Description = "'take me out' alone")]
    [TestCase("إغلاق عواصم العالم", "AMAZON.StopIntent", Description = "the verbal noun as a stop command")]
    [TestCase("ايقاف العواصم", "AMAZON.StopIntent")]
    [TestCase("لا تردي علي الغيه", "AMAZON.CancelIntent", Description = "'don't answer me' before a cancel")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("تشغيل مهارة عواصم العالم", Description = "the verbal noun, as on a device's menu")]
    [TestCase("فتح لعبة عواصم العالم")]
    [TestCase("بدء عواصم العالم")]
    [TestCase("اليكسا تشغيل عواصم العالم")]
    public void A_verbal_noun_launches_the_skill(string utterance) =>
        Assert.That(LocalSkill.NluFor("ar-SA").ParseForm(utterance).Kind, Is.EqualTo(UtteranceKind.Launch));

    [TestCase("وش عاصمة العشاق", Description = "a figurative capital of lovers")]
    [TestCase("ما هي عاصمة الجمال")]
    [TestCase("عاصمة الياسمين وش هي", Description = "Damascus's epithet names no place")]
    [TestCase("ايش عاصمة السعادة")]
    [TestCase("فتح الباب", Description = "the verbal noun without the skill's name is no launch and no question")]
    [TestCase("افتح العواصم", Description = "the short name is not the invocation name: Alexa would not launch the skill by it")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
}
