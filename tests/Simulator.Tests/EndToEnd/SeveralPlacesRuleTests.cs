using WorldCapitals.Simulator.Conversations;
using WorldCapitals.Simulator.Envelopes;
using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Transport;

namespace WorldCapitals.Simulator.Tests.EndToEnd;

/// <summary>
/// Several places in one question (session 15), through each locale's generated model, its NLU and the real skill: a value
/// that is a list of known places stays whole (a second place of two words: "السودان وجنوب السودان"), a "both" word of the
/// language (the lexicon's <c>bothWords</c>) stays outside the slot, and "X and that of Y" is a list. Questions about something else with the same places still fall back.
/// </summary>
public class SeveralPlacesRuleTests
{
    [TestCase("ar-SA", "عاصمة تشاد وجنوب السودان", "SS+TD")]
    [TestCase("ar-SA", "ما عاصمة النيجر وكوريا الجنوبية", "KR+NE")]
    [TestCase("ar-SA", "عاصمة ليبيا وغينيا الاستوائية", "GQ+LY")]
    [TestCase("ar-SA", "عاصمة تشاد وجنوب السودان الاثنين", "SS+TD")]
    [TestCase("ar-SA", "ابي عاصمة لبنان وسوريا الثنتين", "LB+SY")]
    [TestCase("ar-SA", "عاصمة الاردن وسوريا ولبنان", "JO+LB+SY")]
    [TestCase("nl-NL", "de hoofdstad van peru en die van chili", "CL+PE")]
    [TestCase("nl-NL", "wat is de hoofdstad van ierland en die van schotland", "GB-SCT+IE")]
    [TestCase("nl-NL", "wat zijn de hoofdsteden van zweden en noorwegen allebei", "NO+SE")]
    [TestCase("nl-NL", "de hoofdsteden van belgië en luxemburg samen", "BE+LU")]
    [TestCase("nl-NL", "wat zijn de hoofdsteden van kenia en oeganda alle twee", "KE+UG")]
    [TestCase("hi-IN", "नेपाल और भूटान दोनों की राजधानी कौन सी है", "BT+NP")]
    [TestCase("hi-IN", "केरल और तमिलनाडु दोनों की राजधानी क्या है", "IN-KL+IN-TN")]
    [TestCase("en-US", "what are the capitals of spain and portugal both", "ES+PT")]
    [TestCase("en-US", "the capital of peru and that of chile", "CL+PE")]
    [TestCase("en-US", "what is the capital of kenya and that of uganda", "KE+UG")]
    [TestCase("en-US", "capital of chad and south sudan", "SS+TD")]
    [TestCase("de-DE", "die hauptstadt von peru und die von chile", "CL+PE")]
    [TestCase("de-DE", "was ist die hauptstadt von spanien und portugal beide", "ES+PT")]
    public async Task Several_places_in_one_question_answer_each(string locale, string utterance, string ids)
    {
        var turn = await ConversationIn(locale).SayAsync(utterance, CancellationToken.None);

        Assert.That(turn.Summary?.EntityId, Is.EqualTo(ids), turn.Response?.Speech);
    }

    [TestCase("ar-SA", "الفرق بين النيجر ونيجيريا")]
    [TestCase("ar-SA", "كم عدد سكان السودان وجنوب السودان")]
    [TestCase("ar-SA", "الحرب بين السودان وجنوب السودان")]
    [TestCase("ar-SA", "كم دولة عندها عاصمتين")]
    [TestCase("nl-NL", "hoeveel inwoners hebben spanje en portugal allebei")]
    [TestCase("nl-NL", "wat is het verschil tussen niger en nigeria")]
    [TestCase("hi-IN", "भारत और पाकिस्तान दोनों की आबादी कितनी है")]
    [TestCase("en-US", "what is the difference between niger and nigeria")]
    [TestCase("en-US", "what is the population of spain and portugal both")]
    [TestCase("en-US", "how many countries have two capitals")]
    [TestCase("de-DE", "wie viele einwohner haben spanien und portugal beide")]
    public async Task Another_question_about_several_places_still_falls_back(string locale, string utterance)
    {
        var turn = await ConversationIn(locale).SayAsync(utterance, CancellationToken.None);

        Assert.That(turn.Interpretation?.IntentName, Is.EqualTo("AMAZON.FallbackIntent"), turn.Response?.Speech);
    }

    private static Conversation ConversationIn(string locale) => new(
        LocalSkill.NluFor(locale),
        new EnvelopeFactory(SkillIdentity.Current(), locale, TimeProvider.System),
        InProcessSkillTransport.Create(verify: true));
}
