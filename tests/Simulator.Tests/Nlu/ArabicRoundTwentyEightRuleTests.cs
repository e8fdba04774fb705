using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of round 28 tuning (*Round 28 tuning for Arabic (session 28)*), each tried on sentences
/// of our own rather than the corpus lines: openers, thanks and addresses of other languages said by Arabic speakers (the
/// Persian "ببخشيد", "خانم", "اقا", "حاج اقا", "لطفا" and "كجاست" said last; the Portuguese "فاليو", "نوسا", "تودو بيم",
/// "بيليزا", "كارا"; the Italian "غراتسيه", "ماما ميا"; the Spanish "غراسياس", "ميرا"; the Wolof "جيريجيف", "ناكا نغا
/// ديف", "دونك"; the Cape "بوتا", "شكرن", "ليكر", "نيه نيه"; the Saidi "يابوي", "دلوك", "يا واد", "اوسيا"); repairs
/// ("استنى", "ديديت"); reported asks ("بيسال", "يسالون"); cancel ("تراجعي عن هيدا") and stop ("قفلي") wordings; launches
/// with those openers and "عايزة"; and the regions/things "كتالونيا" and "الزعفران" that fall back; with out-of-domain
/// neighbours that must still fall back.</summary>
public class ArabicRoundTwentyEightRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("ببخشيد ما عاصمة افغانستان", "AF", Description = "the Persian 'ببخشيد' (excuse me)")]
    [TestCase("سلام اقا عاصمة العراق كجاست", "IQ", Description = "'اقا' and the Persian 'كجاست' (where is) said last")]
    [TestCase("حاج اقا شو عاصمة طاجيكستان", "TJ", Description = "'حاج اقا'")]
    [TestCase("خانم ما عاصمة ارمينيا لطفا", "AM", Description = "'خانم' and 'لطفا' (please)")]
    [TestCase("فاليو ما عاصمة البيرو", "PE", Description = "the Portuguese 'فاليو' (thanks)")]
    [TestCase("نوسا ايش عاصمة الموزمبيق يا كارا", "MZ", Description = "'نوسا' and 'يا كارا'")]
    [TestCase("بيليزا عاصمة تشيلي ايش", "CL", Description = "the Portuguese 'بيليزا'")]
    [TestCase("ماما ميا شو صعب عاصمة قيرغيزستان", "KG", Description = "the Italian 'ماما ميا' and 'شو صعب'")]
    [TestCase("وكولومبيا غراسياس", "CO", Description = "the Spanish 'غراسياس' after a follow-up")]
    [TestCase("ميرا شو عاصمة المكسيك", "MX", Description = "the Spanish 'ميرا' (look)")]
    [TestCase("جيريجيف ما عاصمة مالي", "ML", Description = "the Wolof 'جيريجيف' (thanks)")]
    [TestCase("يا بوتا ما عاصمة ليسوتو", "LS", Description = "the Cape 'يا بوتا'")]
    [TestCase("يابوي شو عاصمة السودان", "SD", Description = "the Saidi 'يابوي'")]
    [TestCase("والنيجر دلوك", "NE", Description = "the Saidi 'دلوك' (now) after a follow-up")]
    [TestCase("عاصمة الاردن استنى قصدي سوريا", "SY", Description = "the repair 'استنى'")]
    [TestCase("ابني بيسال عاصمة كينيا", "KE", Description = "the reported ask 'بيسال'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("ببخشيد الغي", "AMAZON.CancelIntent")]
    [TestCase("تراجعي عن هذا", "AMAZON.CancelIntent")]
    [TestCase("اوسيا خلاص قفلي", "AMAZON.StopIntent")]
    [TestCase("بازتا وقفي", "AMAZON.StopIntent")]
    [TestCase("ساعديني لطفا", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("جيريجيف شغلي عواصم العالم")]
    [TestCase("تودو بيم افتحي عواصم العالم")]
    [TestCase("افتحي عواصم العالم لطفا")]
    [TestCase("خانم عايزة عواصم العالم")]
    public void Opening_the_skill_as_users_say_it_launches_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("شو عاصمة كتالونيا")]
    [TestCase("وين عاصمة الزعفران")]
    [TestCase("ببخشيد")]
    [TestCase("خانم شغلي الاغاني")]
    [TestCase("قفلي الباب لطفا")]
    [TestCase("تراجعي عن الموعد")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
