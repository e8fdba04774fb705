using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Two rules of where a Japanese word of the lexicon may be read in text written without spaces (session 42, after
/// round 40 lost seven older corpus lines): a filler that begins with ん (んで for そんで, んだば) is a clipped word said first,
/// never the end of a word written right before it (なんで "why", 読んで); and a join written with hiragana (the self-join
/// えたい, the desire ending きたい, けど) is not read where it would begin or end inside a katakana word (間違えた + イラク,
/// 出てきた + イエメン); nor is a literal the samples write in hiragana said by a katakana letter (the エ of エクアドル
/// is not the え of the sample's "ねえ"). With them the sentence endings んですか / んでしょうか, which the filler んで had read by chance
/// ("サウジアラビア王国の首都はどこにあるんですか"). Session 43: a repair phrase the lexicon writes in hiragana is not said by a
/// katakana letter either (the ア that ends "ケニア" is not the あ of "あいや", which left "ケニ" as the place replaced). Sentences
/// no corpus has, and neighbours that must still fall back.</summary>
public class JapaneseWordEdgeRuleTests
{
    [TestCase("んでペルーは", "PE")]
    [TestCase("んだばチリは", "CL")]
    [TestCase("ケニアの首都いや間違えたウガンダの首都", "UG")]
    [TestCase("地理の授業で出てきたイエメンの首都を教えて", "YE")]
    [TestCase("資料を覚えたいんだけどケニアの首都はどこ", "KE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    // The ending is left out as a whole: the question is the sample without it, not a yes/no check of a guess "どこにあるん".
    [TestCase("ケニアの首都はどこにあるんですか")]
    [TestCase("ペルーの首都はどこにあるんでしょうか")]
    public void A_where_is_it_ending_is_read_as_the_plain_question(string utterance) =>
        Assert.That(LocaleNlu.Recognize("ja-JP", utterance).Sample, Is.EqualTo("{country}の首都はどこにある"));

    // A literal the samples write in hiragana is not said by a katakana letter: the エ of a name is not the え of "ねえ"
    // (the sample "ねえ{country}の首都ってどこ" read "エクアドル共和国" as ねえ + a place "クアドル共和国").
    [TestCase("エクアドル共和国の首都ってどこ", "エクアドル共和国")]
    [TestCase("エスワティニ王国の首都ってどこ", "エスワティニ王国")]
    public void A_name_keeps_its_first_katakana_letter(string utterance, string value) =>
        Assert.That(LocaleNlu.Recognize("ja-JP", utterance).Slot("country")?.Value, Is.EqualTo(value));

    // The repair is いや alone: the name before it keeps its last letter and is replaced as a whole.
    [TestCase("ケニアいやタンザニアの首都", "TZ")]
    [TestCase("ボリビアいやペルーの首都はどこ", "PE")]
    [TestCase("インドネシアいやマレーシアの首都を教えて", "MY")]
    [TestCase("チリあいやペルーの首都", "PE")]
    public void A_name_before_a_repair_keeps_its_last_katakana_letter(string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf("ja-JP", utterance, id);

    [TestCase("エルドラドの首都ってどこ")]
    [TestCase("首都ってなんで大事なの")]
    [TestCase("首都ってなんで移るの")]
    [TestCase("なんで首都って呼ぶの")]
    public void A_question_why_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
