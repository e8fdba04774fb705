using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A help, a stop or a cancel said with words around it may name the skill and the people around the speaker: the
/// words of the skill's name ("beende bitte hauptstädte der welt") and each language's skill words (BuiltInCues
/// "skillWords": "das quiz", "la nonna", "esta aplicación", "يا بنت") are about the skill, not another topic; and in Japanese a
/// place name inside a longer word of one script names no place (タイ in したい). Their neighbours still fall back: the
/// thing helped with ("beim kochen", "com a receita de bolo"), a place said as a word of its own (タイに行くのは).</summary>
public class BuiltInRequestSkillWordsTests
{
    [TestCase("de-DE", "oma braucht hilfe bei dem quiz", "AMAZON.HelpIntent", Description = "'oma', 'quiz'")]
    [TestCase("de-DE", "beende bitte hauptstädte der welt", "AMAZON.StopIntent", Description = "the skill's name ('welt')")]
    [TestCase("it-IT", "la nonna non sa come funziona spiegaglielo", "AMAZON.HelpIntent", Description = "'la nonna'")]
    [TestCase("it-IT", "chiudi questa applicazione adesso", "AMAZON.StopIntent", Description = "'applicazione'")]
    [TestCase("es-MX", "oye cómo se usa esta aplicación", "AMAZON.HelpIntent", Description = "'aplicación'")]
    [TestCase("ar-SA", "يا بنت وقفي اللعبة", "AMAZON.StopIntent", Description = "'يا بنت' said to Alexa")]
    [TestCase("ja-JP", "キャンセルしたいんだよね", "AMAZON.CancelIntent", Description = "タイ inside したい")]
    [TestCase("ja-JP", "もう終わりにしたいんだけど", "AMAZON.StopIntent", Description = "タイ inside したい")]
    public void A_built_in_request_that_names_the_skill_or_a_person(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("de-DE", "oma braucht hilfe beim kochen")]
    [TestCase("pt-BR", "ajuda a vovó com a receita de bolo")]
    [TestCase("fr-FR", "dis bonne nuit aux enfants de ma part")]
    [TestCase("ja-JP", "タイに行くのはキャンセル")]
    public void A_request_about_another_thing_still_falls_back(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
