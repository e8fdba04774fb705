using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A launch in other words (interactionModel/README.md, *Launch in other words (session 14)*; LaunchWording):
/// the skill's invocation name, a launch verb of the language anywhere, and only politeness, "for me", "again" and
/// function words around it is a LaunchRequest, in every language with a LaunchWording file. Another name for the skill
/// (Alexa launches by the invocation name only), questions about the skill, "close", another thing opened, another
/// skill's name and capital questions that say "world capitals" are no launch.</summary>
public class LaunchWordingRuleTests
{
    private static UtteranceKind KindOf(string locale, string utterance) => LocalSkill.NluFor(locale).ParseForm(utterance).Kind;

    [TestCase("hi-IN", "दुनिया की राजधानियाँ गेम ऑन कर दो")]
    [TestCase("hi-IN", "बच्चों के लिए दुनिया की राजधानियाँ चला दो")]
    [TestCase("hi-IN", "एलेक्सा फिर से दुनिया की राजधानियाँ शुरू करो ना")]
    [TestCase("hi-IN", "ज़रा दुनिया की राजधानियाँ स्किल खोलिए प्लीज़")]
    [TestCase("hi-IN", "मुझे दुनिया की राजधानियां खेलना है")]
    [TestCase("ar-SA", "ابي اشغل عواصم العالم من البداية")]
    [TestCase("ar-SA", "اليكسا افتحي لنا عواصم العالم عشان نتسلى")]
    [TestCase("ar-SA", "شغلي لعبة عواصم العالم يا اليكسا")]
    [TestCase("ar-SA", "يلا ابدئي عواصم العالم مرة ثانية")]
    [TestCase("nl-NL", "start even opnieuw hoofdsteden van de wereld")]
    [TestCase("nl-NL", "alexa doe de hoofdsteden van de wereld voor de kinderen")]
    [TestCase("nl-NL", "zet de hoofdsteden van de wereld quiz maar aan")]
    [TestCase("nl-NL", "wil je hoofdsteden van de wereld nog een keer openen")]
    [TestCase("en-US", "could you turn on world capitals for the kids")]
    [TestCase("en-GB", "start world capitals again from the beginning please")]
    [TestCase("en-US", "alexa just play the world capitals quiz for me")]
    [TestCase("en-IN", "world capitals open it please")]
    [TestCase("de-DE", "starte bitte nochmal hauptstädte der welt")]
    [TestCase("de-DE", "mach mal das hauptstädte der welt quiz für die kinder an")]
    [TestCase("de-DE", "kannst du hauptstädte der welt öffnen")]
    [TestCase("ja-JP", "世界の首都始めてくれる")]
    [TestCase("ja-JP", "じゃあもう一回世界の首都立ちあげて")]
    [TestCase("ja-JP", "世界の首都のクイズで遊ぼうよ")]
    [TestCase("ja-JP", "せかいのしゅとを起動してもらえますか")]
    [TestCase("ja-JP", "せかいのしゅとをおねがいしたいです", Description = "the name and お願い in kana, as a child writes them (session 57)")]
    public void The_name_with_a_launch_verb_and_polite_words_around_it_is_a_launch(string locale, string utterance)
    {
        Assert.That(KindOf(locale, utterance), Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("hi-IN", "वर्ल्ड कैपिटल्स खोल दो")]
    [TestCase("nl-NL", "start wereldhoofdsteden")]
    [TestCase("en-US", "play the capitals quiz")]
    [TestCase("ar-SA", "شغلي لعبة العواصم")]
    [TestCase("hi-IN", "वर्ल्ड कैपिटल्स क्या है")]
    [TestCase("hi-IN", "वर्ल्ड कैपिटल्स बंद कर दो")]
    [TestCase("hi-IN", "खिड़की खोल दो")]
    [TestCase("hi-IN", "वर्ल्ड कैपिटल्स में फ्रांस की राजधानी बताओ")]
    [TestCase("ar-SA", "ما هي عواصم العالم")]
    [TestCase("ar-SA", "اقفلي عواصم العالم الحين")]
    [TestCase("ar-SA", "افتحي الباب")]
    [TestCase("ar-SA", "افتحي مهارة الطقس")]
    [TestCase("nl-NL", "wat is hoofdsteden van de wereld")]
    [TestCase("nl-NL", "doe hoofdsteden van de wereld dicht")]
    [TestCase("nl-NL", "open het raam")]
    [TestCase("nl-NL", "start de skill weerbericht")]
    [TestCase("nl-NL", "welke hoofdsteden van de wereld liggen in afrika")]
    [TestCase("en-US", "what is world capitals")]
    [TestCase("en-US", "close world capitals")]
    [TestCase("en-US", "open the window")]
    [TestCase("en-US", "open daily trivia")]
    [TestCase("ja-JP", "世界の首都はいくつありますか")]
    [TestCase("ja-JP", "世界の首都の数を教えて")]
    [TestCase("ja-JP", "世界の首都を閉じて")]
    [TestCase("ja-JP", "窓を開けて")]
    [TestCase("ja-JP", "天気のスキルを起動して")]
    [TestCase("ja-JP", "おんがくをおねがいします")]
    [TestCase("en-US", "what are the world capitals of europe")]
    [TestCase("en-US", "open world capitals of europe")]
    [TestCase("en-US", "don't open world capitals")]
    [TestCase("de-DE", "was ist hauptstädte der welt")]
    [TestCase("de-DE", "öffne das fenster")]
    public void A_question_about_the_skill_another_verb_or_another_topic_is_no_launch(string locale, string utterance)
    {
        Assert.That(KindOf(locale, utterance), Is.Not.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("en-US", "ask world capitals for the capital of peru", "the capital of peru")]
    [TestCase("nl-NL", "vraag hoofdsteden van de wereld naar de hoofdstad van peru", "de hoofdstad van peru")]
    public void A_one_shot_question_stays_a_one_shot(string locale, string utterance, string request)
    {
        var form = LocalSkill.NluFor(locale).ParseForm(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(form.Kind, Is.EqualTo(UtteranceKind.OneShot));
            Assert.That(string.Join(' ', form.RequestTokens.Select(token => token.Text)), Is.EqualTo(request));
        });
    }
}
