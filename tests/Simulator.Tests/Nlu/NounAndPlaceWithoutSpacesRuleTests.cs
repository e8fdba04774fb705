using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The noun-and-place rule in Japanese (NluEngine.NounAndPlaceWithoutSpaces.cs): a scene that names one place, then
/// the question's noun and a word that asks, asks for that place's capital; each case is checked against the same model
/// without the rule, where it falls back. A sentence that asks nothing, says another fact or topic, a compound of the noun
/// ("首都圏"), a place only as part of a longer word or in hiragana ("がな" is a particle, not Ghana), two places, or a
/// withdrawn question still falls back.</summary>
public class NounAndPlaceWithoutSpacesRuleTests
{
    private const string Locale = "ja-JP";

    private static NluEngine? _withoutRule;

    private static NluEngine EngineWithoutRule() =>
        _withoutRule ??= new NluEngine(LocalSkill.LoadModel(Locale), NluLexicon.For(Locale), readsNounAndPlace: false);

    [TestCase("駅前の本屋で立ち読みしとったらペルーの話が出てきてさ首都教えてくれんか", "PE")]
    [TestCase("うちの店によく来るお客さんがケニアから来たって言うとったけど首都はどこね", "KE")]
    [TestCase("新しく来た先生がクイーンズランド州の出身らしいんだけど州都ってどこ", "AU-QLD")]
    [TestCase("娘がなチリの首都を宿題で調べよるんじゃがわしゃようわからんけえ教えてや", "CL")]
    [TestCase("隣のおじさんの奥さんがフィンランドの人だべさ首都知りてえんだ", "FI")]
    [TestCase("工場の同僚がオランダ出身でさ首都が二つあるとか言ってたけど両方", "NL")]
    public void A_scene_with_one_place_then_the_noun_asks_for_its_capital(string utterance, string id) =>
        Assert.That(LocaleNlu.Recognize(Locale, utterance).Slot("country")?.FirstMatch?.Id, Is.EqualTo(id));

    // Read by this rule alone: the place-reference rule reads a scene whose reference (首都) ends it with a question, not these.
    [TestCase("娘がなチリの首都を宿題で調べよるんじゃがわしゃようわからんけえ教えてや", "CL")]
    [TestCase("隣のおじさんの奥さんがフィンランドの人だべさ首都知りてえんだ", "FI")]
    [TestCase("工場の同僚がオランダ出身でさ首都が二つあるとか言ってたけど両方", "NL")]
    public void Without_the_rule_these_fall_back(string utterance, string id)
    {
        var result = LocaleNlu.Recognize(Locale, utterance);
        var withoutRule = EngineWithoutRule().Recognize(utterance)!;

        Assert.Multiple(() =>
        {
            Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
            Assert.That(withoutRule.IntentName, Is.EqualTo(NluEngine.FallbackIntent), $"without the rule: \"{withoutRule.Sample}\"");
        });
    }

    // A stop cue inside the scene tells of something ("電車が止まって"): only one at the start or end withdraws the question.
    [Test]
    public void A_stop_cue_inside_the_scene_does_not_withdraw_the_question() =>
        Assert.That(LocaleNlu.Recognize(Locale, "朝から電車が止まってしもて暇やしトルコの首都教えてくれへん").Slot("country")?.FirstMatch?.Id, Is.EqualTo("TR"));

    [TestCase("去年の夏に家族でスペインの首都に行ってきたよ")]
    [TestCase("首都圏に住んでるタイの友達に駅の場所を教えた")]
    [TestCase("来月メキシコに行くんだけど首都のホテルで安いところ教えて")]
    [TestCase("工場の同僚がインドから来たんだけど首都の人口ってどれくらい")]
    [TestCase("姉がなペルーとチリに行ったんだけど首都どこやったっけ")]
    [TestCase("欧州都市のランキングでフランスが何位か教えて")]
    [TestCase("キャンセルしてフランスの首都はもういいから教えなくていい")]
    [TestCase("エアコンの温度をイタリアの首都みたいに教えて")]
    public void Telling_another_fact_two_places_or_a_part_of_a_word_still_fall_back(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
