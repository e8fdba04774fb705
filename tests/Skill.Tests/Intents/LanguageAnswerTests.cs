using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Intents;

/// <summary>
/// What the skill says in the nine languages besides English, with the real speech files and data: the place with
/// its preposition, article or case ("du Japon", "dell'Italia", "dos Estados Unidos", "der Schweiz"), several capitals
/// with their roles, a name two places share, a place with what it is, places without a capital, the reverse question,
/// not-found, the follow-up prompt and card of an open session, and the launch, help, stop, cancel and fallback answers
/// of every locale. The spoken string is the product, so it is asserted exactly.
/// </summary>
public sealed class LanguageAnswerTests
{
    [TestCase("fr-FR", "JP", "La capitale du Japon est Tokyo.")]
    [TestCase("fr-FR", "FR", "La capitale de la France est Paris.")]
    [TestCase("fr-CA", "US", "La capitale des États-Unis est Washington.")]
    [TestCase("fr-FR", "IT", "La capitale de l'Italie est Rome.")]
    [TestCase("fr-FR", "HT", "La capitale d'Haïti est Port-au-Prince.")]
    [TestCase("fr-CA", "CA-QC", "La capitale du Québec est Québec.")]
    [TestCase("fr-FR", "CH", "La capitale de la Suisse est Berne, la ville fédérale, car la constitution ne désigne aucune capitale.")]
    [TestCase("fr-FR", "GL", "Nuuk est la capitale du Groenland, un territoire autonome du Danemark.")]
    [TestCase("es-ES", "FR", "La capital de Francia es París.")]
    [TestCase("es-MX", "GB", "La capital del Reino Unido es Londres.")]
    [TestCase("es-US", "US-CA", "La capital de California es Sacramento.")]
    [TestCase("es-ES", "GL", "Nuuk es la capital de Groenlandia, un territorio autónomo de Dinamarca.")]
    [TestCase("it-IT", "US", "La capitale degli Stati Uniti è Washington.")]
    [TestCase("it-IT", "IT", "La capitale dell'Italia è Roma.")]
    [TestCase("it-IT", "JP", "La capitale del Giappone è Tokyo.")]
    [TestCase("it-IT", "GL", "Nuuk è la capitale della Groenlandia, un territorio autonomo della Danimarca.")]
    [TestCase("pt-BR", "BR", "A capital do Brasil é Brasília.")]
    [TestCase("pt-BR", "FR", "A capital da França é Paris.")]
    [TestCase("pt-BR", "PT", "A capital de Portugal é Lisboa.")]
    [TestCase("pt-BR", "BR-RS", "A capital do Rio Grande do Sul é Porto Alegre.")]
    [TestCase("pt-BR", "GL", "Nuuk é a capital da Groenlândia, um território autônomo da Dinamarca.")]
    [TestCase("fr-FR", "BO", "Les deux capitales de la Bolivie sont Sucre, la capitale constitutionnelle, et La Paz, le siège du gouvernement.")]
    [TestCase("fr-CA", "ZA", "Les trois capitales de l'Afrique du Sud sont Pretoria, la capitale exécutive, Le Cap, la capitale législative, et Bloemfontein, la capitale judiciaire.")]
    [TestCase("es-MX", "BO", "Las dos capitales de Bolivia son Sucre, la capital constitucional, y La Paz, la sede del Gobierno.")]
    [TestCase("es-ES", "NL", "Las dos capitales de los Países Bajos son Ámsterdam, la capital constitucional, y La Haya, la sede del Gobierno.")]
    [TestCase("it-IT", "NL", "Le due capitali dei Paesi Bassi sono Amsterdam, la capitale costituzionale, e L'Aia, la sede del governo.")]
    [TestCase("pt-BR", "ZA", "As três capitais da África do Sul são Pretória, a capital executiva, Cidade do Cabo, a capital legislativa, e Bloemfontein, a capital judiciária.")]
    [TestCase("fr-FR", "HK", "Hong Kong, une région administrative spéciale de la Chine, est une ville-territoire sans capitale distincte.")]
    [TestCase("fr-FR", "BV", "Il n'y a pas de capitale de l'Île Bouvet, un territoire de la Norvège : personne n'y vit en permanence.")]
    [TestCase("es-MX", "MX-CMX", "La Ciudad de México es en sí misma la capital de México, así que no tiene otra capital.")]
    [TestCase("it-IT", "AQ", "L'Antartide non ha una capitale: nessun paese la governa, ed è amministrata secondo il Trattato Antartico.")]
    [TestCase("pt-BR", "HM", "Não há capital das Ilhas Heard e McDonald, um território dependente da Austrália: ninguém mora lá de forma permanente.")]
    public async Task An_answer_says_the_place_in_its_grammatical_form_each_capital_with_its_role_or_why_there_is_none(string locale, string id, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(null, id, locale: locale));

