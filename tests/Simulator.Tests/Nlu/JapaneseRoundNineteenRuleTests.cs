using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Japanese families round 19 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 19 tuning for Japanese*), each tested with sentences of its kind that no corpus has: katakana written another way
/// (a small vowel as the large one, ティ / ディ for チ / ジ, the older -ヤ of -ia), hiragana of kanji names, follow-ups with a
/// filler before them, repairs in Kansai speech, a longer clause before the question, help, stop, cancel and launch
/// wordings, and the out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundNineteenRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("ハイティの首都はどこ", "HT")]
    [TestCase("ジブティの首都", "DJ")]
    [TestCase("グァテマラの首都ってどこ", "GT")]
    [TestCase("クウエートの首都は", "KW")]
    [TestCase("マラウィの首都", "MW")]
    [TestCase("ケニヤの首都はどこ", "KE")]
    [TestCase("タンザニヤの首都", "TZ")]
    [TestCase("ちゅうごくの首都ってどこ", "CN")]
    [TestCase("きたちょうせんの首都", "KP")]
    [TestCase("チェコ共和国の首都はどこ", "CZ")]
    [TestCase("フランスやなくてドイツの首都", "DE")]
    [TestCase("ペルーやなくてチリの首都どこ", "CL")]
    [TestCase("イタリアの首都あっちゃうスペインの首都", "ES")]
    [TestCase("同じくポーランドは", "PL")]
    [TestCase("ついでにフィンランドのも教えて", "FI")]
    [TestCase("夕飯の支度で手が離せないんだけどケニアの首都どこ", "KE")]
    [TestCase("南アフリカの首都をぜんぶ", "ZA")]
    public void A_round_nineteen_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("説明を聞きたいです", "AMAZON.HelpIntent")]
    [TestCase("このスキルで何ができるの", "AMAZON.HelpIntent")]
    [TestCase("使い方がよくわからない", "AMAZON.HelpIntent")]
    [TestCase("何を話せばいいの", "AMAZON.HelpIntent")]
    [TestCase("今日はここまで", "AMAZON.StopIntent")]
    [TestCase("また今度", "AMAZON.StopIntent")]
    [TestCase("今日はこの辺で", "AMAZON.StopIntent")]
    [TestCase("今のはなかったことにして", "AMAZON.CancelIntent")]
    [TestCase("やっぱやめる", "AMAZON.CancelIntent")]
    [TestCase("質問やめる", "AMAZON.CancelIntent")]
    public void A_round_nineteen_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("世界の首都お願いします")]
    [TestCase("世界の首都を使わせてください")]
    [TestCase("世界の首都で勉強しよう")]
    public void A_round_nineteen_launch_wording_launches(string utterance)
    {
        LocaleNlu.AssertLaunches("ja-JP", utterance);
    }

    [TestCase("月の首都を教えて")]
    [TestCase("ケニヤの首都の人口を教えて")]
    [TestCase("夕飯の支度で手が離せないんだけどケニアの天気を教えて")]
    public void A_japanese_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
