using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A stop or a cancel said with its reason (interactionModel/README.md, *A stop or cancel followed by its reason
/// (session 20)*): the reason after an opener of the language (BuiltInCues.&lt;language&gt;.json `reasonOpeners`: "que",
/// "che", "weil", "parce que", "because"; from session 26 also a subject that begins a clause: "ich", "je", "on", "we",
/// "eu", "ho", "tengo"; not the German and Dutch "wir", "we", which also follow a verb as its subject: "verlassen wir das
/// haus") or before a Japanese closer (`reasonClosers`: "から") may hold words the model does not know;
/// a word of the reason that no reason may hold is judged as any word around the request. Neighbours that must stay as
/// they were: a reason that asks a capital question or names a place, and another skill's request (another topic's noun)
/// with a reason.</summary>
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
    [TestCase("de-DE", "stopp ich muss zum bus", "AMAZON.StopIntent")]
    [TestCase("de-DE", "alexa abbrechen ich hab mich verlesen", "AMAZON.CancelIntent")]
    [TestCase("fr-FR", "alexa stop on part à la piscine", "AMAZON.StopIntent")]
    [TestCase("fr-CA", "annule je me suis trompée de question", "AMAZON.CancelIntent")]
    [TestCase("en-US", "stop we're leaving for school", "AMAZON.StopIntent")]
    [TestCase("nl-NL", "stop het is al laat", "AMAZON.StopIntent")]
    [TestCase("pt-BR", "para eu vou sair agora", "AMAZON.StopIntent")]
    [TestCase("it-IT", "basta devo uscire", "AMAZON.StopIntent")]
    [TestCase("es-MX", "cancela ya encontré la respuesta", "AMAZON.CancelIntent")]
    public void A_stop_or_cancel_with_its_reason_is_read(string locale, string utterance, string intent)
    {
        LocaleNlu.AssertIntent(locale, utterance, intent);
    }

    [TestCase("it-IT", "basta con la francia dimmi la capitale della spagna")]
    [TestCase("pt-BR", "cancela que eu quero saber a capital da frança")]
    [TestCase("it-IT", "annulla perché voglio sapere la capitale della spagna")]
    [TestCase("pt-BR", "desliga a luz que eu vou dormir")]
    [TestCase("it-IT", "chiudi la porta che fa freddo")]
    [TestCase("en-US", "stop the music because i am going to sleep")]
    [TestCase("pt-BR", "cancela que a música acabou")]
    [TestCase("de-DE", "stopp ich will die hauptstadt von peru wissen")]
    [TestCase("fr-FR", "arrête je veux la capitale du chili")]
    [TestCase("en-US", "stop the timer we're leaving")]
    [TestCase("nl-NL", "stop de muziek het is al laat")]
    [TestCase("de-DE", "verlassen wir jetzt das haus")]
    public void A_reason_that_asks_or_names_something_else_is_no_stop_or_cancel(string locale, string utterance)
    {
        Assert.That(LocaleNlu.Recognize(locale, utterance).IntentName, Is.AnyOf("AMAZON.FallbackIntent", "CapitalIntent"));
    }
}
