using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The rules round 4 added for Arabic and Japanese, on the generated models (their yes/no checks are with the
/// German and Dutch ones in <see cref="GermanDutchHindiRuleTests"/>): self-corrections with each language's repair
/// phrases (Japanese saying the noun again after the new place), Japanese sentence endings, katakana names, stop, cancel
/// and launch as users say them.</summary>
public class ArabicJapaneseRuleTests
{
    private static Interpretation Recognize(string locale, string text) => LocalSkill.NluFor(locale).Recognize(text)!;

    [TestCase("ar-SA", "ما هي عاصمة السويد لا قصدي النرويج", "NO")]
    [TestCase("ar-SA", "وش عاصمة النيجر عفوا نيجيريا", "NG")]
    [TestCase("ar-SA", "اعطيني عاصمة كندا لا اقصد عاصمة المكسيك", "MX")]
    [TestCase("ja-JP", "フランスの首都じゃなくてスペインの首都を教えて", "ES")]
    [TestCase("ja-JP", "ケニアのいやタンザニアの首都は", "TZ")]
    [TestCase("ja-JP", "ドイツの首都ごめんオーストリアの首都はどこ", "AT")]
    public void A_self_correction_keeps_the_second_place(string locale, string utterance, string id) =>
        AssertCapitalQuestionAbout(locale, utterance, id);

    [TestCase("ペルーの首都はどこだったかな", "PE")]
    [TestCase("チリの首都を調べてもらえますか", "CL")]
    [TestCase("ケニアの首都を教えていただけませんか", "KE")]
    [TestCase("ガーナの首都はどこなんでしょう", "GH")]
    public void Japanese_sentence_endings_after_the_question_carry_no_meaning(string utterance, string id) =>
        AssertCapitalQuestionAbout("ja-JP", utterance, id);

    // Katakana letters fold to the keys of the hiragana particles and interjections (ニ and に, ア and あ), but a name's
    // letters are none of them: the place's slot takes the whole name (the skill reads the known name inside a formal one).
    [TestCase("ケニア共和国の首都を教えて", "ケニア共和国", Description = "ニ is not the particle に; 共和国 a formal name's suffix")]
    [TestCase("エチオピアの首都を教えて", "エチオピア", Description = "エ is not the interjection えー")]
    [TestCase("トンガ王国の首都はどこ", "トンガ王国", Description = "ト is not the particle と")]
    public void Katakana_names_hold_no_particles_or_interjections(string utterance, string value)
    {
        var result = Recognize("ja-JP", utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(result.Slot("country")?.Value, Is.EqualTo(value));
        });
    }

    [TestCase("ar-SA", "خلاص اطلعي من التطبيق", "AMAZON.StopIntent")]
    [TestCase("ar-SA", "بس سكري اللعبة", "AMAZON.StopIntent")]
    [TestCase("ar-SA", "لا خلاص كنسلي السؤال", "AMAZON.CancelIntent")]
    [TestCase("ar-SA", "كيف استخدمك عن العواصم", "AMAZON.HelpIntent")]
    [TestCase("ja-JP", "停止して", "AMAZON.StopIntent")]
    [TestCase("ja-JP", "キャンセルしてもらえますか", "AMAZON.CancelIntent")]
    public void Built_in_requests_are_read_as_users_say_them(string locale, string utterance, string intent)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("ar-SA", "ودي افتح مهارة عواصم العالم")]
    [TestCase("ar-SA", "ابغى العب عواصم العالم")]
    [TestCase("ja-JP", "世界の首都で遊ぼう")]
    [TestCase("ja-JP", "世界の首都スキルを起動して")]
    public void A_launch_phrase_as_users_say_it_launches(string locale, string utterance)
    {
        LocaleNlu.AssertLaunches(locale, utterance);
    }

    private static void AssertCapitalQuestionAbout(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id));
        });
    }
}
