using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 57 tuning for Japanese (README section *Round 57 tuning for Japanese (session 63)*): a greeting or a thanks
/// said around the question (グラシアス, エフハリスト, ポルファボール, セルブス), chewing (もぐもぐ) and the grand 我が / 我に
/// said first; the endings (を)告げよ, (を)述べよ, (を)授けよ, か否か(答えよ / を答えよ / 教えて), (なん)だりょ, に訂正(して / します),
/// (を)間違えたくない(ので / から) and 深呼吸; the repair いいえ; the formal name's ダルサラーム(国) (the skill reads it; the slot stays
/// unresolved, so no case here); joins for a team said before the country's capital (代表の国の首都), a capital said to lie in a country (の国にあるの首都), "all of them" (ひとつ残らず / 一つ残らず,
/// いくつかある中の全部) and a country said to have several capitals before the request (は首都がふたつあるんだって / やん(か) /
/// よね / でしょ, の首都ふたつあるやん(か) / よね, は首都が分かれてる(らしい)けど / んだって, の首都って一個じゃないよね /
/// 一つじゃないよね); 問い as a word for the skill's question (a cancel of 問い is about the skill); help cues (なんか / 何か)例ある,
/// 例とかある, 例はある, どういうふうに言えば / どんなふうに言えば, 使い方を授け / 操り方を授け; stop cues 止まりなさい, 沈黙せよ /
/// 沈黙しろ / 沈黙して, もう止めるわ; the launch verbs 目覚めよ / 目覚めて / 目覚め with チェ, グラシアス and 国の首都(を) around them;
/// the not-place 地球. Each family with sentences no corpus has, and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundFiftySevenRuleTests
{
    [TestCase("グラシアスメキシコの首都を教えて", "MX")]
    [TestCase("トルコの首都はどこエフハリスト", "TR")]
    [TestCase("エクアドルの首都を教えてポルファボール", "EC")]
    [TestCase("セルブススロバキアの首都教えて", "SK")]
    [TestCase("もぐもぐケニアの首都どこ", "KE")]
    [TestCase("我がノルウェーの首都を答えよ", "NO")]
    [TestCase("我にペルーの首都を告げよ", "PE")]
    [TestCase("モンゴルの首都を述べよ", "MN")]
    [TestCase("オスロはノルウェーの首都か否か", "NO")]
    [TestCase("ドイツじゃなくてオーストリアの首都に訂正して", "AT")]
    [TestCase("スイスいいえスウェーデンの首都はどこ", "SE")]
    [TestCase("ペルーの首都を間違えたくないので", "PE")]
    [TestCase("チリの首都深呼吸", "CL")]
    [TestCase("ニュージーランド代表の国の首都はどこ", "NZ")]
    [TestCase("ボリビアは首都がふたつあるんだって両方教えて", "BO")]
    [TestCase("南アフリカは首都が分かれてるけどそれぞれ教えて", "ZA")]
    [TestCase("オランダの首都って一つじゃないよね全部教えて", "NL")]
    [TestCase("ボリビアの首都をひとつ残らず教えて", "BO")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("ナイロビってどこの国の首都だりょ", "nairobi")]
    [TestCase("ウランバートルってどこの国にあるの首都", "ulaanbaatar")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("ja-JP", utterance, id);

    [TestCase("我が問いは撤回する", "AMAZON.CancelIntent")]
    [TestCase("さっきの問いを撤回して", "AMAZON.CancelIntent")]
    [TestCase("何か例あるかな", "AMAZON.HelpIntent")]
    [TestCase("どんなふうに言えばいいの", "AMAZON.HelpIntent")]
    [TestCase("我に使い方を授けよ", "AMAZON.HelpIntent")]
    [TestCase("もう止まりなさい", "AMAZON.StopIntent")]
    [TestCase("沈黙せよ", "AMAZON.StopIntent")]
    [TestCase("じゃあもう止めるわ", "AMAZON.StopIntent")]
    public void A_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("アレクサ世界の首都目覚めて")]
    [TestCase("アレクサチェ世界の首都を開いて")]
    [TestCase("アレクサ世界の首都を開いてグラシアス")]
    [TestCase("アレクサ世界の首都で国の首都を調べたい")]
    public void A_launch_wording_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("地球の首都ってどこ")]
    [TestCase("深呼吸して")]
    [TestCase("深呼吸のやり方を教えて")]
    [TestCase("我が家の夕飯は何")]
    [TestCase("もぐもぐタイムしよう")]
    [TestCase("グラシアスってスペイン語")]
    [TestCase("真実を告げよ")]
    [TestCase("知恵を授けよ")]
    [TestCase("意見を述べよ")]
    [TestCase("行くか否か迷う")]
    [TestCase("名前を間違えたくないので")]
    [TestCase("住所に訂正して")]
    [TestCase("いいえ違います")]
    [TestCase("ひとつ残らず食べて")]
    [TestCase("赤信号では止まりなさい")]
    [TestCase("沈黙の艦隊を見たい")]
    [TestCase("目覚ましをかけて")]
    [TestCase("アレクサ目覚めて")]
    [TestCase("チェスをしよう")]
    [TestCase("ダルエスサラームの天気")]
    [TestCase("日本代表の試合はいつ")]
    [TestCase("ラジコンの操り方を教えて")]
    [TestCase("その問いに答えて")]
    [TestCase("前例があるか調べて")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
