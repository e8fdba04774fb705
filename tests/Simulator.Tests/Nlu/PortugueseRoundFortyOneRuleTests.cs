using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 41 tuning (interactionModel/README.md, *Round 41 tuning for Portuguese
/// (session 42)*), each tried on sentences of our own rather than the corpus lines: the radio "câmbio" (over), the
/// Portugal "pá", "tás tola", "ótimo", "pra fechar", "próxima figurinha" and the official-name prefix "república islâmica
/// do / da" (NluLexicon.pt.json fillers); "capitalzinha" read as "capital" (variants); "qual cidade manda no / na / em X"
/// and "surgiu / bateu a dúvida da capital de X" (joins); fiction not-places ("oz", "el
/// dorado", "fenda do biquíni", "república de piratini"); help "me ajuda a entender", "pede / peço ajuda" ("usar e / mas não sabe
/// como" is in the cues but reads no sentence yet, so it is not tested); cancel "esquece o que eu te perguntei" and the reasons "a corrida / o uber / o táxi (chegou)"
/// (BuiltInCues.pt.json); stop "para já", "para agora (mesmo)" (BuiltInPhrasings.pt.json); the launch verbs "praticar",
/// "pratica", "quero as" (LaunchWording.pt.json); with out-of-domain neighbours that must still fall back.
/// Not tested as a fallback: "qual cidade manda no campeonato" is read as a capital question of an unknown place, as
/// "qual é a capital do campeonato" already was on main.</summary>
public class PortugueseRoundFortyOneRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("câmbio qual a capital de cuba câmbio", "CU", Description = "the radio filler 'câmbio'")]
    [TestCase("qual é a capital de espanha pá", "ES", Description = "the Portugal filler 'pá'")]
    [TestCase("tás tola qual a capital da grécia", "GR", Description = "the filler 'tás tola'")]
    [TestCase("ótimo e a do uruguai", "UY", Description = "a follow-up after 'ótimo'")]
    [TestCase("e pra fechar a da noruega", "NO", Description = "a follow-up after 'pra fechar'")]
    [TestCase("próxima figurinha e a da suíça", "CH", Description = "a follow-up after 'próxima figurinha'")]
    [TestCase("capital da república islâmica do afeganistão", "AF", Description = "the prefix 'república islâmica do'")]
    [TestCase("qual a capitalzinha do acre", "BR-AC", Description = "'capitalzinha' as 'capital'")]
    [TestCase("qual cidade manda nas filipinas", "PH", Description = "'qual cidade manda nas' as 'qual é a capital das'")]
    [TestCase("qual cidade manda em goiás", "BR-GO", Description = "'qual cidade manda em' as 'qual é a capital de'")]
    [TestCase("no escritório surgiu a dúvida da capital do quênia", "KE", Description = "'surgiu a dúvida da' as 'qual é a'")]
    [TestCase("no trabalho bateu a dúvida da capital do chile", "CL", Description = "'bateu a dúvida da' as 'qual é a'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("cancela câmbio", "AMAZON.CancelIntent")]
    [TestCase("esquece o que eu te perguntei", "AMAZON.CancelIntent")]
    [TestCase("cancela que o uber chegou", "AMAZON.CancelIntent")]
    [TestCase("para já", "AMAZON.StopIntent")]
    [TestCase("para agora mesmo", "AMAZON.StopIntent")]
    [TestCase("me ajuda a entender esse jogo", "AMAZON.HelpIntent")]
    [TestCase("como é que eu peço ajuda", "AMAZON.HelpIntent")]
    [TestCase("me explica de novo devagarinho", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("pratica capitais do mundo")]
    [TestCase("quero praticar capitais do mundo")]
    [TestCase("quero as capitais do mundo")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("qual é o câmbio do dólar hoje")]
    [TestCase("qual é o prefeito da capital do ceará câmbio")]
    [TestCase("onde compro uma pá")]
    [TestCase("quem manda no brasil")]
    [TestCase("surgiu a dúvida da conta de luz")]
    [TestCase("qual é a capital de oz")]
    [TestCase("qual é a capital da terra de oz")]
    [TestCase("quem escreveu o mágico de oz")]
    [TestCase("onde fica el dorado")]
    [TestCase("qual a capital da fenda do biquíni")]
    [TestCase("qual a capital da república rio-grandense")]
    [TestCase("o uber chegou")]
    [TestCase("quem ganhou a corrida")]
    [TestCase("minha vó não sabe como fazer bolo")]
    [TestCase("minha vó não sabe usar o micro-ondas")]
    [TestCase("me ajuda a entender a conta de luz")]
    [TestCase("pratica esporte")]
    [TestCase("quero praticar inglês")]
    [TestCase("quero as notícias de hoje")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
