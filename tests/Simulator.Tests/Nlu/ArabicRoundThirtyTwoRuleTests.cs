using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;
/// <summary>The Arabic families of round 32 tuning (interactionModel/README.md, *Round 32 tuning for Arabic (session
/// 34)*), each tried on sentences of our own rather than the corpus lines: Gulf and Nepali addresses ("يالربع", "يا داي",
/// "هو داي", "دنيباد", "يا سعادة السفير", "وربي"), the leads of falconers ("جواز الطير يبي يطلع من سفارة", "المقناص كان في",
/// "جايبينه من", "الصقور تربى في", "الرحلة لين ... تبي تاشيرة من"), home cooks ("الطبخة دي من", "البهارات دي من",
/// "بيعملوها برضه في", "الشيف قال", "انا مش مصدق"), retired diplomats ("خدمت في سفارتنا في", "قدمت اوراق اعتمادي في",
/// "حسب بياناتك", "في امريكا الوسطى"), students and drivers ("الروم ميت", "عندي محاضرة", "يبون", "يقول هو من",
/// "X وش الدولة"), repairs ("ويت (ويت) اقصد", "امسح قصدي", "لا وربي قصدي", "هب هذي قصدي", "سوري هجور اقصد"),
/// cancel/stop/help cues ("نيفر مايند", "اعتبر اني ما سالت", "ذاتس ات", "خلاص بس", "وقفي الجهاز", "ما فاهم",
/// "شو المفروض اقول", "شرح بسيط"), launch words ("ابي ادخل", "ارجو فتح", "للزبون", "قبل الامتحان") and not-places
/// ("عاصمة الطبخ", "سقطرة", "المنوفية") that fall back; with out-of-domain neighbours that must still fall
/// back.</summary>
public class ArabicRoundThirtyTwoRuleTests
{
    private const string Locale = "ar-SA";
    [TestCase("يالربع وش عاصمة عمان", "OM")]
    [TestCase("ما عاصمة النيبال يا داي", "NP")]
    [TestCase("وربي ما اعرف عاصمة كندا وش هي", "CA")]
    [TestCase("جواز الصقر يبي يطلع من سفارة تركيا عاصمتها وين", "TR")]
    [TestCase("المقناص اللي فات كان في المغرب وش عاصمتها", "MA")]
    [TestCase("الطير هذا جايبينه من باكستان وش عاصمتها", "PK")]
    [TestCase("الصقور تتربى في منغوليا شو عاصمتها", "MN")]
    [TestCase("الطبخة دي من المكسيك عاصمتها ايه", "MX")]
    [TestCase("البهارات دي من الهند عاصمتها ايه", "IN")]
    [TestCase("الكسكسي بيعملوها برضه في الجزائر عاصمتها ايه", "DZ")]
    [TestCase("الشيف قال الاكلة دي من اليونان عاصمتها ايه", "GR")]
    [TestCase("خدمت في سفارتنا في كينيا فما عاصمتها", "KE")]
    [TestCase("قدمت اوراق اعتمادي في عاصمة النمسا فما اسمها", "AT")]
    [TestCase("عاصمة البرتغال حسب بياناتك يا سعادة السفير", "PT")]
    [TestCase("ما عاصمة هندوراس في امريكا الوسطى", "HN")]
    [TestCase("ما عاصمة الاوروغواي في امريكا الجنوبية", "UY")]
    [TestCase("ممكن عاصمة بيرو بسرعة عندي محاضرة", "PE")]
    [TestCase("الدكتور يبون عاصمة الفلبين", "PH")]
    [TestCase("عاصمة سير اليون ايش", "SL")]
    [TestCase("طيب والبلد اللي جنبها زامبيا", "ZM")]
    [TestCase("الرحلة لين تركيا تبي تاشيرة من عاصمتهم وين", "TR")]
    [TestCase("عاصمة النمسا ويت ويت اقصد استراليا", "AU")]
    [TestCase("عاصمة السويد امسح قصدي سويسرا", "CH")]
    [TestCase("عاصمة مالي لا وربي قصدي مالاوي", "MW")]
    [TestCase("عاصمة عمان هب هذي قصدي اليمن", "YE")]
    [TestCase("عاصمة تشيلي سوري هجور اقصد الصين", "CN")]
    [TestCase("البرازيل عندها كم عاصمة عطنا اياهم", "BR")]
    [TestCase("عاصمة هولندا اليوم", "NL")]
    // "البرنامج بيقول عاصمة استراليا سيدني انا مش مصدق" (AU) and "الروم ميت حقي من السودان وش عاصمتها" (SD) answer right
    // in capitals eval, but this helper finds the slot value without a first match: checked with capitals eval only.
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("الزبون يقول هو من نيروبي وش الدولة", "nairobi", Description = "'يقول هو من' and 'X وش الدولة'")]
    [TestCase("مسقط وش الدولة", "muscat", Description = "the reverse question 'X وش الدولة'")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("كنسلي السؤال يا ربع", "AMAZON.CancelIntent")]
    [TestCase("نيفر مايند يالربع", "AMAZON.CancelIntent")]
    [TestCase("اعتبر اني ما سالت يا داي", "AMAZON.CancelIntent")]
    [TestCase("الغي البحث يالربع", "AMAZON.CancelIntent")]
    [TestCase("ذاتس ات يالربع", "AMAZON.StopIntent")]
    [TestCase("خلاص بس يا داي", "AMAZON.StopIntent")]
    [TestCase("دنيباد داي خلاص", "AMAZON.StopIntent")]
    [TestCase("وقفي الجهاز يالربع", "AMAZON.StopIntent")]
    [TestCase("توقف عن الكلام خلصنا المذاكرة", "AMAZON.StopIntent")]
    [TestCase("اسكتي الحلة فارت", "AMAZON.StopIntent")]
    [TestCase("انا جديدة على الجهاز ايش الطريقة", "AMAZON.HelpIntent")]
    [TestCase("يالربع انا ما فاهم", "AMAZON.HelpIntent")]
    [TestCase("انا لوست شو المفروض اقول", "AMAZON.HelpIntent")]
    [TestCase("وش اقدر اسالك عنه يا داي", "AMAZON.HelpIntent")]
    [TestCase("ابي شرح بسيط", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("شغلي عواصم العالم يالربع")]
    [TestCase("افتح عواصم العالم للزبون")]
    [TestCase("ابي ادخل عواصم العالم يا داي")]
    [TestCase("ارجو فتح عواصم العالم")]
    [TestCase("شغلي عواصم العالم قبل الامتحان ارجوكي")]
    public void The_skill_is_opened(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("ايش عاصمة الطبخ العربي")]
    [TestCase("ما عاصمة سقطرة")]
    [TestCase("عاصمة المنوفية ايه")]
    [TestCase("يالربع الجو بكرة حار ولا لا")]
    [TestCase("داي كم الساعة الحين")]
    [TestCase("جواز الطير كم سعره")]
    [TestCase("الغي الموعد يالربع")]
    [TestCase("وقفي المكيف يا داي")]
    [TestCase("الطبخة دي من ايش معمولة")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
