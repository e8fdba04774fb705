using WorldCapitals.Cli;
using WorldCapitals.Cli.Simulator;
using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Cli;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families round 5 added (interactionModel/README.md, Arabic, *Round 5*), on the generated ar-SA
/// model: Egyptian and Levantine question words, "the capital in X" with a relative or a preposition, the place named
/// with its kind first, more politeness as fillers, the guess right after the place, a prefix on a name the tokenizer
/// cannot split, built-ins and launch as users say them.</summary>
public class ArabicRoundFiveRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("ايه عاصمة فرنسا", "FR", Description = "Egyptian ايه (what)")]
    [TestCase("عاصمة المانيا ايه", "DE")]
    [TestCase("عايز اعرف عاصمة ايطاليا", "IT", Description = "Egyptian عايز (I want)")]
    [TestCase("بدي اعرف شو عاصمة لبنان", "LB", Description = "Levantine بدي (I want)")]
    [TestCase("بتعرفي شو عاصمة الاردن", "JO", Description = "Levantine بتعرفي (do you know)")]
    [TestCase("حدثيني عن عاصمة جمهورية الصين الشعبية", "CN", Description = "حدثيني (tell me about)")]
    [TestCase("ماذا يسمى عاصمة البرازيل", "BR", Description = "what the capital is called")]
    [TestCase("وش العاصمة اللي في كينيا", "KE", Description = "the capital that is in X")]
    [TestCase("العاصمة بكينيا", "KE", Description = "the capital, ب written onto the name")]
    [TestCase("ما هي مدينة العاصمة في المملكة الأردنية الهاشمية", "JO", Description = "an official name after في")]
    [TestCase("بلد تشيلي ما عاصمتها", "CL", Description = "the place with its kind first")]
    [TestCase("دولة اليابان وش تطلع عاصمتها", "JP", Description = "the Gulf copula تطلع")]
    [TestCase("اذكري العاصمتين حقت بوليفيا", "BO", Description = "the dual with the article")]
    [TestCase("يلا وش عاصمة تونس", "TN", Description = "the opener يلا")]
    [TestCase("وش عاصمة قطر الله يعطيك العافية", "QA", Description = "a blessing after the question")]
    [TestCase("لو ما عليك امر وش عاصمة عمان", "OM", Description = "if it's no trouble")]
    [TestCase("بالله وش عاصمة الهند", "IN", Description = "the Gulf opener بالله")]
    [TestCase("الهند العاصمة حقتها وش", "IN", Description = "the possessive pronoun حقتها")]
    [TestCase("وش عن ايطاليا", "IT", Description = "the Gulf follow-up وش عن")]
    [TestCase("نفس الشي لفرنسا", "FR")]
    [TestCase("ليش بوليفيا عندها عاصمتين", "BO", Description = "why a country has two capitals")]
    [TestCase("شنهي عاصمة البحرين", "BH", Description = "Kuwaiti شنهي (what is)")]
    [TestCase("قلي شو عاصمة سوريا", "SY", Description = "Levantine قلي (tell me)")]
    [TestCase("وجزر البهاما", "BS", Description = "و on a name whose first word other names hold with و")]
    [TestCase("وش عاصمة سانت فنسنت وجزر غرينادين", "VC", Description = "a name with وجزر inside still resolves as said")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id));
        });
    }

    [TestCase("هل عاصمة استراليا سيدني", "AU", "سيدني")]
    [TestCase("عاصمة مصر الاسكندرية صح", "EG", "الاسكندرية")]
    [TestCase("هل عاصمة تركيا هي اسطنبول ولا غيرها", "TR", "اسطنبول")]
    public void A_guess_right_after_the_place_is_the_guess(string utterance, string id, string guess)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id));
            Assert.That(result.Slot("guess")?.Value, Is.EqualTo(guess));
        });
    }

    [TestCase("احتاج مساعدة", "AMAZON.HelpIntent")]
    [TestCase("وش اسأل عشان اعرف العواصم", "AMAZON.HelpIntent")]
    [TestCase("وش الاوامر اللي اقدر اقولها", "AMAZON.HelpIntent")]
    [TestCase("ما فهمت كيف استخدمه", "AMAZON.HelpIntent")]
    [TestCase("انسيها خلاص", "AMAZON.CancelIntent")]
    [TestCase("كنسلي ما ابيه", "AMAZON.CancelIntent")]
    [TestCase("خلاص انسى", "AMAZON.CancelIntent")]
    [TestCase("اسكتي", "AMAZON.StopIntent")]
    [TestCase("اغلقي البرنامج", "AMAZON.StopIntent")]
    [TestCase("في اي دولة تقع مدينة نيروبي", "CityIntent")]
    [TestCase("مدريد عاصمة وين", "CityIntent")]
    [TestCase("ممكن تساعديني", "AMAZON.HelpIntent")]
    [TestCase("اعطيني امثلة على الاسئلة", "AMAZON.HelpIntent")]
    [TestCase("ما هي عاصمة الموضة", "AMAZON.FallbackIntent", Description = "a figurative capital is no place")]
    [TestCase("ما هي عاصمة الثقافة العربية", "AMAZON.FallbackIntent")]
    [TestCase("ايه الاخبار", "AMAZON.FallbackIntent")]
    [TestCase("كم الساعة الحين", "AMAZON.FallbackIntent")]
    [TestCase("كم عدد سكان الرياض", "AMAZON.FallbackIntent")]
    [TestCase("مين انتي", "AMAZON.FallbackIntent", Description = "who are you: not the state of Maine (مين)")]
    public void The_request_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("افتح لي تطبيق عواصم العالم")]
    [TestCase("شغلي لي لعبة عواصم العالم")]
    [TestCase("ممكن تفتحين لي عواصم العالم")]
    public void A_launch_phrase_with_li_and_an_app_word_launches(string utterance)
    {
        LocaleNlu.AssertLaunches("ar-SA", utterance);
    }

    [TestCase("هل الرياض عاصمة المملكة", "عاصمة المملكة العربية السعودية هي الرياض.", Description = "المملكة: Saudi Arabia, as Saudis say")]
    [TestCase("ما عاصمة المملكة النرويجية", "عاصمة النرويج هي أوسلو.", Description = "another kingdom's adjective form stays that kingdom")]
    [TestCase("ما عاصمة ولاية كيرالا الهندية", "عاصمة كيرلا هي", Description = "a state with its country's adjective")]
    [TestCase("وش عاصمة راجستان", "عاصمة راجاستان هي جايبور.", Description = "an everyday spelling of an Indian state")]
    [TestCase("ما عاصمة روسيا البيضاء", "عاصمة بيلاروس هي", Description = "an older everyday name, not Russia")]
    [TestCase("وش عاصمة جامبيا", "عاصمة غامبيا هي", Description = "the Egyptian ج for g, one letter from Zambia")]
    [TestCase("ما عاصمة مقاطعة بريتش كولومبيا", "عاصمة كولومبيا البريطانية هي", Description = "not Colombia")]
    public async Task The_skill_answers_for_the_place_meant(string utterance, string expected)
    {
        var (exitCode, output, error) = await AskCommandTests.Ask(new AskRequest(utterance, null, Json: false, Locale: "ar-SA"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
            Assert.That(output, Does.StartWith("Alexa: " + expected));
        });
    }
}
