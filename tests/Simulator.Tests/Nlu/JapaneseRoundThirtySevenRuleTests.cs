using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 37 tuning for Japanese (README section *Round 37 tuning for Japanese (session 38)*): a check's dialect
/// or polite tail joined to a tail of the model's guess check (で合っちょる / で合うとる / でええの -> だよね, で合ってますか ->
/// ですか, じゃないんやの -> じゃないの, ですかおしえて -> ですか), the joins 首都にしとる -> 首都とする, 二か所 -> 二つ,
/// 首都がふたつ -> 首都が二つ, Shonai だはげ -> だから, Koshu じゃんけ -> けど (じゃんけん kept whole), 空港 read as one word
/// (its 港 is no harbour fact); the endings なんていう(だ), なんちゅう(だ), くんねの, おしえでくれ, 言うてはいよ, って聞いたんだけど
/// / じゃけど / やけど, ってホンマなん / って本当なん, (どこ)やったっけ, (ん)かの, に首都ってある(ん), どことどこ(な),
/// おしえるください; the filler ガチで; the repair と思ったけど; the help cues 話しかけたらいい, どう話しかけたら,
/// 何ができるんな, どうやって使うんな; the stop cues 止めちょって / とめちょって; the launch words っぺ, くんね(の); not-places
/// of Japanese geography and history (四国, 九州, 蝦夷地, 江戸幕府, ...) and 日本語. Each family with sentences no corpus has,
/// and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundThirtySevenRuleTests
{
    [TestCase("ケニアの首都ってナイロビで合っちょる", "KE")]
    [TestCase("トルコの首都はアンカラで合うとる", "TR")]
    [TestCase("ペルーの首都はリマで合ってますか", "PE")]
    [TestCase("オーストラリアの首都はシドニーで合っていますか", "AU")]
    [TestCase("ネバダ州の州都はリノじゃないんやの", "US-NV")]
    [TestCase("チリの首都はサンティアゴですかおしえて", "CL")]
    [TestCase("ガーナの首都はアクラでええの", "GH")]
    [TestCase("ケニアの首都なんていうだ", "KE")]
    [TestCase("トルコの首都なんちゅうだ", "TR")]
    [TestCase("ペルーの首都教えてくんねの", "PE")]
    [TestCase("寒い晩だはげケニアの首都おしえでくれ", "KE")]
    [TestCase("暇じゃんけトルコの首都教えて", "TR")]
    [TestCase("チリの首都ば言うてはいよ", "CL")]
    [TestCase("ボリビアの首都って二つあるって聞いたんだけど", "BO")]
    [TestCase("マレーシアの首都って二か所あるって聞いたんやけど", "MY")]
    [TestCase("ボリビアは首都がふたつあるって本当なん", "BO")]
    [TestCase("コートジボワールって首都が二か所あるんやろどことどこ", "CI")]
    [TestCase("ケニアの首都どこやったっけ", "KE")]
    [TestCase("ナウルに首都ってあるんかの", "NR")]
    [TestCase("ペルーと思ったけどチリの首都を教えて", "CL")]
    [TestCase("空港で待っとるんやけどトルコの首都はどこ", "TR")]
    [TestCase("ニカラグアの首都ガチでわからん", "NI")]
    [TestCase("フィリピンの首都はなにですかおしえるください", "PH")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("ナイロビを首都にしとる国はどこ", "nairobi")]
    public void A_city_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("ja-JP", utterance, id);

    [TestCase("どう話しかけたらいいの", "AMAZON.HelpIntent")]
    [TestCase("これどうやって使うんな", "AMAZON.HelpIntent")]
    [TestCase("どがいして遊ぶんかいね", "AMAZON.HelpIntent")]
    [TestCase("何ができるんな", "AMAZON.HelpIntent")]
    [TestCase("そろそろ止めちょって", "AMAZON.StopIntent")]
    [TestCase("とめちょって", "AMAZON.StopIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("世界の首都やっぺ")]
    [TestCase("世界の首都を開いてくんね")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("四国の州都はどこ")]
    [TestCase("九州の中心都市はどこ")]
    [TestCase("江戸幕府の首都ってどこ")]
    [TestCase("蝦夷地の首都は")]
    [TestCase("テレビ止めちょって")]
    [TestCase("ドアを開いてくんね")]
    [TestCase("日本語の使い方を教えて")]
    [TestCase("じゃんけんしようか")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
