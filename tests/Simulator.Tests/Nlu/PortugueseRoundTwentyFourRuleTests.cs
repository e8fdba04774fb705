using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 24 tuning (interactionModel/README.md, *Round 24 tuning for Portuguese
/// (session 23)*), each tried on sentences of our own rather than the corpus lines: the Pará vocatives "mana" and "chamo",
/// the São Paulo "orra meu", "próxima" and "e se fosse o / a" before a follow-up name, the tags "ou não (sabe)" and "que eu não
/// lembro mais" (NluLexicon.pt.json fillers); the repairs "errado" ("X falei errado Y") and the hesitation "é é"
/// (repairs); "falou pra gente descobrir" as a reported ask; the ASR split "bielo rússia" (joins); regions, music
/// genres and fictional places with no capital of their own (notPlaces); the English and variant spellings Kenya,
/// Kiribati, Turquemenistão (overrides.json); help "como que (eu) uso / faz", stop "acabou a brincadeira", "fecha isso
/// (aí)" (BuiltInCues.pt.json); "meu filho", "pra criançada / molecada" around a launch (LaunchWording.pt.json); and
/// out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundTwentyFourRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("mana qual a capital do marrocos", "MA")]
    [TestCase("orra meu e a capital da argentina", "AR")]
    [TestCase("chamo me diz a capital do equador", "EC")]
    [TestCase("qual é a capital da hungria que eu não lembro mais", "HU")]
    [TestCase("próxima a finlândia", "FI")]
    [TestCase("e se fosse o japão", "JP")]
    [TestCase("sabe a capital da noruega ou não sabe", "NO")]
    [TestCase("qual a capital da áustria falei errado da austrália", "AU")]
    [TestCase("a capital da suécia é é da dinamarca", "DK")]
    [TestCase("o meu tio falou pra gente descobrir a capital do chile", "CL")]
    [TestCase("a professora mandou a gente descobrir a capital da índia", "IN")]
    [TestCase("capital da bielo rússia", "BY")]
    [TestCase("qual a capital do kenya", "KE")]
    [TestCase("me diz a capital de kiribati", "KI")]
    [TestCase("capital do turquemenistão por favor", "TM")]
    [TestCase("qual é a capital da grã bretanha", "GB")]
    public void A_round_twenty_four_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("mana esquece", "AMAZON.CancelIntent")]
    [TestCase("orra meu deixa pra lá", "AMAZON.CancelIntent")]
    [TestCase("falei errado alexa", "AMAZON.CancelIntent")]
    [TestCase("chamo como que funciona", "AMAZON.HelpIntent")]
    [TestCase("como que eu uso isso", "AMAZON.HelpIntent")]
    [TestCase("acabou a brincadeira mana", "AMAZON.StopIntent")]
    [TestCase("fecha isso aí alexa", "AMAZON.StopIntent")]
    public void A_round_twenty_four_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("liga o capitais do mundo pra molecada")]
    [TestCase("abre o capitais do mundo minha filha")]
    public void A_round_twenty_four_launch_wording_launches(string utterance) =>
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", Locale).Kind, Is.EqualTo(UtteranceKind.Launch));

    [TestCase("qual é a capital da sardenha")]
    [TestCase("qual é a capital do frevo")]
    [TestCase("a capital de gotham")]
    [TestCase("mana toca um brega")]
    [TestCase("próxima música")]
    [TestCase("fecha a porta")]
    [TestCase("e se fosse amanhã")]
    [TestCase("e se fosse você")]
    [TestCase("e se for a música")]
    [TestCase("orra meu que calor")]
    [TestCase("a professora falou pra gente descobrir a resposta")]
    [TestCase("liga o ventilador pra criançada")]
    public void A_portuguese_round_twenty_four_neighbour_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
