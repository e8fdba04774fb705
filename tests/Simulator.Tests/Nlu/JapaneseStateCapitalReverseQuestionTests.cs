using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A Japanese reverse question about a state's capital said with 州都 in the forms the 首都 question has ("{city}が
/// 州都の州はどこ", "{city}を州都にしてるのはどこの州"), and "{city}が首都になってるのはどこ": samples of the city question
/// (session 53, from the round 50 tuner's Left list). Sentences of our own.</summary>
public class JapaneseStateCapitalReverseQuestionTests
{
    [TestCase("ムンバイが州都になってるのはどこ", "mumbai")]
    [TestCase("ブリスベンを州都にしてるのはどこの州", "brisbane")]
    [TestCase("エドモントンが州都の州はどこ", "edmonton")]
    [TestCase("ナイロビが首都になってるのはどこ", "nairobi")]
    public void The_city_is_asked_about(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("ja-JP", utterance, id);
}
