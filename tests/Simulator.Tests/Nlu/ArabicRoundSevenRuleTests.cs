using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families round 7 added (interactionModel/README.md, Arabic, *Round 7*), on the generated ar-SA model:
/// the choice between two cities without هل (a second optional city slot), a context clause before a question (the
/// lexicon's questionWords), "the economic / financial capital" as another sense, trailing purpose clauses, "still" and
/// "I want you to" as fillers, "I need" as a request, Egyptian "wait" and "let it be" as repairs, the plural capitals
/// closed by "هم", the reverse question with the city word first, help with the skill's name, short stop and cancel
/// phrasings, and "play with" the skill as a launch.</summary>
public class ArabicRoundSevenRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("عاصمة البرازيل ريو ولا برازيليا", "BR", Description = "the choice without هل, the second city last")]
    [TestCase("ميلانو او روما عاصمة ايطاليا", "IT", Description = "the two cities first")]
    [TestCase("زيورخ عاصمة سويسرا ام برن", "CH", Description = "the first city, the place, then the second city")]
    [TestCase("هل ما زالت ريو عاصمة البرازيل", "BR", Description = "'still' as a filler: the guess is the city")]
    [TestCase("انا كنت ابي اسال عن عاصمة كينيا", "KE", Description = "a context clause before a request")]
    [TestCase("ابيك تقولين لي عاصمة البيرو", "PE", Description = "I want you to: a polite wrapper")]
    [TestCase("محتاجة اعرف عاصمة تشيلي", "CL", Description = "I need to know, as I want to know")]
    [TestCase("وش عاصمة فنلندا عشان الاختبار", "FI", Description = "a trailing purpose clause")]
    [TestCase("عاصمة السويد اسمها ايه", "SE", Description = "Egyptian: the question word last")]
    [TestCase("زين وعاصمة الدنمارك وش هي", "DK", Description = "'and' joined to عاصمة after the Gulf 'okay'")]
    [TestCase("عواصم بوليفيا ايش هم", "BO", Description = "the plural closed by هم")]
    [TestCase("اذكري لي كل عواصم ماليزيا", "MY", Description = "'all' as a filler")]
    [TestCase("اي مدينة هي العاصمة للنرويج", "NO", Description = "which city is THE capital for X")]
    [TestCase("عاصمة ليبيا لا استني مصر", "EG", Description = "Egyptian 'wait' repairs the place")]
    [TestCase("وش عاصمة عمان او لا خليها قطر", "QA", Description = "'or no, let it be' repairs the place")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id));
        });
    }

    [TestCase("عاصمة البرازيل ريو ولا برازيليا", "BR", "ريو", "برازيليا")]
    [TestCase("عاصمة امريكا نيويورك ولا واشنطن", "US", "نيويورك", "واشنطن", Description = "two cities that are also states: a choice, not one place")]
    public void The_choice_keeps_both_cities_in_their_slots(string utterance, string id, string guess, string otherGuess)
    {
        var result = Recognize(utterance);

        Assert.That((result.Slot("country")?.FirstMatch?.Id, result.Slot("guess")?.Value, result.Slot("otherGuess")?.Value),
            Is.EqualTo((id, guess, otherGuess)));
    }

    [TestCase("ما هي العاصمة التشريعية لبوليفيا", "BO", Description = "a capital role as a filler")]
    [TestCase("ما هي العاصمة الدستورية لهولندا", "NL")]
    [TestCase("عاصمة غرينلاند التابعة للدنمارك", "GL", Description = "a territory with the country it belongs to")]
    public void A_role_or_the_country_a_place_belongs_to_keeps_the_place(string utterance, string id) =>
        Assert.That(Recognize(utterance).Slot("country")!.FirstMatch?.Id, Is.EqualTo(id));

    [TestCase("وش العاصمة الاقتصادية للامارات", Description = "the economic capital is another sense")]
    [TestCase("ما هي العاصمة المالية لسويسرا", Description = "the financial capital, though مالية is also Mali's adjective")]
    [TestCase("كم عدد سكان عاصمة اليابان", Description = "the capital's population: عاصمة does not begin a question")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));

    [TestCase("مدينة الدوحة عاصمة وش", "الدوحة", Description = "the reverse question with the city word first")]
    [TestCase("تونس عاصمة اي دولة", "تونس", Description = "a capital named like its country, as the city")]
    public void A_reverse_question_names_the_city(string utterance, string city)
    {
        var result = Recognize(utterance);

        Assert.That((result.IntentName, result.Slot("city")?.Value), Is.EqualTo(("CityIntent", city)));
    }

    [TestCase("كيف أستخدم عواصم العالم", "AMAZON.HelpIntent", Description = "help with the skill's name")]
    [TestCase("مو فاهمة كيف تشتغلين", "AMAZON.HelpIntent")]
    [TestCase("وش المطلوب مني", "AMAZON.HelpIntent")]
    [TestCase("اشرحي لي اللعبة", "AMAZON.HelpIntent")]
    [TestCase("خلاص يكفي", "AMAZON.StopIntent")]
    [TestCase("بس كذا اقفلي", "AMAZON.StopIntent")]
    [TestCase("الغي اللي قلته", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [Test]
    public void Play_with_the_skill_launches_it() =>
        Assert.That(LocalSkill.NluFor("ar-SA").ParseForm("ابي العب مع عواصم العالم").Kind, Is.EqualTo(UtteranceKind.Launch));
}
