using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 50 tuning for Japanese (README section *Round 50 tuning for Japanese (session 53)*): fillers of a
/// setting and of a learner (運転中だから, わからないです, えいごでいうと, さっきの国の隣の); cancel cues (質問は)なしで
/// おねがい, 取り消したい, ノーカウント / ノーカン; stop cues もうやめて, やめとって, やめてええわ, もうええっちゃ,
/// やめでくなんしょ (Aizu); help cues アプリの使い方, 使い方を簡単に / 手短に説明して, どうやってきけば (kana); launch
/// words ワンチャン, くなんしょ (Aizu), 開かれ / 始められ (Toyama), 謎解きしたい / 答え合わせしたい; 謎解き / なぞなぞ as
/// another topic and 時差 / じかんのさ as another fact. Each family with sentences no corpus has, and out-of-domain
/// neighbours that must still fall back.</summary>
public class JapaneseRoundFiftyRuleTests
{
    [TestCase("運転中なんだけどチリの首都教えて", "CL")]
    [TestCase("ペルーのしゅとわからないですおしえてください", "PE")]
    [TestCase("えいごでいうとウクライナのしゅとはなにですか", "UA")]
    [TestCase("じゃあさっきの国の隣のポーランドは", "PL")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("さっきのしつもんはなしでおねがい", "AMAZON.CancelIntent")]
    [TestCase("今のやつ取り消したいです", "AMAZON.CancelIntent")]
    [TestCase("さっきのはノーカンで", "AMAZON.CancelIntent")]
    [TestCase("寝るからもうやめて", "AMAZON.StopIntent")]
    [TestCase("そろそろやめとって", "AMAZON.StopIntent")]
    [TestCase("もう止めてええよ", "AMAZON.StopIntent")]
    [TestCase("もう止めてええで", "AMAZON.StopIntent")]
    [TestCase("そろそろ止めでくなんしょ", "AMAZON.StopIntent")]
    [TestCase("このアプリの使い方を教えて", "AMAZON.HelpIntent")]
    [TestCase("使い方を手短に教えて", "AMAZON.HelpIntent")]
    [TestCase("なにをきけばいいの", "AMAZON.HelpIntent")]
    public void A_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("ワンチャン世界の首都を起動して")]
    [TestCase("世界の首都起動してくなんしょ")]
    [TestCase("世界の首都を始められ")]
    [TestCase("世界の首都で答え合わせしよう")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("なぞなぞのヒントをください")]
    [TestCase("日本とフランスの時差はどのくらい")]
    [TestCase("運転中だから音楽かけて")]
    [TestCase("タイマーをもうやめて")]
    [TestCase("ワンチャン明日晴れる")]
    [TestCase("予約を取り消したい")]
    [TestCase("音楽アプリの使い方を教えて")]
    [TestCase("洗濯機を止めてええよ")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
