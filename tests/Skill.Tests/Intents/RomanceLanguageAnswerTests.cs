using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Intents;

/// <summary>
/// What the skill says in French, Spanish, Italian and Portuguese, with the real speech files and data: the place with
/// its preposition and article ("du Japon", "dell'Italia", "dos Estados Unidos"), several capitals with their roles, a
/// name two places share, a place with what it is, places without a capital, the reverse question, not-found, and the
/// launch, help, stop and fallback answers of every locale. The spoken string is the product, so it is asserted exactly.
/// </summary>
public sealed class RomanceLanguageAnswerTests
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
    [TestCase("pt-BR", "ZA", "As três capitais da África do Sul são Pretoria, a capital executiva, Cidade do Cabo, a capital legislativa, e Bloemfontein, a capital judiciária.")]
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
    public async Task The_reverse_question_names_every_place_of_the_city(string locale, string spoken, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.City(spoken, locale: locale));

        Assert.That(response.Ssml(), Is.EqualTo(Ssml(expected)));
    }

    [TestCase("fr-FR", "Atlantide", "Désolée, je ne trouve pas de capitale pour Atlantide. Essayez avec un pays, comme le Kenya.", "De quel pays voulez-vous connaître la capitale ?")]
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

    private static string Ssml(string text) =>
        "<speak>" + text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("'", "&apos;", StringComparison.Ordinal) + "</speak>";
}
