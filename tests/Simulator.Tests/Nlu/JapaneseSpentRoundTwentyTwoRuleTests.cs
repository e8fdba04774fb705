using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Second pass on spent round 22 for Japanese (interactionModel/README.md, *Second pass on spent round 22 for
/// Japanese (session 21)*): しゅと heard in kana before は/どこ, older and colloquial country names (メリケン,
/// ダホメー, オートボルタ, ニヤサランド), the frame "X と呼ばれていた国の / って呼ばれてた国の今の 首都", and help, stop and
/// cancel wordings (ヘルプを見せて, 使い方を説明して, もう止めてね); each family with sentences no
/// corpus has, and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseSpentRoundTwentyTwoRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("ケニアのしゅとは", "KE")]
    [TestCase("ところでペルーのしゅとどこ", "PE")]
    [TestCase("メリケンの首都ってどこ", "US")]
    [TestCase("ダホメーの首都はどこ", "BJ")]
    [TestCase("オートボルタの首都教えて", "BF")]
    [TestCase("ニヤサランドの首都はどこ", "MW")]
    [TestCase("セイロンと呼ばれていた国の首都はどこ", "LK")]
    [TestCase("ビルマって呼ばれてた国の今の首都を教えて", "MM")]
    public void A_question_in_the_spent_rounds_wordings_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("ヘルプを見せて", "AMAZON.HelpIntent")]
    [TestCase("使い方を説明して", "AMAZON.HelpIntent")]
    [TestCase("もう止めてね", "AMAZON.StopIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("メリケン粉の使い道")]
    [TestCase("ダホメー王国の歴史を教えて")]
    [TestCase("ビルマと呼ばれていた国の人口はどれくらい")]
    public void A_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
