using WorldCapitals.Cli;
using WorldCapitals.Cli.Simulator;
using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Cli;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of round 10 (interactionModel/README.md, Arabic, *Round 10*), each tried on sentences of
/// our own rather than the corpus lines: who asks (a teacher, a parent) and "let me see" before the question, "my brother"
/// openers, endearments and greetings, a trailing demonstrative, dialect forms of how / which / how many, the pronoun before
/// the place, "likewise X", the ج spellings of Indian states, Dominica and the Dominican Republic
/// asked together, celestial and fictional places as no place, and help, stop and cancel phrasings; and of its second pass
/// (*Round 10, second pass*): the press spellings of US and German states and of territories (a kind word or a country's
/// adjective around them leaves no room for a slip), the verbal noun as a launch command, stop with the skill's short
/// name or "take me out", cancel after "don't answer", and figurative capitals of feelings as no place.</summary>
public class ArabicRoundTenRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("الاستاذ سالنا عن عاصمة البرازيل", "BR", Description = "who asked (a teacher, masculine) before 'about the capital of X'")]
    [TestCase("الدكتورة سالتنا وش عاصمة كندا", "CA", Description = "who asked (feminine, 'asked us')")]
    [TestCase("امي تسالني عن عاصمة المكسيك", "MX", Description = "a parent asking")]
    [TestCase("خلني افكر عاصمة النرويج", "NO", Description = "'let me think'")]
    [TestCase("خليني اتذكر وش عاصمة السويد", "SE", Description = "'let me remember'")]
    [TestCase("دعيني ارى عاصمة فنلندا", "FI", Description = "Modern Standard 'let me see'")]
    [TestCase("ياخوي وش عاصمة الصين", "CN", Description = "'my brother' as an opener")]
    [TestCase("يا اختي عاصمة الفلبين ايش", "PH", Description = "'my sister' as an opener")]
    [TestCase("عاصمة كينيا وش هي يا بعد عمري", "KE", Description = "a Gulf endearment after the question")]
    [TestCase("يا روحي وش عاصمة اليابان", "JP", Description = "an endearment before the question")]
    [TestCase("قولي لي عاصمة تونس يا الغالية", "TN", Description = "'dear' after a request")]
    [TestCase("مساء الخير عاصمة الصين وش هي", "CN", Description = "a greeting before a question with no question word first")]
    [TestCase("وش عاصمة الهند ذي", "IN", Description = "the Gulf demonstrative after the place")]
    [TestCase("وشلون اسم عاصمة عمان", "OM", Description = "Gulf 'how' read as كيف")]
    [TestCase("انهي مدينة عاصمة المغرب", "MA", Description = "Egyptian 'which' read as أي")]
    [TestCase("وش عاصمتها البرتغال", "PT", Description = "the pronoun before the place")]
    [TestCase("شو عاصمتها الأردن", "JO", Description = "the pronoun before the place, Levantine")]
    [TestCase("ايش عاصمته العراق", "IQ", Description = "the masculine pronoun before the place")]
    [TestCase("وزيها البيرو", "PE", Description = "'and like it' before a place")]
    [TestCase("ومثله لبنان", "LB", Description = "'and like it' (masculine)")]
    [TestCase("وكذلك المغرب", "MA", Description = "'and likewise'")]
    [TestCase("عاصمة ولاية جوجارات", "IN-GJ", Description = "the ج spelling of an Indian state")]
    [TestCase("وش عاصمة الدومينيكان ودومينيكا", "DM+DO", Description = "the two Dominicas asked together")]
    [TestCase("قول لي عاصمة النمسا", "AT", Description = "the masculine imperative 'say'")]
    [TestCase("دور لي عاصمة الكويت", "KW", Description = "the masculine imperative 'look up'")]
    [TestCase("شوف لي عاصمة عمان", "OM", Description = "the masculine imperative 'see'")]
    [TestCase("تعرفون عاصمة السودان", "SD", Description = "the plural 'do you know'")]
    [TestCase("وش عاصمة اثيوبيا الله لا يهينك", "ET", Description = "a Gulf blessing after the question")]
    [TestCase("وش عاصمة ماليزيا يا طويلة العمر", "MY", Description = "a Gulf honorific")]
    [TestCase("بجد عاصمة بيرو ايه", "PE", Description = "Egyptian 'really'")]
    [TestCase("الصراحة نسيت عاصمة الاكوادور", "EC", Description = "'honestly' before 'I forgot'")]
    [TestCase("عاصمة تشيلي بصراحة ما اعرفها", "CL", Description = "'I don't know it' after the question")]
    [TestCase("وش يسمون عاصمة المكسيك", "MX", Description = "'what do they call'")]
    [TestCase("شنية عاصمة تونس", "TN", Description = "Tunisian 'what'")]
    [TestCase("فين كاينة عاصمة الجزائر", "DZ", Description = "Maghrebi 'where is it'")]
    [TestCase("شنو هي العاصمة ديال المغرب", "MA", Description = "the Maghrebi possessive ديال")]
    [TestCase("العاصمة تبع سوريا شو هي", "SY", Description = "the Levantine possessive تبع")]
    [TestCase("في المسابقة سالوني عن عاصمة مالي", "ML", Description = "a quiz context before the question")]
    [TestCase("سؤال المسابقة عاصمة توغو", "TG", Description = "'the quiz question' before the bare noun phrase")]
    [TestCase("ولدي عنده واجب عن عاصمة بنين", "BJ", Description = "homework before 'about the capital of X'")]
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

    [TestCase("عاصمة نيجيريا لاغوس", "عاصمة نيجيريا هي أبوجا.", Description = "a check without a tag: the skill finds the known name inside the value")]
    [TestCase("ما هي عاصمة ولاية ميجالايا الهندية", "عاصمة ميغالايا هي شيلونغ.", Description = "the ج spelling with the kind and the country's adjective")]
    [TestCase("عاصمة ولاية تشاتيسجار", "عاصمة تشاتيسغار هي", Description = "the ج spelling of an Indian state")]
    [TestCase("دكار عاصمة اي دولة", "داكار هي عاصمة السنغال.", Description = "the Maghrebi spelling of Dakar")]
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

    [TestCase("انا تايهة", "AMAZON.HelpIntent", Description = "'I am lost' (feminine)")]
    [TestCase("محتار وش لازم اسوي", "AMAZON.HelpIntent", Description = "'I am confused' with a help question")]
    [TestCase("ممكن توضحين لي الطريقة", "AMAZON.HelpIntent", Description = "'explain the way to me'")]
    [TestCase("فهميني الطريقة", "AMAZON.HelpIntent")]
    [TestCase("ابغى حد يساعدني", "AMAZON.HelpIntent", Description = "'I want someone to help me'")]
    [TestCase("محتاجة احد يشرح لي", "AMAZON.HelpIntent")]
    [TestCase("كيف العب العواصم", "AMAZON.HelpIntent", Description = "the skill's short name")]
    [TestCase("كيف استعمل مهارة العواصم", "AMAZON.HelpIntent")]
    [TestCase("ازاي استخدم المهارة دي", "AMAZON.HelpIntent", Description = "Egyptian 'how' and 'this'")]
    [TestCase("ما فهمت عليك", "AMAZON.HelpIntent", Description = "Levantine 'I did not get you'")]
    [TestCase("طيب باي", "AMAZON.StopIntent")]
    [TestCase("اوكي شكرا في امان الله", "AMAZON.StopIntent", Description = "a goodbye after an acknowledgement and thanks")]
    [TestCase("تمام الله معك", "AMAZON.StopIntent")]
    [TestCase("خلاص تصبحين على خير", "AMAZON.StopIntent")]
    [TestCase("يكفي اليوم", "AMAZON.StopIntent", Description = "'enough for today'")]
    [TestCase("بس شكرا لك", "AMAZON.StopIntent")]
    [TestCase("الغي الموضوع", "AMAZON.CancelIntent")]
    [TestCase("لا خلاص الغي الفكرة", "AMAZON.CancelIntent")]
    [TestCase("كنسلي العملية", "AMAZON.CancelIntent")]
    [TestCase("امسحي كل شي", "AMAZON.CancelIntent")]
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

    [TestCase("وش عاصمة كوكب زحل", Description = "a planet is no place")]
    [TestCase("عاصمة القمر ايش", Description = "the moon is no place (جزر القمر still is)")]
    [TestCase("ما هي عاصمة نارنيا", Description = "a fictional land")]
    [TestCase("وش عاصمة الشمس")]
    [TestCase("وش عاصمة المجرة")]
    [TestCase("خليني اشوف الطقس", Description = "'let me see' leaves no capital question")]
    [TestCase("المعلمة قالت عندنا اختبار بكرة", Description = "a quiz context alone is no question")]
    [TestCase("وش عاصمة العشاق", Description = "a figurative capital of lovers")]
    [TestCase("ما هي عاصمة الجمال")]
    [TestCase("عاصمة الياسمين وش هي", Description = "Damascus's epithet names no place")]
    [TestCase("ايش عاصمة السعادة")]
    [TestCase("فتح الباب", Description = "the verbal noun without the skill's name is no launch and no question")]
    [TestCase("افتح العواصم", Description = "the short name is not the invocation name: Alexa would not launch the skill by it")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));

    [TestCase("تشغيل مهارة عواصم العالم", Description = "the verbal noun, as on a device's menu")]
    [TestCase("فتح لعبة عواصم العالم")]
    [TestCase("بدء عواصم العالم")]
    [TestCase("اليكسا تشغيل عواصم العالم")]
    public void A_verbal_noun_launches_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches("ar-SA", utterance);
}
