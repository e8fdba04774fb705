using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 31 tuning (interactionModel/README.md, *Round 31 tuning for Portuguese
/// (session 31)*), each tried on sentences of our own rather than the corpus lines: the repairs "falei torto", "troca pra",
/// "volta volta", "corta essa", "retificando"; interjections and addresses ("vixe maria", "oloco", "mermã", "bichinho",
/// "deus te abençoe", the foreign "tanpri" and "paldies", "ah legal") and a learner's "eu estrangeiro", "eu esqueceu"
/// (NluLexicon.pt.json fillers); a scene that leads into the question with "preciso da", "precisa da", "acertar a",
/// "querendo saber a" or is closed by "qual é o nome" (ClauseWords.pt.json); foods, dances and a metro line as not-places;
/// cancel "deixa essa pra depois", stop "encerra isso aí", help "me explica direitinho", "quais são os comandos desse
/// jogo", "que perguntas vale fazer" (BuiltInCues.pt.json); and out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundThirtyOneRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("a capital da bolívia falei torto do paraguai", "PY")]
    [TestCase("qual é a capital da suécia troca pra noruega", "NO")]
    [TestCase("a capital do peru volta volta do chile", "CL")]
    [TestCase("qual é a capital da áustria corta essa da hungria", "HU")]
    [TestCase("a capital do congo retificando do quênia", "KE")]
    [TestCase("vixe maria qual é a capital do egito", "EG")]
    [TestCase("qual é a capital da tunísia tanpri", "TN")]
    [TestCase("mermã qual é a capital do japão", "JP")]
    [TestCase("oloco qual é a capital da mongólia", "MN")]
    [TestCase("deus te abençoe me diz a capital do marrocos", "MA")]
    [TestCase("agora vai a do camboja", "KH")]
    [TestCase("eu organizo a gincana da escola e preciso da capital do méxico", "MX")]
    [TestCase("o caminhão vai descarregar na capital da bolívia qual é o nome", "BO")]
    [TestCase("na gincana quem acertar a capital do canadá ganha um doce", "CA")]
    [TestCase("tô aqui querendo saber a capital da letônia", "LV")]
    [TestCase("minha sobrinha tá estudando e precisa da capital da croácia", "HR")]
    [TestCase("que legal e de tuvalu", "TV")]
    [TestCase("me diz capital da coreia do sul devagar eu estrangeiro", "KR")]
    [TestCase("qual é capital da tailândia eu esqueceu", "TH")]
    public void A_round_thirty_one_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("qual é a capital do queijo")]
    [TestCase("qual é a capital da cachaça")]
    [TestCase("qual é a capital da capoeira")]
    [TestCase("qual é a capital do bumba meu boi")]
    [TestCase("qual capital tem o metrô mais moderno")]
    [TestCase("qual é o nome do filme")]
    [TestCase("preciso de um táxi")]
    [TestCase("quero o controle remoto")]
    [TestCase("me explica direitinho a receita de bolo")]
    [TestCase("quais são os comandos da televisão")]
    [TestCase("encerra isso aí e liga a luz")]
    [TestCase("preciso da receita do bolo")]
    public void An_out_of_domain_neighbour_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);

    [TestCase("cancela bichinho", "AMAZON.CancelIntent")]
    [TestCase("deixa essa pra depois viu", "AMAZON.CancelIntent")]
    [TestCase("cancela aí paldies", "AMAZON.CancelIntent")]
    [TestCase("chega oloco", "AMAZON.StopIntent")]
    [TestCase("encerra isso aí por favor", "AMAZON.StopIntent")]
    [TestCase("pode parar mermã", "AMAZON.StopIntent")]
    [TestCase("pode sair deus te abençoe", "AMAZON.StopIntent")]
    [TestCase("me explica direitinho", "AMAZON.HelpIntent")]
    [TestCase("quais são os comandos desse negócio", "AMAZON.HelpIntent")]
    [TestCase("que perguntas vale fazer", "AMAZON.HelpIntent")]
    public void A_round_thirty_one_built_in_wording_is_read(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);
}
