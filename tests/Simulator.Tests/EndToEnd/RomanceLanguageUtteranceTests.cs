using WorldCapitals.Simulator.Conversations;
using WorldCapitals.Simulator.Envelopes;
using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Transport;

namespace WorldCapitals.Simulator.Tests.EndToEnd;

/// <summary>
/// French, Spanish, Italian and Portuguese utterances through each locale's generated model, the simulator's NLU with
/// the language's lexicon and the real skill: launch phrases, elided articles ("de l'Inde", "dell'Italia"), several
/// capitals, follow-ups in an open session, help, stop and out-of-domain sentences.
/// </summary>
// Each case talks through a conversation of its own: the cases run side by side too.
[Parallelizable(ParallelScope.Children)]
public class RomanceLanguageUtteranceTests
{
    private static Conversation ConversationIn(string locale) => new(
        new NluEngine(LocalSkill.LoadModel(locale)),
        new EnvelopeFactory(SkillIdentity.Current(), locale, TimeProvider.System),
        InProcessSkillTransport.Create(verify: true));

    [TestCase("fr-FR", "demande à capitales du monde quelle est la capitale du japon", "La capitale du Japon est Tokyo.")]
    [TestCase("fr-FR", "c'est quoi la capitale de l'inde", "La capitale de l'Inde est New Delhi.")]
    [TestCase("fr-FR", "tu sais quelle est la capitale d'haïti", "La capitale d'Haïti est Port-au-Prince.")]
    [TestCase("fr-CA", "c'est quoi la capitale du canada là", "La capitale du Canada est Ottawa.")]
    [TestCase("fr-CA", "la bolivie a combien de capitales", "Les deux capitales de la Bolivie sont Sucre")]
    [TestCase("es-ES", "pregunta a capitales del mundo cuál es la capital de francia", "La capital de Francia es París.")]
    [TestCase("es-ES", "dime la capital del reino unido", "La capital del Reino Unido es Londres.")]
    [TestCase("es-MX", "oye cuál es la capital de los estados unidos", "La capital de Estados Unidos es Washington")]
    [TestCase("es-US", "cuántas capitales tiene bolivia", "Las dos capitales de Bolivia son Sucre")]
    [TestCase("it-IT", "chiedi a capitali del mondo qual è la capitale della francia", "La capitale della Francia è Parigi.")]
    [TestCase("it-IT", "qual è la capitale dell'india", "La capitale dell'India è Nuova Delhi.")]
    [TestCase("it-IT", "sai qual è la capitale degli stati uniti", "La capitale degli Stati Uniti è Washington.")]
    [TestCase("pt-BR", "pergunte ao capitais do mundo qual é a capital do japão", "A capital do Japão é Tóquio.")]
    [TestCase("pt-BR", "qual a capital da alemanha", "A capital da Alemanha é Berlim.")]
    [TestCase("pt-BR", "você sabe qual é a capital dos estados unidos", "A capital dos Estados Unidos é Washington")]
    // The second description of how natives ask (interactionModel/README.md, "How natives ask, family by family").
    [TestCase("fr-FR", "est-ce que vous pouvez me dire la capitale de la norvège", "La capitale de la Norvège est Oslo.")]
    [TestCase("fr-CA", "j'aimerais ça savoir la capitale du mexique", "La capitale du Mexique est Mexico.")]
    [TestCase("fr-FR", "le portugal il a quoi comme capitale", "La capitale du Portugal est Lisbonne.")]
    [TestCase("fr-FR", "quelle est la capitale de la bosnie", "La capitale de la Bosnie-Herzégovine est Sarajevo.")]
    [TestCase("es-MX", "me hace el favor de decirme cuál es la capital de honduras", "La capital de Honduras es Tegucigalpa.")]
    [TestCase("es-ES", "me podría decir la capital de la federación rusa", "La capital de Rusia es Moscú.")]
    [TestCase("es-US", "de casualidad sabes cuál es la capital de arabia saudita", "La capital de Arabia Saudita es Riad.")]
    [TestCase("it-IT", "mi sono dimenticata la capitale della norvegia", "La capitale della Norvegia è Oslo.")]
    [TestCase("it-IT", "come si chiama già la capitale del portogallo", "La capitale del Portogallo è Lisbona.")]
    [TestCase("pt-BR", "será que você pode me dizer a capital do chile", "A capital do Chile é Santiago.")]
    [TestCase("pt-BR", "qual é a capital do texas nos estados unidos", "A capital do Texas é Austin.")]
    [TestCase("pt-BR", "agora da noruega", "A capital da Noruega é Oslo.")]
    [TestCase("es-MX", "oye güey cuál es la capital de chile si sabes", "La capital de Chile es Santiago.")]
    [TestCase("pt-BR", "cara qual é a capital do peru se souber", "A capital do Peru é Lima.")]
    [TestCase("it-IT", "qual è la capitale dell'austria se lo sai", "La capitale dell'Austria è Vienna.")]
    [TestCase("fr-FR", "quelle est la capitale de la grèce si tu sais", "La capitale de la Grèce est Athènes.")]
    // A name one locale of the language says is understood in the others, and answered with the locale's own.
    [TestCase("es-ES", "cuál es la capital de arabia saudita", "La capital de Arabia Saudí es Riad.")]
    [TestCase("es-MX", "cuál es la capital de rumanía", "La capital de Rumania es Bucarest.")]
    [TestCase("fr-FR", "quelle est la capitale du bélarus", "La capitale de la Biélorussie est Minsk.")]
    [TestCase("fr-CA", "c'est quoi la capitale de la biélorussie", "La capitale du Bélarus est Minsk.")]
    public async Task A_capital_question_is_answered_in_the_locales_language(string locale, string utterance, string expected)
    {
        var turn = await ConversationIn(locale).SayAsync(utterance, CancellationToken.None);

        Assert.That(turn.Answered, Is.True, turn.Error);
        Assert.Multiple(() =>
        {
            Assert.That(turn.Response!.Speech, Does.StartWith(expected));
            Assert.That(turn.Response.ShouldEndSession, Is.True);
        });
    }

