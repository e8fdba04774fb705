using WorldCapitals.Cli;
using WorldCapitals.Cli.Simulator;
using WorldCapitals.Simulator.Tests.Cli;

namespace WorldCapitals.Simulator.Tests.EndToEnd;

/// <summary>
/// `capitals ask --locale` in German, Dutch, Japanese, Hindi and Arabic: the locale's generated model and NLU read the
/// utterance (Japanese without spaces, Hindi and Arabic in their scripts), the real skill answers in the language.
/// </summary>
// Each case asks through a skill of its own: the cases run side by side too.
[Parallelizable(ParallelScope.Children)]
public class GermanDutchJapaneseHindiArabicUtteranceTests
{
    [TestCase("de-DE", "was ist die hauptstadt der schweiz", "Die Hauptstadt der Schweiz ist Bern")]
    [TestCase("de-DE", "sag mir mal die hauptstadt von polen", "Die Hauptstadt von Polen ist Warschau.")]
    [TestCase("de-DE", "welche hauptstädte hat südafrika", "Die drei Hauptstädte von Südafrika sind Pretoria")]
    [TestCase("de-DE", "wovon ist wien die hauptstadt", "Wien ist die Hauptstadt von Österreich.")]
    [TestCase("de-DE", "frag hauptstädte der welt nach der hauptstadt von frankreich", "Die Hauptstadt von Frankreich ist Paris.")]
    [TestCase("nl-NL", "wat is de hoofdstad van de verenigde staten", "De hoofdstad van de Verenigde Staten is Washington")]
    [TestCase("nl-NL", "weet jij wat de hoofdstad van spanje is", "De hoofdstad van Spanje is Madrid.")]
    [TestCase("nl-NL", "waarvan is wenen de hoofdstad", "Wenen is de hoofdstad van Oostenrijk.")]
    [TestCase("nl-NL", "vraag hoofdsteden van de wereld wat de hoofdstad van japan is", "De hoofdstad van Japan is Tokio.")]
    [TestCase("ja-JP", "フランスの首都はどこ", "フランスの首都はパリです。")]
    [TestCase("ja-JP", "ドイツの首都を教えて", "ドイツの首都はベルリンです。")]
    [TestCase("ja-JP", "ウィーンはどこの国の首都", "ウィーンはオーストリアの首都です。")]
    [TestCase("ja-JP", "アレクサ世界の首都でケニアの首都はどこ", "ケニアの首都はナイロビです。")]
    [TestCase("ja-JP", "ふらんすの首都はどこ", "フランスの首都はパリです。", Description = "a name in hiragana, as a recogniser may write it")]
    [TestCase("ja-JP", "けにあの首都を教えて", "ケニアの首都はナイロビです。")]
    [TestCase("ja-JP", "うぃーんはどこの国の首都", "ウィーンはオーストリアの首都です。")]
    [TestCase("hi-IN", "फ़्रांस की राजधानी क्या है", "फ़्रांस की राजधानी पेरिस है.")]
    [TestCase("hi-IN", "आस्ट्रेलिया की राजधानी क्या है", "ऑस्ट्रेलिया की राजधानी कैनबरा है.", Description = "long A for the candra O")]
    [TestCase("hi-IN", "लन्दन किस देश की राजधानी है", "लंदन ", Description = "a nasal with virama for the anusvara")]
    [TestCase("hi-IN", "जर्मनी की राजधानी बताओ", "जर्मनी की राजधानी बर्लिन है.")]
    [TestCase("hi-IN", "नैरोबी किस देश की राजधानी है", "नैरोबी केन्या की राजधानी है.")]
    [TestCase("hi-IN", "दुनिया की राजधानियाँ से पूछो कि जापान की राजधानी क्या है", "जापान की राजधानी टोक्यो है.")]
    [TestCase("ar-SA", "ما هي عاصمة فرنسا", "عاصمة فرنسا هي باريس.")]
    [TestCase("ar-SA", "وش عاصمة ألمانيا", "عاصمة ألمانيا هي برلين.")]
    [TestCase("ar-SA", "نيروبي عاصمة أي دولة", "نيروبي هي عاصمة كينيا.")]
    [TestCase("ar-SA", "اسألي عواصم العالم عن عاصمة اليابان", "عاصمة اليابان هي طوكيو.")]
    [TestCase("ar-SA", "طيب وآيسلندا", "عاصمة آيسلندا هي ريكيافيك.")]
    [TestCase("ar-SA", "وعاصمة كندا", "عاصمة كندا هي أوتاوا.")]
    [TestCase("ar-SA", "ما هي عاصمة ولاية جورجيا", "عاصمة جورجيا هي أتلانتا.")]
    [TestCase("hi-IN", "मेक्सिको की राजधानी क्या है", "मैक्सिको की राजधानी मेक्सिको सिटी है.")]
    [TestCase("de-DE", "was ist die hauptstadt des bundeslandes bayern", "Die Hauptstadt von Bayern ist München.", Description = "a kind word before the place")]
    [TestCase("de-DE", "was ist die hauptstadt des bundesstaates méxico", "Die Hauptstadt des Bundesstaates México ist Toluca.", Description = "the kind word picks the state, not the country")]
    [TestCase("de-DE", "mir fällt die hauptstadt von polen nicht ein", "Die Hauptstadt von Polen ist Warschau.")]
    [TestCase("ar-SA", "ما هي عاصمة ولاية المكسيك", "عاصمة ولاية المكسيك هي تولوكا.", Description = "the kind word picks the state, not the country")]
    [TestCase("ar-SA", "ما هي العاصمة لكينيا", "عاصمة كينيا هي نيروبي.", Description = "the preposition ل written onto the name")]
    [TestCase("ar-SA", "اذكري عاصمة اليابان", "عاصمة اليابان هي طوكيو.", Description = "a request to Alexa in the feminine")]
    [TestCase("ja-JP", "首都はどこですかケニアの", "ケニアの首都はナイロビです。", Description = "the place said as an afterthought")]
    [TestCase("ja-JP", "ねえエクアドルの首都はどこ", "エクアドルの首都はキトです。", Description = "a lead-in's last kana is not taken from the place")]
    [TestCase("ja-JP", "ヴァチカンの首都はどこ", "バチカン市国の首都は", Description = "ヴァ read as バ")]
    [TestCase("ja-JP", "オーストラリア連邦の首都は", "オーストラリアの首都はキャンベラです。", Description = "an official name holding the everyday one")]
    [TestCase("ja-JP", "キリバスという国の首都はどこ", "キリバスの首都は南タラワです。", Description = "the place named as a country")]
    [TestCase("ar-SA", "ما هي العاصمة للنمسا", "عاصمة النمسا هي فيينا.", Description = "ل with the article, its alif dropped")]
    [TestCase("ar-SA", "وش عاصمة يمن", "عاصمة اليمن هي صنعاء.", Description = "the name without its article")]
    [TestCase("ar-SA", "وش العاصمة حقت المكسيك", "عاصمة المكسيك هي مكسيكو سيتي.", Description = "the Gulf possessive حق / حقت")]
    [TestCase("ar-SA", "عطيني عاصمة قطر", "عاصمة قطر هي الدوحة.", Description = "a Gulf request in the feminine")]
    [TestCase("hi-IN", "राजधानी क्या है जापान की", "जापान की राजधानी टोक्यो है.", Description = "the place said as an afterthought")]
    [TestCase("nl-NL", "ik ben de hoofdstad van spanje vergeten", "De hoofdstad van Spanje is Madrid.")]
    [TestCase("hi-IN", "वारसॉ किस देश की राजधानी है", "वॉरसॉ पोलैंड की राजधानी है.")]
    [TestCase("hi-IN", "क्या सिडनी ऑस्ट्रेलिया की राजधानी है", "ऑस्ट्रेलिया की राजधानी कैनबरा है.", Description = "a yes/no check is answered with the capital")]
    [TestCase("hi-IN", "घाना की राजधानी सॉरी गिनी की", "गिनी की राजधानी", Description = "a self-correction after the postposition")]
    [TestCase("nl-NL", "is de hoofdstad van turkije istanbul", "De hoofdstad van Turkije is Ankara.", Description = "a yes/no check with the guess last")]
    public async Task A_question_in_the_language_is_answered_in_it(string locale, string utterance, string expected)
    {
        var (exitCode, output, error) = await AskCommandTests.Ask(new AskRequest(utterance, null, Json: false, Locale: locale));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
            Assert.That(output, Does.StartWith("Alexa: " + expected));
            Assert.That(output, Does.EndWith("(session ended)\n"));
        });
    }

    [TestCase("de-DE", "öffne hauptstädte der welt", "Alexa: Willkommen bei Hauptstädte der Welt.")]
    [TestCase("nl-NL", "open hoofdsteden van de wereld", "Alexa: Welkom bij Hoofdsteden van de Wereld.")]
    [TestCase("ja-JP", "世界の首都を開いて", "Alexa: 世界の首都へようこそ。")]
    [TestCase("hi-IN", "दुनिया की राजधानियाँ खोलो", "Alexa: दुनिया की राजधानियाँ में आपका स्वागत है.")]
    [TestCase("ar-SA", "افتحي عواصم العالم", "Alexa: أهلاً بك في عواصم العالم.")]
    [TestCase("de-DE", "hilfe", "Alexa: Du kannst mich nach der Hauptstadt jedes Landes der Welt fragen")]
    [TestCase("nl-NL", "help", "Alexa: Je kunt me naar de hoofdstad van elk land ter wereld vragen")]
    [TestCase("ja-JP", "ヘルプ", "Alexa: 世界のどの国の首都でもお答えします。")]
    [TestCase("hi-IN", "मदद", "Alexa: आप मुझसे दुनिया के किसी भी देश की राजधानी पूछ सकते हैं")]
    [TestCase("ar-SA", "مساعدة", "Alexa: يمكنك أن تسألني عن عاصمة أي دولة في العالم")]
    [TestCase("de-DE", "spiel musik", "Alexa: Dabei kann ich leider nicht helfen.")]
    [TestCase("nl-NL", "speel muziek", "Alexa: Sorry, daar kan ik je niet mee helpen.")]
    [TestCase("ja-JP", "音楽をかけて", "Alexa: すみません、それにはお答えできません。")]
    [TestCase("hi-IN", "गाना चलाओ", "Alexa: माफ़ कीजिए, इसमें मैं मदद नहीं कर सकती.")]
    [TestCase("ar-SA", "شغل موسيقى", "Alexa: عذراً، لا أستطيع المساعدة في ذلك")]
    [TestCase("ar-SA", "أين تقع مدغشقر", "Alexa: عذراً، لا أستطيع المساعدة في ذلك", Description = "where a country lies is not its capital")]
    [TestCase("ja-JP", "天気は", "Alexa: すみません、それにはお答えできません。", Description = "a short word with は is no place")]
    public async Task Launch_help_and_fallback_keep_the_session_open_in_the_language(string locale, string utterance, string expected)
    {
        var (exitCode, output, error) = await AskCommandTests.Ask(new AskRequest(utterance, null, Json: false, Locale: locale));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
            Assert.That(output, Does.StartWith(expected));
            Assert.That(output, Does.EndWith("(session open)\n"));
        });
    }

    [TestCase("de-DE", "stopp", "Alexa: Bis bald!\n")]
    [TestCase("nl-NL", "stop", "Alexa: Tot ziens!\n")]
    [TestCase("ja-JP", "ストップ", "Alexa: さようなら。またいつでもどうぞ。\n")]
    [TestCase("hi-IN", "बंद करो", "Alexa: फिर मिलेंगे!\n")]
    [TestCase("ar-SA", "توقف", "Alexa: مع السلامة!\n")]
    [TestCase("ar-SA", "وقفي", "Alexa: مع السلامة!\n")]
    public async Task Stop_says_goodbye_in_the_language(string locale, string utterance, string expected)
    {
        var (exitCode, output, error) = await AskCommandTests.Ask(new AskRequest(utterance, null, Json: false, Locale: locale));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
            Assert.That(output, Does.StartWith(expected));
        });
    }
}
