using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 39 tuning (interactionModel/README.md, *Round 39 tuning for Portuguese
/// (session 40)*), each tried on sentences of our own rather than the corpus lines: the follow-up openers "que tal", "pode
/// ser" (NluLexicon.pt.json fillers) and "outra / mais uma / próxima da X" (joins, read as "agora da X"); the English "of"
/// and the misspoken "capitali" (variants); "não entendi / entendo nada" read as "não entendi" (joins), so its "nada" is
/// no cancel inside a longer help; cancel "deixa isso quieto", "já disse / falou a resposta" (said after "cancela que",
/// where "falou" is also a stop), "não precisa (responder) mais não", "precisa não"; help "explica pra vovó / minha mãe";
/// stop "vai dormir / descansar (você também)", "pode ir dormir" (BuiltInCues.pt.json cues); the launch "vamo" (variant of
/// "vamos"); the English "capital city" (joins), cancel "never mind", "forget it", and the openers "uhum", "aham", "top",
/// "manda (aí)" (fillers); and "chaco", "alentejo", "quilombo" as not-places, with out-of-domain neighbours that must still fall back.
/// Not tested: "outra da lista" is now read as a capital question about an unknown place "lista" (as "agora da lista" was).</summary>
public class PortugueseRoundThirtyNineRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("que tal a da argentina", "AR", Description = "the follow-up opener 'que tal'")]
    [TestCase("e que tal a do japão", "JP", Description = "the follow-up opener 'e que tal'")]
    [TestCase("pode ser a da itália", "IT", Description = "the follow-up opener 'pode ser'")]
    [TestCase("próxima da noruega", "NO", Description = "'próxima da' as 'agora da'")]
    [TestCase("mais uma do chile", "CL", Description = "'mais uma do' as 'agora do'")]
    [TestCase("outra da finlândia", "FI", Description = "'outra da' as 'agora da'")]
    [TestCase("qual é a capital of chile", "CL", Description = "the English 'of'")]
    [TestCase("qual a capital city da colômbia", "CO", Description = "the English 'capital city'")]
    [TestCase("uhum e a do equador", "EC", Description = "the follow-up opener 'uhum'")]
    [TestCase("manda aí a da colômbia", "CO", Description = "the follow-up opener 'manda aí'")]
    [TestCase("qual é a capitali do chile", "CL", Description = "the misspoken 'capitali'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("deixa isso quieto que eu já sei", "AMAZON.CancelIntent")]
    [TestCase("cancela que minha mãe já disse a resposta", "AMAZON.CancelIntent")]
    [TestCase("esquece que o meu irmão já me falou a resposta", "AMAZON.CancelIntent")]
    [TestCase("não precisa responder mais não", "AMAZON.CancelIntent")]
    [TestCase("precisa não que eu já achei", "AMAZON.CancelIntent")]
    [TestCase("never mind que eu já achei", "AMAZON.CancelIntent")]
    [TestCase("forget it alexa", "AMAZON.CancelIntent")]
    [TestCase("explica pra minha mãe como funciona", "AMAZON.HelpIntent")]
    [TestCase("explica pro vovô como joga", "AMAZON.HelpIntent")]
    [TestCase("não entendo nada como usa", "AMAZON.HelpIntent")]
    [TestCase("não entendi nada como que brinca", "AMAZON.HelpIntent")]
    [TestCase("desliga e vai dormir", "AMAZON.StopIntent")]
    [TestCase("fecha e vai descansar você também", "AMAZON.StopIntent")]
    [TestCase("pode ir dormir alexa", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("vamo jogar capitais do mundo")]
    [TestCase("vamo de capitais do mundo que eu quero treinar")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("qual a capital do gran chaco")]
    [TestCase("qual é a capital do alentejo")]
    [TestCase("qual a capital do quilombo")]
    [TestCase("explica pra vovó a receita de bolo")]
    [TestCase("desliga a luz e vai dormir")]
    [TestCase("que tal uma música")]
    [TestCase("pode ser a música do roberto carlos")]
    [TestCase("manda uma mensagem pra minha mãe")]
    [TestCase("cancel my order")]
    [TestCase("bora pra frança")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
