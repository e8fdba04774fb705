using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 38 tuning (interactionModel/README.md, *Round 38 tuning for Portuguese
/// (session 39)*), each tried on sentences of our own rather than the corpus lines: the fillers "legal", "bacana", "joia",
/// "com nome comprido" and "me fala os nomes" (NluLexicon.pt.json fillers); a correction "não" with a vocative after it
/// ("não cara da grécia", "não sô do chile": repairs); cancel "esquece /
/// ignora tudo que eu disse", "(não|nem) liga", "troquei / confundi o país"; help "eu falo o nome do país", "ajuda o vovô /
/// minha mãe", "que ela não sabe usar"; stop "desliga o / esse jogo", "já estudei bastante", "chega de estudar" (BuiltInCues.pt.json
/// cues); a reason "agora que ..." after a stop (reasonOpeners); the launch reasons "que eu quero treinar", "pra eu estudar"
/// (LaunchWording.pt.json); and "condado", "bairro", "município", "ilha do mel" as not-places, with out-of-domain
/// neighbours that must still fall back.</summary>
public class PortugueseRoundThirtyEightRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("legal e a do japão", "JP", Description = "the filler 'legal'")]
    [TestCase("que bacana e a do chile", "CL", Description = "the filler 'que bacana'")]
    [TestCase("qual a capital da itália não cara da grécia", "GR", Description = "'não cara' corrects")]
    [TestCase("capital do peru não sô do chile", "CL", Description = "'não sô' corrects")]
    [TestCase("qual é a capital do uruguai não tchê do paraguai", "PY", Description = "'não tchê' corrects")]
    [TestCase("a bolívia tem duas capitais me fala os nomes", "BO", Description = "'me fala os nomes' after two capitals")]
    [TestCase("a malásia tem duas capitais com nome comprido quais são", "MY", Description = "'com nome comprido'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("esquece tudo que eu falei", "AMAZON.CancelIntent")]
    [TestCase("ignora tudo que eu disse", "AMAZON.CancelIntent")]
    [TestCase("não liga não", "AMAZON.CancelIntent")]
    [TestCase("nem liga pra isso", "AMAZON.CancelIntent")]
    [TestCase("cancela a pergunta que eu troquei o país", "AMAZON.CancelIntent")]
    [TestCase("esquece eu confundi o país", "AMAZON.CancelIntent")]
    [TestCase("eu falo o nome do país e você diz a capital", "AMAZON.HelpIntent")]
    [TestCase("é só falar o nome do país", "AMAZON.HelpIntent")]
    [TestCase("ajuda o vovô que ele não sabe mexer", "AMAZON.HelpIntent")]
    [TestCase("ajuda minha mãe aqui", "AMAZON.HelpIntent")]
    [TestCase("ajuda a vovó que ela não sabe mexer", "AMAZON.HelpIntent")]
    [TestCase("desliga o jogo que já tá tarde", "AMAZON.StopIntent")]
    [TestCase("já estudei bastante pode desligar", "AMAZON.StopIntent")]
    [TestCase("chega de estudar", "AMAZON.StopIntent")]
    [TestCase("para agora que o pai chegou", "AMAZON.StopIntent")]
    [TestCase("chega agora que eu vou jantar", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("abre o capitais do mundo que eu quero treinar")]
    [TestCase("abre capitais do mundo pra eu estudar")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("não liga a luz")]
    [TestCase("desliga a televisão")]
    [TestCase("ajuda a vó a arrumar a cozinha")]
    [TestCase("esquece tudo e liga a luz")]
    [TestCase("qual a capital do condado de orange")]
    [TestCase("qual é a capital do município de campinas")]
    [TestCase("qual é a capital da ilha do mel")]
    [TestCase("qual a capital do bairro da liberdade")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
