using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A launch said in other words with a short reason or setting before it ("beim abendessen hauptstädte der welt
/// starten", "for my grandma open world capitals") opens the skill, in every language with a launch wording; words before
/// it that ask, deny, name a place or ask another fact do not (in Japanese, where each character is a token, a place or
/// another fact said as a whole word: session 57). Sentences of our own.</summary>
public class ReasonBeforeLaunchTests
{
    [TestCase("en-US", "alexa for my grandma open world capitals")]
    [TestCase("de-DE", "alexa beim abendessen hauptstädte der welt starten")]
    [TestCase("de-DE", "alexa für die nachhilfe starte hauptstädte der welt bitte")]
    [TestCase("es-ES", "alexa en la sobremesa abre capitales del mundo")]
    [TestCase("nl-NL", "alexa na het afwassen open hoofdsteden van de wereld")]
    [TestCase("it-IT", "alexa per la merenda apri capitali del mondo")]
    [TestCase("hi-IN", "एलेक्सा छुट्टी के दिन दुनिया की राजधानियाँ शुरू करो")]
    [TestCase("ja-JP", "昼休みだから世界の首都開いて", Description = "each character a token: no word of a name said as a whole word")]
    [TestCase("ja-JP", "洗濯物をたたみながら世界の首都を開いて")]
    public void A_reason_before_the_launch_opens_the_skill(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("de-DE", "alexa nicht hauptstädte der welt starten", Description = "a negation before it")]
    [TestCase("de-DE", "alexa wie kann ich hauptstädte der welt starten", Description = "a question word before it")]
    [TestCase("en-US", "alexa the weather in paris then open world capitals", Description = "another fact and a place")]
    [TestCase("ja-JP", "ペルーが好きだから世界の首都開いて", Description = "a place said as a whole word")]
    [TestCase("es-ES", "alexa la capital de perú y abre capitales del mundo", Description = "a question of the skill")]
    [TestCase("fr-FR", "alexa salut comment on utilise capitales du monde", Description = "a request for help as a whole")]
    [TestCase("en-US", "alexa when my brother and my sister and my cousins are all here for dinner open world capitals", Description = "a long clause")]
    public void Other_words_before_the_launch_do_not_open_the_skill(string locale, string utterance) =>
        Assert.That(LocaleNlu.Engine(locale).ParseForm(utterance).Kind, Is.Not.EqualTo(UtteranceKind.Launch), $"\"{utterance}\" in {locale}");
}
