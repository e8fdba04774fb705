using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;
/// <summary>The Arabic families of round 38 tuning (interactionModel/README.md, *Round 38 tuning for Arabic (session
/// 40)*), each tried on sentences of our own rather than the corpus lines: a hesitation "استنى شو اسمها" before the name,
/// people from the country after the question ("في حجاج منها", "في طلاب منها"), a country's people as its description
/// ("بلد الفراعنة"), the Egyptian repair "لا مش دي قصدي", "&lt;place&gt; عندها عاصمة شو هي", a plural said with the people's
/// pronoun ("ليهم عاصمتين", "راه عندهم بزاف"), the choice with a question word between ("عاصمة تركيا ايه انقرة ولا
/// اسطنبول"), the Levantine check "هي عاصمة ... &lt;city&gt;" and "شو هي &lt;city&gt; مو"; Moroccan cancel / stop / help ("لغي",
/// "هادا", "بزاف هادشي", "كيفاش نسول"), the English "هاو دو اي يوز ذيس", "الاسئلة اللي بتجاوبي عليها"; launch verbs
/// "لانش" / "اطلقي" and "مسابقة / لعبة العواصم" said before the name; and not-places (regions, peoples, historic states
/// the data lacks, "راس المال") that fall back, with out-of-domain neighbours.</summary>
public class ArabicRoundThirtyEightRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("اليكسا عاصمة اه استنى شو اسمها كمبوديا", "KH")]
    [TestCase("شو عاصمة ماليزيا في طلاب منها", "MY")]
    [TestCase("وش عاصمة اندونيسيا في حجاج منها", "ID")]
    [TestCase("عاصمة مصر بلد الفراعنة", "EG")]
    [TestCase("عاصمة النمسا لا مش دي قصدي استراليا", "AU")]
    [TestCase("اليكسا بوتان عندها عاصمة شو هي", "BT")]
    [TestCase("بوليفيا ليهم عاصمتين ايه هما", "BO")]
    [TestCase("شنو هما العواصم ديال بوليفيا راه عندهم بزاف", "BO")]
    [TestCase("عاصمة تركيا ايه انقرة ولا اسطنبول", "TR")]
    [TestCase("هي عاصمة كندا اوتاوا", "CA")]
    [TestCase("عاصمة سوريا شو هي دمشق مو", "SY")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("لغي هادا السؤال", "AMAZON.CancelIntent")]
    [TestCase("لغيها عافاك", "AMAZON.CancelIntent")]
    [TestCase("بزاف هادشي اليكسا", "AMAZON.StopIntent")]
    [TestCase("ما فهمتش كيفاش نسولك", "AMAZON.HelpIntent")]
    [TestCase("هاو دو اي يوز ذيس اليكسا", "AMAZON.HelpIntent")]
    [TestCase("شنو الاسئلة اللي بتجاوبي عليها", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("اليكسا لانش عواصم العالم من فضلك")]
    [TestCase("اطلقي لعبة العواصم عواصم العالم")]
    [TestCase("ابدي مسابقة العواصم عواصم العالم")]
    public void The_skill_is_opened(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("عاصمة اقليم الالزاس شو هي")]
    [TestCase("ايش عاصمة جزيرة جاوا")]
    [TestCase("وش عاصمة الفايكنغ")]
    [TestCase("عاصمة ولاية كيلانتان")]
    [TestCase("كم راس المال حق الشركة")]
    [TestCase("عاصمة البلوش وش هي")]
    [TestCase("عاصمة توسكانا ايش")]
    [TestCase("كيف تقول شكرا بالعربي")]
    [TestCase("في حجاج كثير هالسنة")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
