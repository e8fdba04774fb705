using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 47 tuning (*Round 47 tuning for Portuguese (session 51)*),
/// each tried on sentences of our own rather than the corpus lines: the fillers "che", "epá", "oia", "no más", "tá de boa",
/// "mwen", "na hora do almoço", "no turno da noite", "que meu cunhado foi pra lá" and the variant "sabê" (NluLexicon.pt.json);
/// the people and game words "batchan", "ditchan", "cunhado", "gincana", "brincadeira", "partida", the help cues "ensina (a
/// criança) a usar", "mostra como funciona", the stop cues "cansou", "acabou o intervalo / o almoço", "encerra a gincana",
/// "fim de jogo", "chau", the cancel cues "desistiu da viagem", "mudou de ideia", "já falou", "cancela eso", "dejalo"
/// (BuiltInCues.pt.json); the launch words "abrí", "start", "pra nóis", "pra mi hija", "que a vovó quer jogar", "tô na
/// portaria", "no intervalo" (LaunchWording.pt.json); with out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundFortySevenRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("che qual é a capital do paraguai", "PY", Description = "the filler 'che'")]
    [TestCase("oia qual é a capital de goiás", "BR-GO", Description = "the filler 'oia'")]
    [TestCase("epá qual é a capital de angola", "AO", Description = "the filler 'epá'")]
    [TestCase("a capital do peru no más", "PE", Description = "the filler 'no más'")]
    [TestCase("qual é a capital do chile que minha irmã foi pra lá", "CL", Description = "the filler 'que minha irmã foi pra lá'")]
    [TestCase("o vô quer sabê a capital da grécia", "GR", Description = "the variant 'sabê'")]
    [TestCase("na hora do almoço qual é a capital do egito", "EG", Description = "the filler 'na hora do almoço'")]
    [TestCase("qual é a capital de roraima", "BR-RR", Description = "'boa vista' untouched by the fillers")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("mwen não entendo me ajuda", "AMAZON.HelpIntent")]
    [TestCase("ensina a vovó a usar", "AMAZON.HelpIntent")]
    [TestCase("ensina os meninos a usar", "AMAZON.HelpIntent")]
    [TestCase("me mostra como funciona", "AMAZON.HelpIntent")]
    [TestCase("como funciona no plantão", "AMAZON.HelpIntent")]
    [TestCase("o vovô cansou pode parar", "AMAZON.StopIntent")]
    [TestCase("acabou o intervalo pode desligar", "AMAZON.StopIntent")]
    [TestCase("encerra a brincadeira", "AMAZON.StopIntent")]
    [TestCase("fim de jogo", "AMAZON.StopIntent")]
    [TestCase("che chega por hoje", "AMAZON.StopIntent")]
    [TestCase("a cliente mudou de ideia cancela", "AMAZON.CancelIntent")]
    [TestCase("epá esquece isso", "AMAZON.CancelIntent")]
    [TestCase("tô de boa cancela", "AMAZON.CancelIntent")]
    [TestCase("cancela eso", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("abrí capitais do mundo")]
    [TestCase("start o capitais do mundo")]
    [TestCase("abre capitais do mundo pra nóis")]
    [TestCase("abre capitais do mundo pra mi hijo")]
    [TestCase("abre capitais do mundo que o vovô quer jogar")]
    [TestCase("no intervalo abre capitais do mundo")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("cansei dessa música")]
    [TestCase("encerra o alarme")]
    [TestCase("o cliente desistiu do pedido")]
    [TestCase("che pone música")]
    [TestCase("start o timer")]
    [TestCase("abre a porta na hora do almoço")]
    [TestCase("ensina a fazer bolo")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
