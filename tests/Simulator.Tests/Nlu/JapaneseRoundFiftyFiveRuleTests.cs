using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 55 tuning for Japanese (README section *Round 55 tuning for Japanese (session 61)*): greetings said first
/// (インシャアッラー, ソクサバーイ, ジャンボ), a scene said first (議場で, このワイン(は), クライアントの, ライバルの) and a first
/// time said before a help request (初めてなんだけど, のかしら); the endings をスピーチに入れたい, どれとどれ, 全部, っすか / んすか;
/// joins for a language the answer may come in (の首都アラビア語でもいいから), a product's origin (産なんだけど首都), the real
/// capital (の本当の首都), a count said casually (首都いくつあるんすか), a reverse question (を首都に持つ国(の名前)は,
/// って首都なんやけどどこの), a check (でええんよな, でいいよな, じゃないってほんと) and a speech (をスピーチに入れたい); help
/// cues 何て言うたら, 使えるコマンド / コマンド一覧, 何から聞けば, どういう言い方なら(通じる), いいかヒントちょうだい; cancel cues
/// 言ったのは無しで, 質問なしで; the reason opener 電話中 after a stop; the launch verbs 頼む(わ), してええ / していい; the
/// not-place ワカンダ. Each family with sentences no corpus has, and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundFiftyFiveRuleTests
{
    [TestCase("インシャアッラーオマーンの首都を教えて", "OM")]
    [TestCase("ソクサバーイタイの首都おしえて", "TH")]
    [TestCase("ジャンボケニアの首都教えて", "KE")]
    [TestCase("議場でペルーの首都をスピーチに入れたい", "PE")]
    [TestCase("イタリア産やけど首都はどこ", "IT")]
    [TestCase("エジプトの首都アラビア語でもいいから教えて", "EG")]
    [TestCase("フランスの首都英語でもいいから教えて", "FR")]
    [TestCase("トルコの本当の首都はどこ", "TR")]
    [TestCase("ボリビアのほんとの首都教えて", "BO")]
    [TestCase("ボリビアって首都いくつあるんすか", "BO")]
    [TestCase("オタワがカナダの首都でええんよな", "CA")]
    [TestCase("ベルンがスイスの首都でいいよな", "CH")]
    [TestCase("ローマがイタリアの首都で合ってるっすか", "IT")]
    [TestCase("カリフォルニア州の州都はロサンゼルスじゃないってほんと", "US-CA")]
    [TestCase("オランダの首都全部", "NL")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("リマを首都に持つ国は", "lima")]
    [TestCase("カイロって首都なんだけどどこの", "cairo")]
    [TestCase("ダカールを首都に持つ国の名前は", "dakar")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("ja-JP", utterance, id);

    [TestCase("さっき言ったのは無しで", "AMAZON.CancelIntent")]
    [TestCase("今の質問なしで", "AMAZON.CancelIntent")]
    [TestCase("何て言うたらええの", "AMAZON.HelpIntent")]
    [TestCase("使えるコマンド一覧を教えて", "AMAZON.HelpIntent")]
    [TestCase("何から聞けばいい", "AMAZON.HelpIntent")]
    [TestCase("初めてなんだけど何から聞けばいいの", "AMAZON.HelpIntent")]
    [TestCase("どんな言い方なら通じるの", "AMAZON.HelpIntent")]
    [TestCase("何を聞けばいいかヒントちょうだい", "AMAZON.HelpIntent")]
    [TestCase("止めて今電話中", "AMAZON.StopIntent")]
    public void A_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("世界の首都を頼む")]
    [TestCase("世界の首都していい")]
    public void A_launch_wording_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("砂糖は無しでお願い")]
    [TestCase("氷なしでお願い")]
    [TestCase("クロスワードのヒント頂戴")]
    [TestCase("答えは何かヒント頂戴")]
    [TestCase("テレビのコマンド一覧")]
    [TestCase("ピザを頼むわ")]
    [TestCase("タクシーを頼む")]
    [TestCase("電話中だから後で")]
    [TestCase("ジャンボジェットに乗りたい")]
    [TestCase("このワインおいしい")]
    [TestCase("北海道産なんだけど美味しい")]
    [TestCase("どれとどれ")]
    [TestCase("ワカンダって何")]
    [TestCase("ワカンダの首都はどこ")]
    [TestCase("英語でもいいから教えて")]
    [TestCase("初めてなんだけど緊張する")]
    [TestCase("明日でええんよな")]
    [TestCase("ゲームしていい")]
    [TestCase("宿題していい")]
    [TestCase("やばいっすか")]
    [TestCase("犬に話しかけるコツ")]
    [TestCase("面接の質問のコツ")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
