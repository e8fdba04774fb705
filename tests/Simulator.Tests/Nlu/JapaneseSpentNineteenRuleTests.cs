using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The second Japanese pass on the spent rounds 18 and 19 (interactionModel/README.md, *Second pass on spent
/// rounds 18-19 for Japanese*): a particle that ends the question before a clause after it (が, を, とか), and words of
/// another fact read as runs of characters, so a single character (史 of 世界史) no longer blocks a situation
/// clause; with the out-of-domain neighbours that must still fall back.</summary>
public class JapaneseSpentNineteenRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("最近物忘れがひどくてペルーの首都が思い出せないんだ", "PE")]
    [TestCase("ノルウェーの首都がどうしても浮かばないんだけど", "NO")]
    [TestCase("息子にチリの首都を聞かれて困ってるんだ", "CL")]
    [TestCase("明日の小テストでガーナの首都を覚えなきゃいけない", "GH")]
    [TestCase("モンゴルの首都とかさっぱりわからん", "MN")]
    [TestCase("キューバの首都とか全然知らないんだけど", "CU")]
    [TestCase("世界史の先生がタイの首都を知らなかったんだ", "TH")]
    [TestCase("世界史の授業でトルコの首都が出てきたんだ", "TR")]
    public void A_question_ended_by_a_particle_before_a_clause_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("フランスの首都の人口が知りたい")]
    [TestCase("ドイツの首都が今の場所に変わったのはいつ")]
    [TestCase("ブラジルの首都で何語を話すのか知りたい")]
    [TestCase("インドの首都が移転した理由を知りたい")]
    [TestCase("スイスの首都の読み方を英語で教えて")]
    [TestCase("ケニアの首都の天気が知りたい")]
    [TestCase("韓国の首都で公用語は何")]
    public void A_particle_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
