using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of round 23 tuning (interactionModel/README.md, *Round 23 tuning for Arabic (session
/// 23)*), each tried on sentences of our own rather than the corpus lines: the address fillers "يا جدع", "يسطا", "برو",
/// "يا عم", "يا ريس", "ميت" (mate) and the greetings and thanks of Swahili and Amazigh speakers ("جامبو", "اسانتي",
/// "ازول", "تانميرت") and "بوينو"; the Moroccan "ديالها", the Gulf "ديرته" (his homeland) as a reference to the place
/// named before, "تسال عن" as a reported question, "الها" (she has) and "شنو هن"; the repairs "نو نو" and "بالاحرى";
/// the ASR splits "غرينا دا", "بيلا روسيا", "سان مارينه", "جنوب السدان"; the nicknames بلاد الأرز and بلاد الكنغر and
/// the spelling مونتسيرات; cancel ("ولا حاجة", "سيبك منها", "اصرفي النظر", "ما نبيها"), stop ("روحي نامي", "اقفل")
/// and help ("شلون استعمل", "هالشي", "نبا مساعدة") wordings; "اوبن" as a launch verb; with out-of-domain neighbours
/// that must still fall back.</summary>
public class ArabicRoundTwentyThreeRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("يا جدع عاصمة اليونان ايش", "GR", Description = "the Egyptian address 'يا جدع'")]
    [TestCase("يسطا شو عاصمة كينيا", "KE", Description = "the Egyptian address 'يسطا'")]
    [TestCase("برو وش عاصمة تركيا", "TR", Description = "the loanword address 'برو'")]
    [TestCase("يا عم عاصمة البيرو ايش", "PE", Description = "the address 'يا عم'")]
    [TestCase("جامبو اليكسا عاصمة اوغندا", "UG", Description = "the Swahili greeting 'جامبو'")]
    [TestCase("بوينو عاصمة تشيلي ايش", "CL", Description = "the loanword 'بوينو'")]
    [TestCase("عاصمة رواندا ايش اسانتي", "RW", Description = "the Swahili thanks 'اسانتي'")]
    [TestCase("ازول اليكسا عاصمة مالي ايش", "ML", Description = "the Amazigh greeting 'ازول'")]
    [TestCase("شو عاصمة البرتغال ميت", "PT", Description = "the loanword address 'ميت' (mate)")]
    [TestCase("صديقتي من كوبا شنو العاصمة ديالها", "CU", Description = "the Moroccan 'ديالها'")]
    [TestCase("الراعي اللي من منغوليا وش عاصمة ديرته", "MN", Description = "the Gulf 'ديرته' (his homeland)")]
    [TestCase("البنات من اليابان وش عاصمة ديرتهم", "JP", Description = "the Gulf 'ديرتهم'")]
    [TestCase("اليكسا الولد من كوبا يسال عن عاصمتها", "CU", Description = "the reported 'يسال عن'")]
    [TestCase("بلد الأرز عاصمته ايش", "LB", Description = "the nickname of Lebanon")]
    [TestCase("شو عاصمة بلد الكنغر", "AU", Description = "the nickname of Australia")]
    [TestCase("مونتسيرات عاصمتها وش", "MS", Description = "the spelling مونتسيرات")]
    [TestCase("بوليفيا الها عاصمتين شنو هن", "BO", Description = "'الها' (she has) and 'شنو هن'")]
    [TestCase("عاصمة غرينا دا وش", "GD", Description = "the ASR split 'غرينا دا'")]
    [TestCase("وش عاصمة بيلا روسيا", "BY", Description = "the ASR split 'بيلا روسيا'")]
    [TestCase("شو عاصمة سان مارينه", "SM", Description = "the Levantine ending 'سان مارينه'")]
    [TestCase("جنوب السدان عاصمتها ايش", "SS", Description = "the ASR slip 'جنوب السدان'")]
    [TestCase("عاصمة المغرب نو نو ليبيا", "LY", Description = "the repair 'نو نو'")]
    [TestCase("عاصمة العراق بالاحرى الكويت", "KW", Description = "the repair 'بالاحرى'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("ولا حاجة يا عم", "AMAZON.CancelIntent")]
    [TestCase("سيبك منها", "AMAZON.CancelIntent")]
    [TestCase("اصرفي النظر", "AMAZON.CancelIntent")]
    [TestCase("ما نبيها يا ريس", "AMAZON.CancelIntent")]
    [TestCase("نو وريز الغيها", "AMAZON.CancelIntent")]
    [TestCase("روحي نامي يا اليكسا", "AMAZON.StopIntent")]
    [TestCase("اقفل يسطا", "AMAZON.StopIntent")]
    [TestCase("ستوب يا ميت", "AMAZON.StopIntent")]
    [TestCase("تانميرت خلاص", "AMAZON.StopIntent")]
    [TestCase("شلون استخدم هالشي", "AMAZON.HelpIntent")]
    [TestCase("شلون استعمل المهارة", "AMAZON.HelpIntent")]
    [TestCase("نبا مساعدة يا برو", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("اوبن عواصم العالم يا عم")]
    [TestCase("يسطا شغلي عواصم العالم")]
    [TestCase("برو افتحي عواصم العالم")]
    public void Opening_the_skill_with_an_address_word_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("شغل الاغاني يا جدع")]
    [TestCase("يسطا شغلي الراديو")]
    [TestCase("اقفل الباب")]
    [TestCase("الولد ميت من الجوع")]
    [TestCase("سيبك من الموسيقى")]
    [TestCase("اوبن الباب")]
    [TestCase("شلون استعمل الفرن")]
    [TestCase("نو وريز")]
    [TestCase("بلاد الكنغر فيها حيوانات كثيرة")]
    [TestCase("نامي بدري يا بنتي")]
    [TestCase("ولا حاجة في الثلاجة")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
