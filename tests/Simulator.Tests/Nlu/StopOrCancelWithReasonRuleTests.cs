using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A stop or a cancel said with its reason (interactionModel/README.md, *A stop or cancel followed by its reason
/// (session 20)*): the reason after an opener of the language (BuiltInCues.&lt;language&gt;.json `reasonOpeners`: "que",
/// "che", "weil", "parce que", "because") or before a Japanese closer (`reasonClosers`: "から") may hold words the model
/// does not know. Neighbours that must stay as they were: a reason that asks a capital question or names a place, and
/// another skill's request (another topic's noun) with a reason.</summary>
public class StopOrCancelWithReasonRuleTests
{
    [TestCase("pt-BR", "cancela isso que o menino já dormiu", "AMAZON.CancelIntent")]
    [TestCase("pt-BR", "desliga isso que a visita chegou", "AMAZON.StopIntent")]
    [TestCase("pt-BR", "encerra o jogo que o ônibus chegou", "AMAZON.StopIntent")]
    [TestCase("it-IT", "esci che è pronto il pranzo", "AMAZON.StopIntent")]
    [TestCase("it-IT", "chiudi tutto che arriva la nonna", "AMAZON.StopIntent")]
    [TestCase("it-IT", "annulla che mi sono sbagliata", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "cancela que ya me acordé", "AMAZON.CancelIntent")]
    [TestCase("de-DE", "hör auf weil ich jetzt los muss", "AMAZON.StopIntent")]
    [TestCase("fr-FR", "arrête parce que c'est l'heure du dodo", "AMAZON.StopIntent")]
    [TestCase("en-US", "stop because the baby is sleeping", "AMAZON.StopIntent")]
    [TestCase("ja-JP", "もう宿題終わったからおしまい", "AMAZON.StopIntent")]
    [TestCase("ja-JP", "弟が勝手にしゃべっただけだから取り消して", "AMAZON.CancelIntent")]
    public void A_stop_or_cancel_with_its_reason_is_read(string locale, string utterance, string intent)
    {
        Assert.That(LocaleNlu.Recognize(locale, utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("it-IT", "basta con la francia dimmi la capitale della spagna")]
    [TestCase("pt-BR", "cancela que eu quero saber a capital da frança")]
    [TestCase("it-IT", "annulla perché voglio sapere la capitale della spagna")]
    [TestCase("pt-BR", "desliga a luz que eu vou dormir")]
    [TestCase("it-IT", "chiudi la porta che fa freddo")]
    [TestCase("en-US", "stop the music because i am going to sleep")]
    [TestCase("pt-BR", "cancela que a música acabou")]
    public void A_reason_that_asks_or_names_something_else_is_no_stop_or_cancel(string locale, string utterance)
    {
        Assert.That(LocaleNlu.Recognize(locale, utterance).IntentName, Is.AnyOf("AMAZON.FallbackIntent", "CapitalIntent"));
    }
}
