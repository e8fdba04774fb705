using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>How long a clause is in Japanese (interactionModel/README.md, *How long a clause is in Japanese (session 20)*):
/// the clause rules' limits count a run of characters of one script as one word (<see cref="Tokenizer.WordsSaid"/>), so
/// an ordinary Japanese clause before a question is read as a French or German one is; a question far from its place
/// still does not read it, and a clause of another fact still falls back. A place name is looked for up to six words as
/// said, and never begins or ends inside a katakana run: リヒテンシュタイン is not タイ.</summary>
public class JapaneseClauseLengthRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("おばあちゃんが来月ポルトガルに", 4)]
    [TestCase("今揚げ物してて手が離せないんだけど", 8)]
    [TestCase("渋滞にはまって暇だから", 4)]
    [TestCase("the capital of peru", 4)]
    [TestCase("アレクサ ケニア", 2)]
    public void A_run_of_one_script_is_one_word(string text, int words)
    {
        var tokens = Tokenizer.Tokenize(text);

        Assert.That(Tokenizer.WordsSaid(tokens, 0, tokens.Count), Is.EqualTo(words));
    }

    [TestCase("近所の奥さんが来週の連休にポルトガルへ家族で遊びに行くんだって聞いたんだけど首都はどこ", "PT")]
    [TestCase("隣のクラスの先生が冬休みにフィンランドでオーロラを見てきたって話してたんだけど首都ってどこ", "FI")]
    [TestCase("来週の社内研修で使う資料を今まとめてるところなんだけどケニアの首都はどこ", "KE")]
    [TestCase("姪っ子が来年の春からチリの大学に留学するって張り切ってるんだけどチリの首都ってどこ", "CL")]
    public void A_long_clause_of_the_speakers_situation_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("週末に親戚で集まってクイズをしてるんだけどリヒテンシュタインの首都はどこ", "LI")]
    [TestCase("来月の出張の準備をしてるんだけどバングラデシュの首都ってどこだっけ", "BD")]
    [TestCase("職場の後輩がパプアニューギニアに転勤になるらしいんだけどそこの首都はどこ", "PG")]
    public void A_long_katakana_name_is_read_whole_not_a_shorter_name_inside_it(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("リヒテンシュタイン", 0, false)]
    [TestCase("リヒテンシュタイン", 7, true)]
    [TestCase("スペインの首都", 4, false)]
    [TestCase("東ティモール", 1, false)]
    public void A_boundary_inside_a_katakana_run_cuts_it(string text, int index, bool cuts)
    {
        Assert.That(Tokenizer.CutsKatakanaRun(Tokenizer.Tokenize(text), index), Is.EqualTo(cuts));
    }

    [TestCase("ケニアに行った友達が言うにはね向こうの人はとても親切で食べ物もおいしくて景色もきれいで毎日楽しかったらしくてまた行きたいって言ってたけどところで首都はどこ")]
    [TestCase("来週の社内研修で使う資料を今まとめてるところなんだけどケニアの首都の人口は")]
    [TestCase("近所の奥さんが来週の連休にポルトガルへ家族で遊びに行くんだって聞いたんだけど首都の天気はどう")]
    public void A_question_far_from_its_place_or_about_another_fact_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