        Assert.That(response.Ssml(), Is.EqualTo(Ssml(expected)));
        Assert.That(response.ShouldEndSession(), Is.True);
    }

    [TestCase("fr-FR", "corée", "KP+KR", "La capitale de la Corée du Sud est Séoul, et celle de la Corée du Nord est Pyongyang.")]
    [TestCase("fr-FR", "géorgie", "GE+US-GA", "Tbilissi est la capitale de la Géorgie, le pays, et Atlanta est la capitale de la Géorgie, un État des États-Unis.")]
    [TestCase("es-US", "congo", "CD+CG", "La capital de la República Democrática del Congo es Kinshasa, y la de la República del Congo es Brazzaville.")]
    [TestCase("it-IT", "corea", "KP+KR", "La capitale della Corea del Sud è Seul, e quella della Corea del Nord è Pyongyang.")]
    [TestCase("pt-BR", "coreia", "KP+KR", "A capital da Coreia do Sul é Seul, e a da Coreia do Norte é Pyongyang.")]
    public async Task A_shared_name_gives_every_place_in_one_sentence(string locale, string spoken, string id, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(spoken, id, locale: locale));

        Assert.That(response.Ssml(), Is.EqualTo(Ssml(expected)));
    }

    [TestCase("fr-FR", "nairobi", "Nairobi est la capitale du Kenya.")]
    [TestCase("fr-CA", "victoria", "Victoria est la capitale des Seychelles et de la Colombie-Britannique, une province du Canada.")]
    [TestCase("es-ES", "sucre", "Sucre es la capital constitucional de Bolivia.")]
    [TestCase("it-IT", "victoria", "Victoria è la capitale delle Seychelles e della Columbia Britannica, una provincia del Canada.")]
    [TestCase("pt-BR", "nairóbi", "Nairóbi é a capital do Quênia.")]
    [TestCase("fr-FR", "chandigarh", "Chandigarh est la capitale du Haryana et du Pendjab, deux États de l'Inde, et est elle-même un territoire fédéral de l'Inde.")]
    [TestCase("fr-FR", "berlin", "Berlin est la capitale de l'Allemagne, et est elle-même une ville-État de l'Allemagne.")]
    [TestCase("es-ES", "chandigarh", "Chandigarh es la capital de Haryana y de Punyab, dos estados de la India, y es a su vez un territorio federal de la India.")]
    [TestCase("es-ES", "berlín", "Berlín es la capital de Alemania, y es a su vez una ciudad-estado de Alemania.")]
    [TestCase("it-IT", "chandigarh", "Chandigarh è la capitale del Haryana e del Punjab, due stati dell'India, ed è a sua volta un territorio federale dell'India.")]
    [TestCase("it-IT", "berlino", "Berlino è la capitale della Germania, ed è a sua volta una città-stato della Germania.")]
    [TestCase("pt-BR", "chandigarh", "Chandigarh é a capital do Haryana e do Punjab, estados da Índia, e também é um território federal da Índia.")]
    [TestCase("pt-BR", "berlim", "Berlim é a capital da Alemanha, e também é uma cidade-estado da Alemanha.")]
    [TestCase("de-DE", "Victoria", "Victoria ist die Hauptstadt der Seychellen und von British Columbia, das ist eine Provinz von Kanada.")]
    [TestCase("de-DE", "Pretoria", "Pretoria ist der Regierungssitz von Südafrika.")]
    [TestCase("nl-NL", "Victoria", "Victoria is de hoofdstad van de Seychellen en van Brits-Columbia, een provincie van Canada.")]
    [TestCase("ja-JP", "ビクトリア", "ビクトリアはセーシェルの首都であり、カナダの州であるブリティッシュコロンビア州の州都です。")]
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
    [TestCase("ja-JP", "チャンディーガル", "チャンディーガルはインドの州であるハリヤーナー州とパンジャーブ州の州都であり、それ自体もインドの連邦直轄領です。")]
    [TestCase("ja-JP", "オースティン", "オースティンはアメリカ合衆国の州であるテキサス州の州都です。")]
    [TestCase("ja-JP", "ベルリン", "ベルリンはドイツの首都であり、それ自体もドイツの都市州です。")]
    [TestCase("hi-IN", "चंडीगढ़", "चंडीगढ़ हरियाणा और पंजाब (भारत के राज्य) की राजधानी है, और ख़ुद भी भारत का एक केंद्रशासित प्रदेश है.")]
    [TestCase("hi-IN", "बर्लिन", "बर्लिन जर्मनी की राजधानी है, और ख़ुद भी जर्मनी का एक नगर-राज्य है.")]
    [TestCase("ar-SA", "شانديغار", "شانديغار هي عاصمة كل من هاريانا والبنجاب، من ولايات الهند، وهي نفسها إقليم اتحادي في الهند.")]
    [TestCase("ar-SA", "برلين", "برلين هي عاصمة ألمانيا، وهي نفسها مدينة وولاية في ألمانيا.")]
    public async Task The_reverse_question_names_every_place_of_the_city(string locale, string spoken, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.City(spoken, locale: locale));

        Assert.That(response.Ssml(), Is.EqualTo(Ssml(expected)));
    }

    // A locale says a place or capital as its own speakers do where CLDR's data for it says so (es-MX and es-US
    // "Arabia Saudita", "Santiago"; fr-CA "le Bélarus", "Dacca"), with the forms that name needs; the language's other
    // locales keep the language's name.
    [TestCase("es-MX", "SA", "La capital de Arabia Saudita es Riad.")]
    [TestCase("es-US", "SA", "La capital de Arabia Saudita es Riad.")]
    [TestCase("es-ES", "SA", "La capital de Arabia Saudí es Riad.")]
    [TestCase("es-MX", "RO", "La capital de Rumania es Bucarest.")]
    [TestCase("es-ES", "RO", "La capital de Rumanía es Bucarest.")]
    [TestCase("es-MX", "CL", "La capital de Chile es Santiago.")]
    [TestCase("es-ES", "CL", "La capital de Chile es Santiago de Chile.")]
    [TestCase("es-US", "US-HI", "La capital de Hawái es Honolulu.")]
    [TestCase("es-ES", "US-HI", "La capital de Hawái es Honolulú.")]
    [TestCase("fr-CA", "BY", "La capitale du Bélarus est Minsk.")]
    [TestCase("fr-FR", "BY", "La capitale de la Biélorussie est Minsk.")]
    [TestCase("fr-CA", "TL", "La capitale du Timor-Leste est Dili.")]
    [TestCase("fr-CA", "MP", "Saipan est la capitale des Mariannes du Nord, un territoire des États-Unis.")]
    [TestCase("fr-CA", "BD", "La capitale du Bangladesh est Dacca.")]
    [TestCase("fr-FR", "BD", "La capitale du Bangladesh est Dhaka.")]
    public async Task A_locale_says_a_place_or_capital_as_its_speakers_do(string locale, string id, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(null, id, locale: locale));

        Assert.That(response.Ssml(), Is.EqualTo(Ssml(expected)));
    }

    // The reverse question finds a capital by any of its language's names, and answers with the locale's.
    [TestCase("es-MX", "santiago", "Santiago es la capital de Chile.")]
    [TestCase("es-MX", "santiago de chile", "Santiago es la capital de Chile.")]
    [TestCase("es-ES", "santiago", "Santiago de Chile es la capital de Chile.")]
    [TestCase("fr-FR", "dacca", "Dhaka est la capitale du Bangladesh.")]
    [TestCase("fr-CA", "dhaka", "Dacca est la capitale du Bangladesh.")]
    public async Task The_reverse_question_knows_every_locale_name_of_the_city(string locale, string spoken, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.City(spoken, locale: locale));

        Assert.That(response.Ssml(), Is.EqualTo(Ssml(expected)));
    }

    [TestCase("fr-FR", "Atlantide", "Désolée, je ne trouve pas de capitale pour Atlantide. Essayez avec un pays, comme le Kenya.", "De quel pays voulez-vous connaître la capitale ?")]
    [TestCase("fr-FR", "la bretagne", "Désolée, je ne trouve pas de capitale pour la Bretagne. Essayez avec un pays, comme le Kenya.", "De quel pays voulez-vous connaître la capitale ?")]
    [TestCase("es-ES", "la patagonia", "Lo siento, todavía no sé la capital de la Patagonia. Prueba con un país, como Kenia.", "¿De qué país te digo la capital?")]
    [TestCase("es-ES", "Atlántida", "Lo siento, todavía no sé la capital de Atlántida. Prueba con un país, como Kenia.", "¿De qué país te digo la capital?")]
    [TestCase("es-MX", "Atlántida", "Perdón, todavía no sé la capital de Atlántida. Intenta con un país, como Kenia.", "¿De qué país quieres saber la capital?")]
    [TestCase("it-IT", "Atlantide", "Mi dispiace, non conosco ancora la capitale di Atlantide. Prova con un paese, come il Kenya.", "Di quale paese vuoi sapere la capitale?")]
    [TestCase("pt-BR", "Atlântida", "Desculpe, ainda não sei a capital de Atlântida. Tente um país, como o Quênia.", "De qual país você quer saber a capital?")]
    public async Task An_unknown_place_is_not_found_and_the_session_stays_open(string locale, string spoken, string expected, string reprompt)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(spoken, locale: locale, noMatch: true));

        Assert.That(response.Ssml(), Is.EqualTo(Ssml(expected)));
        Assert.That(response.RepromptSsml(), Is.EqualTo(Ssml(reprompt)));
        Assert.That(response.ShouldEndSession(), Is.False);
    }

    [TestCase("fr-FR", "La capitale du Japon est Tokyo. Quel autre pays vous intéresse ?", "Vous pouvez demander un autre pays, ou dire stop.")]
    [TestCase("fr-CA", "La capitale du Japon est Tokyo. Quel autre pays vous intéresse ?", "Vous pouvez demander un autre pays, ou dire arrête.")]
    [TestCase("es-ES", "La capital de Japón es Tokio. ¿Qué otro país te interesa?", "Puedes preguntarme por otro país, o decir: para.")]
    [TestCase("it-IT", "La capitale del Giappone è Tokyo. Quale altro paese ti interessa?", "Puoi chiedermi un altro paese, oppure dire stop.")]
    [TestCase("pt-BR", "A capital do Japão é Tóquio. De qual outro país você quer saber?", "Você pode perguntar sobre outro país, ou dizer parar.")]
    public async Task Inside_a_session_the_answer_asks_for_another_country(string locale, string expected, string reprompt)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(null, "JP", newSession: false, locale: locale));

        Assert.That(response.Ssml(), Is.EqualTo(Ssml(expected)));
        Assert.That(response.RepromptSsml(), Is.EqualTo(Ssml(reprompt)));
        Assert.That(response.ShouldEndSession(), Is.False);
    }

    [TestCase("fr-FR", "Bienvenue dans Capitales du monde. Je connais la capitale de tous les pays. Par exemple, demandez-moi : quelle est la capitale du Pérou ?")]
    [TestCase("fr-CA", "Bonjour et bienvenue à Capitales du monde! Je connais la capitale de tous les pays. Par exemple, demandez-moi : c'est quoi la capitale du Pérou?")]
    [TestCase("es-ES", "¡Hola! Esto es Capitales del mundo. Me sé la capital de todos los países. Por ejemplo, pregúntame: ¿cuál es la capital de Perú?")]
    [TestCase("it-IT", "Ciao, ti do il benvenuto in Capitali del mondo. Conosco la capitale di tutti i paesi. Per esempio, chiedimi: qual è la capitale del Perù?")]
    [TestCase("pt-BR", "Olá! Boas-vindas ao Capitais do mundo. Eu sei a capital de todos os países. Por exemplo, me pergunte: qual é a capital do Peru?")]
    [TestCase("de-DE", "Willkommen bei Hauptstädte der Welt. Ich kenne die Hauptstadt jedes Landes. Frag mich zum Beispiel: Was ist die Hauptstadt von Peru?")]
    [TestCase("nl-NL", "Welkom bij Hoofdsteden van de Wereld. Ik ken de hoofdstad van elk land. Vraag me bijvoorbeeld: wat is de hoofdstad van Peru?")]
    [TestCase("ja-JP", "世界の首都へようこそ。世界中の国の首都をお答えします。たとえば、ペルーの首都はどこ、と聞いてください。")]
    [TestCase("hi-IN", "दुनिया की राजधानियाँ में आपका स्वागत है. मुझे हर देश की राजधानी पता है. जैसे, मुझसे पूछिए: पेरू की राजधानी क्या है?")]
    [TestCase("ar-SA", "أهلاً بك في عواصم العالم. أعرف عاصمة كل دولة. يمكنك أن تسألني مثلاً: ما هي عاصمة بيرو؟")]
    public async Task Launch_welcomes_in_the_locales_language(string locale, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Launch(locale));

        Assert.That(response.Ssml(), Is.EqualTo(Ssml(expected)));
        Assert.That(response.ShouldEndSession(), Is.False);
    }

    [TestCase("fr-CA", "AMAZON.HelpIntent", "Vous pouvez me demander la capitale de n'importe quel pays du monde, par exemple : quelle est la capitale du Japon ? Quel pays vous intéresse ?", false)]
    [TestCase("es-US", "AMAZON.HelpIntent", "Puedes preguntarme la capital de cualquier país del mundo, por ejemplo: ¿cuál es la capital de Japón? ¿Qué país te interesa?", false)]
    [TestCase("it-IT", "AMAZON.HelpIntent", "Puoi chiedermi la capitale di qualsiasi paese del mondo, per esempio: qual è la capitale del Giappone? Quale paese ti interessa?", false)]
    [TestCase("pt-BR", "AMAZON.HelpIntent", "Você pode me perguntar a capital de qualquer país do mundo, por exemplo: qual é a capital do Japão? De qual país você quer saber?", false)]
    [TestCase("fr-FR", "AMAZON.StopIntent", "Au revoir !", true)]
    [TestCase("fr-CA", "AMAZON.StopIntent", "À la prochaine!", true)]
    [TestCase("es-ES", "AMAZON.CancelIntent", "¡Hasta luego!", true)]
    [TestCase("es-MX", "AMAZON.StopIntent", "¡Nos vemos!", true)]
    [TestCase("it-IT", "AMAZON.StopIntent", "Ciao, alla prossima!", true)]
    [TestCase("pt-BR", "AMAZON.CancelIntent", "Tchau, até a próxima!", true)]
    [TestCase("fr-FR", "AMAZON.FallbackIntent", "Désolée, je ne peux pas vous aider pour ça. Je connais la capitale de tous les pays. Par exemple, demandez : quelle est la capitale du Kenya ?", false)]
    [TestCase("es-MX", "AMAZON.FallbackIntent", "Perdón, con eso no te puedo ayudar. Me sé la capital de todos los países. Por ejemplo, pregunta: ¿cuál es la capital de Kenia?", false)]
    [TestCase("it-IT", "AMAZON.FallbackIntent", "Mi dispiace, in questo non posso aiutarti. Conosco la capitale di tutti i paesi. Per esempio, chiedi: qual è la capitale del Kenya?", false)]
    [TestCase("pt-BR", "AMAZON.FallbackIntent", "Desculpe, com isso eu não consigo ajudar. Eu sei a capital de todos os países. Por exemplo, pergunte: qual é a capital do Quênia?", false)]
    [TestCase("de-DE", "AMAZON.HelpIntent", "Du kannst mich nach der Hauptstadt jedes Landes der Welt fragen, zum Beispiel: Was ist die Hauptstadt von Japan? Welches Land interessiert dich?", false)]
    [TestCase("nl-NL", "AMAZON.HelpIntent", "Je kunt me naar de hoofdstad van elk land ter wereld vragen, bijvoorbeeld: wat is de hoofdstad van Japan? Van welk land wil je de hoofdstad weten?", false)]
    [TestCase("ja-JP", "AMAZON.HelpIntent", "世界のどの国の首都でもお答えします。たとえば、日本の首都はどこ、と聞いてください。どの国の首都を知りたいですか？", false)]
    [TestCase("hi-IN", "AMAZON.HelpIntent", "आप मुझसे दुनिया के किसी भी देश की राजधानी पूछ सकते हैं, जैसे: जापान की राजधानी क्या है? आप किस देश की राजधानी जानना चाहेंगे?", false)]
    [TestCase("ar-SA", "AMAZON.HelpIntent", "يمكنك أن تسألني عن عاصمة أي دولة في العالم، مثلاً: ما هي عاصمة اليابان؟ ما الدولة التي تريد معرفة عاصمتها؟", false)]
    [TestCase("de-DE", "AMAZON.StopIntent", "Bis bald!", true)]
    [TestCase("nl-NL", "AMAZON.CancelIntent", "Tot ziens!", true)]
    [TestCase("ja-JP", "AMAZON.StopIntent", "さようなら。またいつでもどうぞ。", true)]
    [TestCase("hi-IN", "AMAZON.StopIntent", "फिर मिलेंगे!", true)]
    [TestCase("ar-SA", "AMAZON.CancelIntent", "مع السلامة!", true)]
    [TestCase("de-DE", "AMAZON.FallbackIntent", "Dabei kann ich leider nicht helfen. Ich sage dir aber gern die Hauptstadt jedes Landes. Frag zum Beispiel: Was ist die Hauptstadt von Kenia?", false)]
    [TestCase("nl-NL", "AMAZON.FallbackIntent", "Sorry, daar kan ik je niet mee helpen. Ik kan je wel de hoofdstad van elk land vertellen. Vraag bijvoorbeeld: wat is de hoofdstad van Kenia?", false)]
    [TestCase("ja-JP", "AMAZON.FallbackIntent", "すみません、それにはお答えできません。国の首都ならお答えできます。たとえば、ケニアの首都はどこ、と聞いてください。", false)]
    [TestCase("hi-IN", "AMAZON.FallbackIntent", "माफ़ कीजिए, इसमें मैं मदद नहीं कर सकती. मैं आपको किसी भी देश की राजधानी बता सकती हूँ. जैसे, पूछिए: केन्या की राजधानी क्या है?", false)]
    [TestCase("ar-SA", "AMAZON.FallbackIntent", "عذراً، لا أستطيع المساعدة في ذلك، لكن يمكنني أن أخبرك بعاصمة أي دولة. اسأل مثلاً: ما هي عاصمة كينيا؟", false)]
    public async Task Help_stop_cancel_and_fallback_answer_in_the_locales_language(string locale, string intent, string expected, bool endsSession)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Intent(intent, locale, newSession: false));

        Assert.That(response.Ssml(), Is.EqualTo(Ssml(expected)));
        Assert.That(response.ShouldEndSession(), Is.EqualTo(endsSession));
    }

    [TestCase("fr-FR", "De quel pays voulez-vous connaître la capitale ?")]
    [TestCase("es-ES", "¿De qué país te digo la capital?")]
    [TestCase("es-MX", "¿De qué país quieres saber la capital?")]
    [TestCase("es-US", "¿De qué país quieres saber la capital?")]
    public async Task A_question_without_a_place_asks_for_one(string locale, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(null, locale: locale));

        Assert.That(response.Ssml(), Is.EqualTo(Ssml(expected)));
        Assert.That(response.ShouldEndSession(), Is.False);
    }

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
    [TestCase("ja-JP", "ドミニカ", "DM+DO", "ドミニカ国の首都はロゾーです。ドミニカ共和国の首都はサントドミンゴです。")]
    [TestCase("ja-JP", "テキサス", "US-TX", "テキサス州の州都はオースティンです。", Description = "州都: the capital of a state")]
    [TestCase("ja-JP", "ユーコン", "CA-YT", "ユーコン準州の州都はホワイトホースです。")]
    [TestCase("ja-JP", "バイエルン", "DE-BY", "バイエルン州の州都はミュンヘンです。")]
    [TestCase("ja-JP", "デリー", "IN-DL", "デリーの首都はニューデリーです。", Description = "a union territory keeps 首都")]
    [TestCase("ja-JP", "ジョージア", "GE+US-GA", "国としてのジョージアの首都はトビリシです。アメリカ合衆国の州であるジョージア州の州都はアトランタです。", Description = "the state's part of a shared name says 州都, the country's 首都")]
    [TestCase("hi-IN", "फ़्रांस", "FR", "फ़्रांस की राजधानी पेरिस है.")]
    [TestCase("hi-IN", "स्विट्ज़रलैंड", "CH", "स्विट्ज़रलैंड की राजधानी बर्न है, जो संविधान के हिसाब से राजधानी नहीं, बल्कि संघीय शहर है.")]
    [TestCase("hi-IN", "दक्षिण अफ़्रीका", "ZA", "दक्षिण अफ़्रीका की तीन राजधानियाँ हैं: प्रशासनिक राजधानी प्रिटोरिया, विधायी राजधानी केप टाउन और न्यायिक राजधानी ब्लूमफ़ोन्टेन.")]
    [TestCase("hi-IN", "जम्मू और कश्मीर", "IN-JK", "जम्मू और कश्मीर की दो राजधानियाँ हैं: ग्रीष्मकालीन राजधानी श्रीनगर और शीतकालीन राजधानी जम्मू.")]
    [TestCase("hi-IN", "ग्रीनलैंड", "GL", "ग्रीनलैंड डेनमार्क का एक स्वायत्त क्षेत्र है, और इसकी राजधानी नुक है.")]
    [TestCase("hi-IN", "अमेरिका", "US", "संयुक्त राज्य अमेरिका की राजधानी वॉशिंगटन डी.सी. है.")]
    [TestCase("hi-IN", "कोरिया", "KP+KR", "दक्षिण कोरिया की राजधानी सिओल है, और उत्तर कोरिया की प्योंगयांग.")]
    [TestCase("ar-SA", "فرنسا", "FR", "عاصمة فرنسا هي باريس.")]
    [TestCase("ar-SA", "الولايات المتحدة", "US", "عاصمة الولايات المتحدة هي واشنطن العاصمة.")]
    [TestCase("ar-SA", "سويسرا", "CH", "عاصمة سويسرا هي برن، وهي المدينة الاتحادية، إذ لا يحدد الدستور عاصمة.")]
    [TestCase("ar-SA", "جنوب أفريقيا", "ZA", "في جنوب أفريقيا ثلاث عواصم: بريتوريا، العاصمة التنفيذية، وكيب تاون، العاصمة التشريعية، وبلومفونتين، العاصمة القضائية.")]
    [TestCase("ar-SA", "بوليفيا", "BO", "في بوليفيا عاصمتان: سوكري، العاصمة الدستورية، ولاباز، مقر الحكومة.")]
    [TestCase("ar-SA", "غرينلاند", "GL", "نوك هي عاصمة غرينلاند، إقليم يتمتع بالحكم الذاتي ويتبع الدانمرك.")]
    [TestCase("ar-SA", "هونغ كونغ", "HK", "هونغ كونغ منطقة إدارية خاصة في الصين، وهي منطقة حضرية واحدة ليست لها عاصمة مستقلة.")]
    [TestCase("ar-SA", "كوريا", "KP+KR", "عاصمة كوريا الجنوبية هي سول، وعاصمة كوريا الشمالية هي بيونغ يانغ.")]
    public async Task A_one_shot_question_is_answered_in_the_language_with_its_grammar(string locale, string spoken, string id, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(spoken, id, locale: locale));

        Assert.Multiple(() =>
        {
            Assert.That(response.Ssml(), Is.EqualTo(Ssml(expected)));
            Assert.That(response.ShouldEndSession(), Is.True);
        });
    }

    [TestCase("de-DE", "Frankreich", "FR", "Die Hauptstadt von Frankreich ist Paris. Welches Land soll es als Nächstes sein?", "Frag nach einem anderen Land, oder sag Stopp.", "Hauptstadt von Frankreich")]
    [TestCase("nl-NL", "Frankrijk", "FR", "De hoofdstad van Frankrijk is Parijs. Van welk ander land wil je de hoofdstad weten?", "Vraag naar een ander land, of zeg stop.", "Hoofdstad van Frankrijk")]
    [TestCase("ja-JP", "フランス", "FR", "フランスの首都はパリです。 次はどの国にしますか？", "ほかの国の首都も聞けます。終わるときは、ストップと言ってください。", "フランスの首都")]
    [TestCase("ja-JP", "テキサス", "US-TX", "テキサス州の州都はオースティンです。 次はどの国にしますか？", "ほかの国の首都も聞けます。終わるときは、ストップと言ってください。", "テキサス州の州都")]
    [TestCase("en-US", "texas", "US-TX", "The capital of Texas is Austin. Which other country would you like?", "You can ask about another country, or say stop.", "Capital of Texas", Description = "a language without kind words keeps its one word")]
    [TestCase("hi-IN", "फ़्रांस", "FR", "फ़्रांस की राजधानी पेरिस है. अब किस देश की राजधानी जानना चाहेंगे?", "आप किसी और देश के बारे में पूछ सकते हैं, या बंद करने के लिए stop कहिए.", "फ़्रांस की राजधानी")]
    [TestCase("ar-SA", "فرنسا", "FR", "عاصمة فرنسا هي باريس. عن أي دولة أخرى تريد أن تسأل؟", "يمكنك أن تسأل عن دولة أخرى، أو أن تقول توقف.", "عاصمة فرنسا")]
    public async Task Inside_an_open_session_the_answer_asks_for_the_next_country(string locale, string spoken, string id, string expected, string reprompt, string cardTitle)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(spoken, id, newSession: false, locale: locale));

        Assert.Multiple(() =>
        {
            Assert.That(response.Ssml(), Is.EqualTo(Ssml(expected)));
            Assert.That(response.RepromptSsml(), Is.EqualTo(Ssml(reprompt)));
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
            Assert.That(response.Ssml(), Is.EqualTo(Ssml(expected)));
            Assert.That(response.RepromptSsml(), Is.EqualTo(Ssml(reprompt)));
            Assert.That(response.ShouldEndSession(), Is.False);
        });
    }

    private static string Ssml(string text) =>
        "<speak>" + text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("'", "&apos;", StringComparison.Ordinal) + "</speak>";
}
