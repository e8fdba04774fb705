using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A question with a clause around it whose place begins with a katakana letter of a filler's sound (session 63):
/// the エ of エジプト, エクアドル, エルサルバドル is a letter of the name, not the filler え ("えー") the lexicon writes in
/// hiragana, so the clause-around-question rule reads the question from it, as it does one beginning with ケ or チ. A
/// filler written in hiragana before the question is still a filler, and a clause of another fact still falls back.</summary>
public class JapaneseKatakanaLetterAroundQuestionRuleTests
{
    [TestCase("エジプトの首都がどうしても出てこない", "EG")]
    [TestCase("エジプトの首都深呼吸", "EG")]
    [TestCase("エクアドルの首都を明日のテストに書くの", "EC")]
    [TestCase("エルサルバドルの首都わかんなくて困ってる", "SV")]
    [TestCase("エリトリアの首都を地図で探してるんだけど", "ER")]
    [TestCase("エチオピアの首都を地図で探してるんだけど", "ET")]
    public void A_place_beginning_with_the_letter_of_a_filler_is_read_with_a_clause_after_it(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("えーエジプトの首都の人口は")]
    [TestCase("エジプトの首都の天気はどう")]
    [TestCase("えっと今日の天気は")]
    [TestCase("エクアドルの首都の人口って何人")]
    [TestCase("えーとエストニアの首都の気温は")]
    [TestCase("エストニアの首都行きの飛行機予約して")]
    public void A_clause_of_another_fact_still_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