    [TestCase("fr-FR", "de quel pays nairobi est-elle la capitale", "Nairobi est la capitale du Kenya.")]
    [TestCase("es-MX", "de qué país es capital lima", "Lima es la capital de Perú.")]
    [TestCase("it-IT", "di quale paese è capitale madrid", "Madrid è la capitale della Spagna.")]
    [TestCase("pt-BR", "lisboa é a capital de qual país", "Lisboa é a capital de Portugal.")]
    public async Task The_reverse_question_is_answered_in_the_locales_language(string locale, string utterance, string expected)
    {
        var turn = await ConversationIn(locale).SayAsync(utterance, CancellationToken.None);

        Assert.That(turn.Answered, Is.True, turn.Error);
        Assert.That(turn.Response!.Speech, Is.EqualTo(expected));
    }

    [TestCase("fr-FR", "aide", "AMAZON.HelpIntent")]
    [TestCase("fr-CA", "arrête", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "laisse tomber", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "mets un minuteur de dix minutes", "AMAZON.FallbackIntent")]
    [TestCase("es-ES", "ayúdame", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "ya párale", "AMAZON.StopIntent")]
    [TestCase("es-US", "pon música de salsa", "AMAZON.FallbackIntent")]
    [TestCase("it-IT", "aiuto", "AMAZON.HelpIntent")]
    [TestCase("it-IT", "basta così", "AMAZON.StopIntent")]
    [TestCase("it-IT", "che tempo fa a roma", "AMAZON.FallbackIntent")]
    [TestCase("pt-BR", "o que eu posso perguntar", "AMAZON.HelpIntent")]
    [TestCase("pt-BR", "chega", "AMAZON.StopIntent")]
    [TestCase("pt-BR", "toca uma música", "AMAZON.FallbackIntent")]
    [TestCase("pt-BR", "cancele isso", "AMAZON.CancelIntent")]
    [TestCase("es-US", "no sé cómo funciona", "AMAZON.HelpIntent")]
    [TestCase("fr-FR", "est-ce que tu peux me dire l'heure", "AMAZON.FallbackIntent")]
    [TestCase("es-MX", "me haces el favor de poner música", "AMAZON.FallbackIntent")]
    [TestCase("pt-BR", "será que você sabe que horas são", "AMAZON.FallbackIntent")]
    public async Task Built_in_requests_and_other_sentences_reach_their_intent(string locale, string utterance, string intent)
    {
        var turn = await ConversationIn(locale).SayAsync(utterance, CancellationToken.None);

        Assert.That(turn.Answered, Is.True, turn.Error);
        Assert.That(turn.Request["request"]!["intent"]!["name"]!.GetValue<string>(), Is.EqualTo(intent));
    }

    [TestCase("fr-CA", "ouvre capitales du monde", "et pour le mexique", "La capitale du Mexique est Mexico.", "arrête", "À la prochaine!")]
    [TestCase("es-MX", "abre capitales del mundo", "y chile", "La capital de Chile es Santiago.", "adiós", "¡Nos vemos!")]
    [TestCase("it-IT", "apri capitali del mondo", "e la spagna", "La capitale della Spagna è Madrid.", "stop", "Ciao, alla prossima!")]
    [TestCase("pt-BR", "abra capitais do mundo", "e da argentina", "A capital da Argentina é Buenos Aires.", "tchau", "Tchau, até a próxima!")]
    public async Task A_session_takes_follow_ups_and_ends_with_goodbye(string locale, string launch, string followUp, string answer, string stop, string goodbye)
    {
        var conversation = ConversationIn(locale);

        var opened = await conversation.SayAsync(launch, CancellationToken.None);
        var asked = await conversation.SayAsync(followUp, CancellationToken.None);
        var ended = await conversation.SayAsync(stop, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(opened.RequestType, Is.EqualTo("LaunchRequest"));
            Assert.That(asked.Response!.Speech, Does.StartWith(answer));
            Assert.That(asked.Response.ShouldEndSession, Is.False);
            Assert.That(ended.Response!.Speech, Is.EqualTo(goodbye));
            Assert.That(conversation.InSession, Is.False);
        });
    }
}
