using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Japanese families round 18 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 18 tuning for Japanese*), each tested with sentences of its kind that no corpus has: a capital question with a
/// clause of the speaker's situation before or after it (ClauseWords.ja.json, the postpositions that end a clause, and the
/// clause's length counted in characters); a place named in a clause and then referred to ("その国の首都", "首都"); elderly
/// and regional sentence endings ("おくれ", "かのう", "かしら", "でございますか"); help, stop and cancel wordings; and the
/// out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundEighteenRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("洗濯物を畳んでるからペルーの首都を教えて", "PE")]
    [TestCase("犬の散歩中なんだけどカナダの首都はどこ", "CA")]
    [TestCase("息子の宿題でチリの首都を調べてるんだけど", "CL")]
    [TestCase("電車の中だからポーランドの首都だけ教えて", "PL")]
    [TestCase("孫に聞かれたんじゃがペルーの首都はどこかのう", "PE")]
    [TestCase("夕飯の支度中なんだけどギリシャの首都ってどこ", "GR")]
    [TestCase("妹にノルウェーの首都を教えてあげて", "NO")]
    [TestCase("今インド料理を作ってるんだけどその国の首都ってどこ", "IN")]
    [TestCase("昨日ニュースでチリのことやってたけど首都はどこ", "CL")]
    [TestCase("来週ベトナムに出張するんだけど首都ってどこ", "VN")]
    [TestCase("友達がフィジーに住んでるんだけどその国の首都はどこ", "FJ")]
    [TestCase("おばあちゃんにスペインの首都を教えておくれ", "ES")]
    [TestCase("ケニアの首都はどこかしら", "KE")]
    [TestCase("トルコの首都はどこでございますか", "TR")]
    [TestCase("お忙しいところ恐縮ですがペルーの首都をお教えいただけますか", "PE")]
    [TestCase("チリの首都についてお伺いしたいのですが", "CL")]
    [TestCase("念のためケニアの首都を確認させてください", "KE")]
    [TestCase("アルバータ州って州都どこ", "CA-AB")]
    [TestCase("グアムって中心の町はどこなの", "GU")]
    [TestCase("ニューヨークはアメリカの首都なの", "US")]
    public void A_round_eighteen_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("このスキルの使い方を教えて", "AMAZON.HelpIntent")]
    [TestCase("遊び方を教えて", "AMAZON.HelpIntent")]
    [TestCase("何を言えばいいの", "AMAZON.HelpIntent")]
    [TestCase("どう言えばいいの", "AMAZON.HelpIntent")]
    [TestCase("もう十分です", "AMAZON.StopIntent")]
    [TestCase("止まって", "AMAZON.StopIntent")]
    [TestCase("もうしまいや", "AMAZON.StopIntent")]
    [TestCase("やっぱりいいや", "AMAZON.CancelIntent")]
    [TestCase("もう聞かなくていい", "AMAZON.CancelIntent")]
    [TestCase("もうええわ", "AMAZON.CancelIntent")]
    public void A_round_eighteen_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("フランスの首都の人口を教えて")]
    [TestCase("料理中なんだけどイタリアの首都の天気を教えて")]
    [TestCase("運転中だから音楽をかけて")]
    [TestCase("ドイツの首都の読み方を英語で教えて")]
    [TestCase("来週タイに行くんだけど通貨は何")]
    [TestCase("運転中だからカナダの首都までの距離を教えて")]
    [TestCase("宿題なんだけど日本の人口は")]
    public void A_japanese_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
