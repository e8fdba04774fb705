using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The last words of a place replaced after a repair, said alone (session 61). Arabic puts the adjective after
/// the noun, and a speaker who corrects "كوريا الجنوبية" (South Korea) to North Korea often says only the new adjective:
/// "عاصمة كوريا الجنوبية لا الشمالية". The place's first words and the new ones make the other place, so the replaced
/// words and the repair are abandoned (SpeechRepairs.ReplacedEnding). Neighbours: a repair followed by the same words
/// again or by a whole place reads as before, and one followed by another request falls back.</summary>
public class ArabicValueEndingReplacedTests
{
    [TestCase("عاصمة كوريا الجنوبية لا الشمالية", "KP")]
    [TestCase("اسمعي عاصمة كوريا الشمالية لا لا الجنوبية", "KR")]
    [TestCase("ما هي عاصمة كوريا الجنوبية لا قصدي الشمالية", "KP")]
    [TestCase("عاصمة كوريا الشمالية عفوا الجنوبية", "KR")]
    [TestCase("اليكسا عاصمة داكوتا الشمالية لا الجنوبية", "US-SD")]
    [TestCase("عاصمة داكوتا الجنوبية عفوا الشمالية", "US-ND")]
    [TestCase("عاصمة كارولاينا الشمالية لا الجنوبية", "US-SC")]
    [TestCase("عاصمة غينيا الاستوائية لا بيساو", "GW")]
    public void A_place_whose_last_words_are_replaced_reads_the_new_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ar-SA", utterance, id);

    [TestCase("عاصمة كوريا الجنوبية لا الجنوبية", "KR")]
    [TestCase("عاصمة السودان لا جنوب السودان", "SS")]
    [TestCase("عاصمة كوريا الجنوبية", "KR")]
    public void A_repair_that_makes_no_other_place_keeps_the_place_said(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ar-SA", utterance, id);

    [TestCase("عاصمة كوريا الجنوبية لا الطقس")]
    public void A_repair_followed_by_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ar-SA", utterance);
}
