using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Intents;

/// <summary>
/// What the skill says in German, Dutch, Japanese, Hindi and Arabic, with the real speech files and data, as exact
/// SSML: plain answers, the place forms (articles and cases), several capitals with their roles, a name several
/// countries share, a territory with what it is, a place without a capital, the reverse question, not-found, help,
/// stop, fallback, the welcome and the follow-up prompt of an open session.
/// </summary>
public sealed class GermanDutchJapaneseHindiArabicAnswerTests
{
    [TestCase("de-DE", "Frankreich", "FR", "Die Hauptstadt von Frankreich ist Paris.")]
    [TestCase("de-DE", "Schweiz", "CH", "Die Hauptstadt der Schweiz ist Bern, die Bundesstadt, denn die Verfassung legt keine Hauptstadt fest.")]
    [TestCase("de-DE", "Vereinigte Staaten", "US", "Die Hauptstadt der Vereinigten Staaten ist Washington D.C.")]
    [TestCase("de-DE", "Irak", "IQ", "Die Hauptstadt des Irak ist Bagdad.")]
    [TestCase("de-DE", "Südafrika", "ZA", "Die drei Hauptstädte von Südafrika sind Pretoria, der Regierungssitz; Kapstadt, der Parlamentssitz, und Bloemfontein, der Sitz der obersten Gerichte.")]
    [TestCase("de-DE", "Niederlande", "NL", "Die zwei Hauptstädte der Niederlande sind Amsterdam, die Hauptstadt laut Verfassung, und Den Haag, der Regierungssitz.")]
    [TestCase("de-DE", "Nauru", "NR", "Die Hauptstadt von Nauru ist Yaren, zumindest de facto, denn offiziell gibt es keine.")]
    [TestCase("de-DE", "Färöer", "FO", "Tórshavn ist die Hauptstadt der Färöer, das ist ein autonomes Gebiet von Dänemark.")]
    [TestCase("de-DE", "Hongkong", "HK", "Hongkong ist eine Sonderverwaltungszone von China und hat als Stadtgebiet keine eigene Hauptstadt.")]
    [TestCase("de-DE", "Bouvetinsel", "BV", "Für die Bouvetinsel gibt es keine Hauptstadt, denn dort lebt niemand dauerhaft. Das Gebiet ist ein Außengebiet von Norwegen.")]
    [TestCase("de-DE", "Kaimaninseln", "KY", "George Town ist die Hauptstadt der Kaimaninseln, das ist ein britisches Überseegebiet.")]
    [TestCase("de-DE", "Guam", "GU", "Hagåtña ist die Hauptstadt von Guam, das ist ein Außengebiet der Vereinigten Staaten.")]
    [TestCase("de-DE", "Korea", "KP+KR", "Die Hauptstadt von Südkorea ist Seoul, und die von Nordkorea ist Pjöngjang.")]
    [TestCase("nl-NL", "Frankrijk", "FR", "De hoofdstad van Frankrijk is Parijs.")]
    [TestCase("nl-NL", "Verenigde Staten", "US", "De hoofdstad van de Verenigde Staten is Washington D.C.")]
    [TestCase("nl-NL", "Zuid-Afrika", "ZA", "Zuid-Afrika heeft drie hoofdsteden: Pretoria, de zetel van de regering; Kaapstad, de zetel van het parlement, en Bloemfontein, de zetel van het hooggerechtshof.")]
    [TestCase("nl-NL", "Zwitserland", "CH", "De hoofdstad van Zwitserland is Bern, de bondsstad, want de grondwet noemt geen hoofdstad.")]
    [TestCase("nl-NL", "Faeröer", "FO", "Tórshavn is de hoofdstad van de Faeröer, een autonoom gebied binnen Denemarken.")]
    [TestCase("nl-NL", "Korea", "KP+KR", "De hoofdstad van Zuid-Korea is Seoul, en die van Noord-Korea is Pyongyang.")]
    [TestCase("nl-NL", "Maagdeneilanden", "VG+VI", "Road Town is de hoofdstad van de Britse Maagdeneilanden, een overzees gebied van het Verenigd Koninkrijk, en Charlotte Amalie is de hoofdstad van de Amerikaanse Maagdeneilanden, een overzees gebied van de Verenigde Staten.")]
    [TestCase("ja-JP", "フランス", "FR", "フランスの首都はパリです。")]
    [TestCase("ja-JP", "スイス", "CH", "スイスの首都はベルンで、憲法上は首都ではなく連邦都市です。")]
    [TestCase("ja-JP", "南アフリカ", "ZA", "南アフリカには首都が三つあります。行政上の首都のプレトリア、立法上の首都のケープタウン、そして司法上の首都のブルームフォンテーンです。")]
    [TestCase("ja-JP", "グリーンランド", "GL", "グリーンランドはデンマークの自治領で、首都はヌークです。")]
    [TestCase("ja-JP", "香港", "HK", "香港は中国の特別行政区で、都市そのものが一つの地域なので、別の首都はありません。")]
    [TestCase("ja-JP", "南極", "AQ", "南極には首都がありません。どの国も統治しておらず、南極条約のもとで管理されています。")]
    [TestCase("ja-JP", "朝鮮", "KP+KR", "韓国の首都はソウルです。北朝鮮の首都は平壌です。")]
    [TestCase("hi-IN", "फ़्रांस", "FR", "फ़्रांस की राजधानी पेरिस है.")]
    [TestCase("hi-IN", "स्विट्ज़रलैंड", "CH", "स्विट्ज़रलैंड की राजधानी बर्न है, जो संविधान के हिसाब से राजधानी नहीं, बल्कि संघीय शहर है.")]
    [TestCase("hi-IN", "दक्षिण अफ़्रीका", "ZA", "दक्षिण अफ़्रीका की तीन राजधानियाँ हैं: प्रशासनिक राजधानी प्रिटोरिया, विधायी राजधानी केप टाउन और न्यायिक राजधानी ब्लूमफ़ोन्टेन.")]
    [TestCase("hi-IN", "जम्मू और कश्मीर", "IN-JK", "जम्मू और कश्मीर की दो राजधानियाँ हैं: ग्रीष्मकालीन राजधानी श्रीनगर और शीतकालीन राजधानी जम्मू.")]
    [TestCase("hi-IN", "ग्रीनलैंड", "GL", "ग्रीनलैंड डेनमार्क का एक स्वायत्त क्षेत्र है, और इसकी राजधानी नुक है.")]
    [TestCase("hi-IN", "कोरिया", "KP+KR", "दक्षिण कोरिया की राजधानी सिओल है, और उत्तर कोरिया की प्योंगयांग.")]
    [TestCase("ar-SA", "فرنسا", "FR", "عاصمة فرنسا هي باريس.")]
    [TestCase("ar-SA", "الولايات المتحدة", "US", "عاصمة الولايات المتحدة هي واشنطن العاصمة.")]
    [TestCase("ar-SA", "سويسرا", "CH", "عاصمة سويسرا هي برن، وهي المدينة الاتحادية، إذ لا يحدد الدستور عاصمة.")]
    [TestCase("ar-SA", "جنوب أفريقيا", "ZA", "في جنوب أفريقيا ثلاث عواصم: بريتوريا، العاصمة التنفيذية، وكيب تاون، العاصمة التشريعية، وبلومفونتين، العاصمة القضائية.")]
    [TestCase("ar-SA", "بوليفيا", "BO", "في بوليفيا عاصمتان: سوكري، العاصمة الدستورية، ولا باز، مقر الحكومة.")]
    [TestCase("ar-SA", "غرينلاند", "GL", "نوك هي عاصمة غرينلاند، إقليم يتمتع بالحكم الذاتي ويتبع الدانمرك.")]
    [TestCase("ar-SA", "هونغ كونغ", "HK", "هونغ كونغ منطقة إدارية خاصة في الصين، وهي منطقة حضرية واحدة ليست لها عاصمة مستقلة.")]
    [TestCase("ar-SA", "كوريا", "KP+KR", "عاصمة كوريا الجنوبية هي سول، وعاصمة كوريا الشمالية هي بيونغ يانغ.")]
    public async Task A_one_shot_question_is_answered_in_the_language_with_its_grammar(string locale, string spoken, string id, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(spoken, id, locale: locale));

