using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 56 tuning for Japanese (README section *Round 56 tuning for Japanese (session 62)*): a sniff, a thanks or a
/// goodbye said around the question (ずびっ, シュクリヤ / シュクリア, ホダーハーフェズ), a scene said first (面接で聞かれるかもしれないので,
/// (学科の)待ち時間に, 湯上がりに / 風呂上がりに, 推しの舞台になった, (百均の)地球儀で, バラ祭りに来た, 明日チェックインの), 拙者, 続いて,
/// では and an apology (申し訳ございません); the endings でござる(か) / でござろう, (も)おせて, っぺ, (は)いかがでしょうか / いかがですか,
/// (は)いかに(でござる), じゃけえ, (を)覚えたい, をお伺いしたいです, クイズ, いただけますでしょうか; joins for 段ボール (kept one
/// word: not the 段 of a price), どちらの国の首都 / という都市は…, 見つけたけど首都(が読めない) and a customer said before 首都
/// (のお客さん首都, の団体さん首都, に引っ越すお客さん首都); help cues ご利用方法 / 利用方法 / 使用方法, アプリの説明, 説明(を)もういっぺん,
/// どういう質問 / どんな質問, 何から始めれば, なにきけば, 何を聞いても, どこまで答えられる; stop cues しゃべらん /
/// しゃべらない / しゃべらなくて, 終わらせて, 止めろ and the phrasing そこまで; cancel cues
/// 取り消させて, 取り消す, 操作を取り消, 中止, 今のは無視, わすれて / 忘れといて and the phrasing なしで; the launch
/// verbs 所望(いたす) and 起ごして with 拙者, さ, けろじゃ around them; the not-places 京畿道 / 江原道 / 慶尚道 / 全羅道 / 忠清道.
/// Each family with sentences no corpus has, and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundFiftySixRuleTests
{
    [TestCase("ずびっノルウェーの首都教えて", "NO")]
    [TestCase("シュクリアヨルダンの首都を教えて", "JO")]
    [TestCase("イランの首都はどこですかホダーハーフェズ", "IR")]
    [TestCase("面接で聞かれるかもしれないのでチリの首都をお伺いしたいです", "CL")]
    [TestCase("待ち時間にケニアの首都を覚えたい", "KE")]
    [TestCase("推しの舞台になった韓国の首都を知りたいでござる", "KR")]
    [TestCase("ケニアの首都はどこでござるか", "KE")]
    [TestCase("ペルーもおせて", "PE")]
    [TestCase("次はラトビアっぺ", "LV")]
    [TestCase("続いてマルタはいかがでしょうか", "MT")]
    [TestCase("ではポーランドはいかにでござる", "PL")]
    [TestCase("トルコの首都はなんじゃけえ", "TR")]
    [TestCase("ペルーの首都ってどこ段ボールに書くから", "PE")]
    [TestCase("ドイツに引っ越すお客さん首都はベルリンだよね", "DE")]
    [TestCase("タイの団体さん首都はバンコクでいいの", "TH")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("リマという都市はどちらの国の首都でしょうか", "lima")]
    [TestCase("キトはどちらの国の首都ですか", "quito")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("ja-JP", utterance, id);

    [TestCase("ずびっさっきのなしキャンセル", "AMAZON.CancelIntent")]
    [TestCase("申し訳ありませんさっきの質問は取り消させてください", "AMAZON.CancelIntent")]
    [TestCase("さっきの操作を取り消して", "AMAZON.CancelIntent")]
    [TestCase("今のは無視して", "AMAZON.CancelIntent")]
    [TestCase("中止して", "AMAZON.CancelIntent")]
    [TestCase("なしで", "AMAZON.CancelIntent")]
    [TestCase("今の質問取り消す", "AMAZON.CancelIntent")]
    [TestCase("アプリの説明をもういっぺん聞かせて", "AMAZON.HelpIntent")]
    [TestCase("どんな質問ができるの", "AMAZON.HelpIntent")]
    [TestCase("何から始めればいいですか", "AMAZON.HelpIntent")]
    [TestCase("もうしゃべらなくていい", "AMAZON.StopIntent")]
    [TestCase("そこまで", "AMAZON.StopIntent")]
    [TestCase("もう終わらせて", "AMAZON.StopIntent")]
    [TestCase("止めろ", "AMAZON.StopIntent")]
    public void A_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("拙者世界の首都を所望する")]
    [TestCase("世界の首都を起ごしてけろ")]
    public void A_launch_wording_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("予約を取り消させてください")]
    [TestCase("注文を取り消させて")]
    [TestCase("予約を取り消す方法")]
    [TestCase("音楽アプリの説明をもういっぺん")]
    [TestCase("駐車場のご利用方法を教えて")]
    [TestCase("洗濯機の使用方法")]
    [TestCase("面接でどんな質問される")]
    [TestCase("ピアノは何から始めればいい")]
    [TestCase("宿題終わらせて")]
    [TestCase("パソコンをシャットダウン")]
    [TestCase("試合は中止なの")]
    [TestCase("雨で運動会中止")]
    [TestCase("犬がしゃべらない")]
    [TestCase("静かに歩いて")]
    [TestCase("傘忘れて来た")]
    [TestCase("電話切っといて")]
    [TestCase("タバコはもう中止")]
    [TestCase("メールは無視して")]
    [TestCase("そこまで行くの")]
    [TestCase("拙者お茶を所望いたす")]
    [TestCase("子供を起ごしてけろ")]
    [TestCase("江原道の中心都市はどこ")]
    [TestCase("京畿道の天気")]
    [TestCase("お茶はいかがでしょうか")]
    [TestCase("英単語を覚えたい")]
    [TestCase("湯上がりにビール飲みたい")]
    [TestCase("待ち時間に何しよう")]
    [TestCase("段ボールの値段はいくら")]
    [TestCase("申し訳ございません")]
    [TestCase("ではまた明日")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
