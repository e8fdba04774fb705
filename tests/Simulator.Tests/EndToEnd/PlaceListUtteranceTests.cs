using WorldCapitals.Simulator.Conversations;
using WorldCapitals.Simulator.Envelopes;
using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Transport;

namespace WorldCapitals.Simulator.Tests.EndToEnd;

/// <summary>
/// Two or more places in one question, through each locale's generated model, its NLU and the real skill: the NLU fills
/// the country slot with the whole list (Arabic و glued to the next name, Japanese と inside the text, the Hindi plural
/// राजधानियाँ; a second place of two words, "both" words, "X and that of Y"), the skill answers every place. A question about
/// something else with the same list, or a general question about several capitals, still falls back.
/// </summary>
public class PlaceListUtteranceTests
{
    [TestCase("en-US", "what are the capitals of spain and portugal", "ES+PT")]
    [TestCase("en-US", "what are the capitals of kenya, uganda and tanzania", "KE+TZ+UG")]
    [TestCase("de-DE", "was sind die hauptstädte von österreich und der schweiz", "AT+CH")]
    [TestCase("fr-FR", "quelles sont les capitales de la belgique et du luxembourg", "BE+LU")]
    [TestCase("es-ES", "cuál es la capital de francia e italia", "FR+IT")]
    [TestCase("it-IT", "quali sono le capitali di spagna ed italia", "ES+IT")]
    [TestCase("pt-BR", "quais são as capitais do brasil e da argentina", "AR+BR")]
    [TestCase("nl-NL", "wat zijn de hoofdsteden van noorwegen en van zweden", "NO+SE")]
    [TestCase("hi-IN", "भारत और पाकिस्तान की राजधानियाँ क्या हैं", "IN+PK")]
    [TestCase("hi-IN", "जर्मनी तथा फ्रांस की राजधानी बताओ", "DE+FR")]
    [TestCase("hi-IN", "ईरान और इराक दोनों की राजधानी बताओ", "IQ+IR")]
    [TestCase("hi-IN", "नेपाल और भूटान दोनों की राजधानियाँ क्या हैं", "BT+NP")]
    [TestCase("hi-IN", "स्पेन और पुर्तगाल की राजधानी एक साथ बताओ", "ES+PT")]
    [TestCase("ar-SA", "ما عاصمة فرنسا وألمانيا", "DE+FR")]
    [TestCase("ar-SA", "ما هي عاصمة مصر و الأردن", "EG+JO")]
    [TestCase("ja-JP", "フランスとドイツの首都は", "DE+FR")]
    [TestCase("ja-JP", "日本や中国の首都はどこ", "CN+JP")]
    // Session 15: a second place of two words after Arabic و, a "both" word of the language (the lexicon's bothWords) outside
    // the slot, and "X and that of Y" (a list word of several words).
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
    public async Task A_question_about_several_places_answers_each(string locale, string utterance, string ids)
    {
        var turn = await ConversationIn(locale).SayAsync(utterance, CancellationToken.None);

        Assert.That(turn.Summary?.EntityId, Is.EqualTo(ids), turn.Response?.Speech);
    }

    [TestCase("en-US", "what's the population of spain and portugal")]
    [TestCase("de-DE", "wie viele einwohner haben spanien und portugal")]
    [TestCase("nl-NL", "hoeveel inwoners hebben belgië en nederland")]
    [TestCase("hi-IN", "भारत और नेपाल की जनसंख्या कितनी है")]
    [TestCase("ar-SA", "كم عدد سكان فرنسا وألمانيا")]
    [TestCase("ja-JP", "フランスとドイツの人口は")]
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
    public async Task Another_question_about_the_same_places_still_falls_back(string locale, string utterance)
    {
        var turn = await ConversationIn(locale).SayAsync(utterance, CancellationToken.None);

        Assert.That(turn.Interpretation?.IntentName, Is.EqualTo("AMAZON.FallbackIntent"), turn.Response?.Speech);
    }

    private static Conversation ConversationIn(string locale) => new(
        LocalSkill.NluFor(locale),
        new EnvelopeFactory(SkillIdentity.Current(), locale, TimeProvider.System),
        InProcessSkillTransport.Create(verify: true));
}