        Assert.Multiple(() =>
        {
            Assert.That(response.Ssml(), Is.EqualTo($"<speak>{expected}</speak>"));
            Assert.That(response.ShouldEndSession(), Is.True);
        });
    }

    [TestCase("de-DE", "Frankreich", "FR", "Die Hauptstadt von Frankreich ist Paris. Welches Land soll es als Nächstes sein?", "Frag nach einem anderen Land, oder sag Stopp.", "Hauptstadt von Frankreich")]
    [TestCase("nl-NL", "Frankrijk", "FR", "De hoofdstad van Frankrijk is Parijs. Van welk ander land wil je de hoofdstad weten?", "Vraag naar een ander land, of zeg stop.", "Hoofdstad van Frankrijk")]
    [TestCase("ja-JP", "フランス", "FR", "フランスの首都はパリです。 次はどの国にしますか？", "ほかの国の首都も聞けます。終わるときは、ストップと言ってください。", "フランスの首都")]
    [TestCase("hi-IN", "फ़्रांस", "FR", "फ़्रांस की राजधानी पेरिस है. अब किस देश की राजधानी जानना चाहेंगे?", "आप किसी और देश के बारे में पूछ सकते हैं, या बंद करने के लिए stop कहिए.", "फ़्रांस की राजधानी")]
    [TestCase("ar-SA", "فرنسا", "FR", "عاصمة فرنسا هي باريس. عن أي دولة أخرى تريد أن تسأل؟", "يمكنك أن تسأل عن دولة أخرى، أو أن تقول توقف.", "عاصمة فرنسا")]
    public async Task Inside_an_open_session_the_answer_asks_for_the_next_country(string locale, string spoken, string id, string expected, string reprompt, string cardTitle)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(spoken, id, newSession: false, locale: locale));

        Assert.Multiple(() =>
        {
            Assert.That(response.Ssml(), Is.EqualTo($"<speak>{expected}</speak>"));
            Assert.That(response.RepromptSsml(), Is.EqualTo($"<speak>{reprompt}</speak>"));
            Assert.That((string?)response["response"]!["card"]!["title"], Is.EqualTo(cardTitle));
            Assert.That(response.ShouldEndSession(), Is.False);
        });
    }

    [TestCase("de-DE", "Atlantis", "Die Hauptstadt von Atlantis kenne ich leider noch nicht. Versuch es mit einem Land, zum Beispiel Kenia.", "Von welchem Land möchtest du die Hauptstadt wissen?")]
    [TestCase("nl-NL", "Atlantis", "De hoofdstad van Atlantis ken ik nog niet. Probeer een land, zoals Kenia.", "Van welk land wil je de hoofdstad weten?")]
    [TestCase("ja-JP", "アトランティス", "すみません、アトランティスの首都はまだわかりません。ケニアのような国の名前で聞いてみてください。", "どの国の首都を知りたいですか？")]
    [TestCase("hi-IN", "अटलांटिस", "माफ़ कीजिए, मुझे अभी अटलांटिस की राजधानी नहीं पता. किसी देश का नाम लीजिए, जैसे केन्या.", "आप किस देश की राजधानी जानना चाहेंगे?")]
    [TestCase("ar-SA", "أتلانتس", "عذراً، لا أعرف عاصمة أتلانتس بعد. جرّب اسم دولة، مثل كينيا.", "ما الدولة التي تريد معرفة عاصمتها؟")]
    public async Task An_unknown_place_is_said_back_with_an_example_and_the_session_stays_open(string locale, string spoken, string expected, string reprompt)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(spoken, locale: locale));

        Assert.Multiple(() =>
        {
            Assert.That(response.Ssml(), Is.EqualTo($"<speak>{expected}</speak>"));
            Assert.That(response.RepromptSsml(), Is.EqualTo($"<speak>{reprompt}</speak>"));
            Assert.That(response.ShouldEndSession(), Is.False);
        });
    }

    [TestCase("de-DE", "Victoria", "Victoria ist die Hauptstadt der Seychellen und von British Columbia, das ist eine Provinz von Kanada.")]
    [TestCase("de-DE", "Pretoria", "Pretoria ist der Regierungssitz von Südafrika.")]
    [TestCase("nl-NL", "Victoria", "Victoria is de hoofdstad van de Seychellen en van Brits-Columbia, een provincie van Canada.")]
    [TestCase("ja-JP", "ビクトリア", "ビクトリアはセーシェルの首都であり、カナダの州であるブリティッシュコロンビア州の首都です。")]
    [TestCase("ja-JP", "プレトリア", "プレトリアは南アフリカの行政上の首都です。")]
    [TestCase("hi-IN", "विक्टोरिया", "विक्टोरिया सेशेल्स की राजधानी और ब्रिटिश कोलंबिया (कनाडा का एक प्रांत) की राजधानी है.")]
    [TestCase("ar-SA", "فيكتوريا", "فيكتوريا هي عاصمة سيشل، وعاصمة كولومبيا البريطانية، إحدى مقاطعات كندا.")]
    [TestCase("ar-SA", "بريتوريا", "بريتوريا هي العاصمة التنفيذية في جنوب أفريقيا.")]
    [TestCase("de-DE", "Chandigarh", "Chandigarh ist die Hauptstadt von Haryana und von Punjab, das sind zwei Bundesstaaten von Indien, und ist selbst ein Unionsterritorium von Indien.")]
    [TestCase("de-DE", "München", "München ist die Hauptstadt von Bayern, das ist ein deutsches Bundesland.")]
    [TestCase("de-DE", "Sacramento", "Sacramento ist die Hauptstadt von Kalifornien, das ist ein Bundesstaat der Vereinigten Staaten.")]
    [TestCase("nl-NL", "Sacramento", "Sacramento is de hoofdstad van Californië, een deelstaat van de Verenigde Staten.")]
    [TestCase("nl-NL", "München", "München is de hoofdstad van Beieren, een deelstaat van Duitsland.")]
    [TestCase("de-DE", "Berlin", "Berlin ist die Hauptstadt von Deutschland, und ist selbst ein Stadtstaat von Deutschland.")]
    [TestCase("nl-NL", "Chandigarh", "Chandigarh is de hoofdstad van Haryana en van Punjab, twee deelstaten van India, en is zelf een unieterritorium van India.")]
    [TestCase("nl-NL", "Berlijn", "Berlijn is de hoofdstad van Duitsland, en is zelf een stadstaat binnen Duitsland.")]
    [TestCase("ja-JP", "チャンディーガル", "チャンディーガルはインドの州であるハリヤーナー州とパンジャーブ州の首都であり、それ自体もインドの連邦直轄領です。")]
    [TestCase("ja-JP", "ベルリン", "ベルリンはドイツの首都であり、それ自体もドイツの都市州です。")]
    [TestCase("hi-IN", "चंडीगढ़", "चंडीगढ़ हरियाणा और पंजाब (भारत के राज्य) की राजधानी है, और ख़ुद भी भारत का एक केंद्रशासित प्रदेश है.")]
    [TestCase("hi-IN", "बर्लिन", "बर्लिन जर्मनी की राजधानी है, और ख़ुद भी जर्मनी का एक नगर-राज्य है.")]
    [TestCase("ar-SA", "شانديغار", "شانديغار هي عاصمة كل من هاريانا والبنجاب، من ولايات الهند، وهي نفسها إقليم اتحادي في الهند.")]
    [TestCase("ar-SA", "برلين", "برلين هي عاصمة ألمانيا، وهي نفسها مدينة وولاية في ألمانيا.")]
    public async Task The_reverse_question_names_every_place_in_the_language(string locale, string city, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.City(city, locale: locale));

        Assert.That(response.Ssml(), Is.EqualTo($"<speak>{expected}</speak>"));
    }

    [TestCase("de-DE", "Du kannst mich nach der Hauptstadt jedes Landes der Welt fragen, zum Beispiel: Was ist die Hauptstadt von Japan? Welches Land interessiert dich?")]
    [TestCase("nl-NL", "Je kunt me naar de hoofdstad van elk land ter wereld vragen, bijvoorbeeld: wat is de hoofdstad van Japan? Van welk land wil je de hoofdstad weten?")]
    [TestCase("ja-JP", "世界のどの国の首都でもお答えします。たとえば、日本の首都はどこ、と聞いてください。どの国の首都を知りたいですか？")]
    [TestCase("hi-IN", "आप मुझसे दुनिया के किसी भी देश की राजधानी पूछ सकते हैं, जैसे: जापान की राजधानी क्या है? आप किस देश की राजधानी जानना चाहेंगे?")]
    [TestCase("ar-SA", "يمكنك أن تسألني عن عاصمة أي دولة في العالم، مثلاً: ما هي عاصمة اليابان؟ ما الدولة التي تريد معرفة عاصمتها؟")]
    public async Task Help_says_what_to_ask_and_keeps_listening(string locale, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Intent("AMAZON.HelpIntent", locale));

        Assert.Multiple(() =>
        {
            Assert.That(response.Ssml(), Is.EqualTo($"<speak>{expected}</speak>"));
            Assert.That(response.ShouldEndSession(), Is.False);
        });
    }

    [TestCase("de-DE", "AMAZON.StopIntent", "Bis bald!")]
    [TestCase("nl-NL", "AMAZON.CancelIntent", "Tot ziens!")]
    [TestCase("ja-JP", "AMAZON.StopIntent", "さようなら。またいつでもどうぞ。")]
    [TestCase("hi-IN", "AMAZON.StopIntent", "फिर मिलेंगे!")]
    [TestCase("ar-SA", "AMAZON.CancelIntent", "مع السلامة!")]
    public async Task Stop_and_cancel_say_goodbye_and_end_the_session(string locale, string intent, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Intent(intent, locale, newSession: false));

        Assert.Multiple(() =>
        {
            Assert.That(response.Ssml(), Is.EqualTo($"<speak>{expected}</speak>"));
            Assert.That(response.ShouldEndSession(), Is.True);
        });
    }

    [TestCase("de-DE", "Dabei kann ich leider nicht helfen. Ich sage dir aber gern die Hauptstadt jedes Landes. Frag zum Beispiel: Was ist die Hauptstadt von Kenia?")]
    [TestCase("nl-NL", "Sorry, daar kan ik je niet mee helpen. Ik kan je wel de hoofdstad van elk land vertellen. Vraag bijvoorbeeld: wat is de hoofdstad van Kenia?")]
    [TestCase("ja-JP", "すみません、それにはお答えできません。国の首都ならお答えできます。たとえば、ケニアの首都はどこ、と聞いてください。")]
    [TestCase("hi-IN", "माफ़ कीजिए, इसमें मैं मदद नहीं कर सकती. मैं आपको किसी भी देश की राजधानी बता सकती हूँ. जैसे, पूछिए: केन्या की राजधानी क्या है?")]
    [TestCase("ar-SA", "عذراً، لا أستطيع المساعدة في ذلك، لكن يمكنني أن أخبرك بعاصمة أي دولة. اسأل مثلاً: ما هي عاصمة كينيا؟")]
    public async Task Fallback_says_what_the_skill_can_do_in_the_language(string locale, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Intent("AMAZON.FallbackIntent", locale));

        Assert.Multiple(() =>
        {
            Assert.That(response.Ssml(), Is.EqualTo($"<speak>{expected}</speak>"));
            Assert.That(response.ShouldEndSession(), Is.False);
        });
    }

    [TestCase("de-DE", "Willkommen bei Hauptstädte der Welt. Ich kenne die Hauptstadt jedes Landes. Frag mich zum Beispiel: Was ist die Hauptstadt von Peru?")]
    [TestCase("nl-NL", "Welkom bij Hoofdsteden van de Wereld. Ik ken de hoofdstad van elk land. Vraag me bijvoorbeeld: wat is de hoofdstad van Peru?")]
    [TestCase("ja-JP", "世界の首都へようこそ。世界中の国の首都をお答えします。たとえば、ペルーの首都はどこ、と聞いてください。")]
    [TestCase("hi-IN", "दुनिया की राजधानियाँ में आपका स्वागत है. मुझे हर देश की राजधानी पता है. जैसे, मुझसे पूछिए: पेरू की राजधानी क्या है?")]
    [TestCase("ar-SA", "أهلاً بك في عواصم العالم. أعرف عاصمة كل دولة. يمكنك أن تسألني مثلاً: ما هي عاصمة بيرو؟")]
    public async Task The_welcome_is_in_the_language(string locale, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Launch(locale));

        Assert.Multiple(() =>
        {
            Assert.That(response.Ssml(), Is.EqualTo($"<speak>{expected}</speak>"));
            Assert.That(response.ShouldEndSession(), Is.False);
        });
    }
}
