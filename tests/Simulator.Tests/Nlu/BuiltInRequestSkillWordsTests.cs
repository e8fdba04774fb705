using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A help, a stop or a cancel said with words around it may name the skill and the people around the speaker: the
/// words of the skill's name ("beende bitte hauptstädte der welt") and each language's skill words (BuiltInCues
/// "skillWords": "das quiz", "la nonna", "esta aplicación") are about the skill, not another topic; and in Japanese a
/// place name inside a longer word of one script names no place (タイ in したい), and a noun marked with を before the request is
/// what it acts on ("予約をキャンセル") unless it is a skill word or a pronoun, and a noun of another topic before の owns the
/// request ("テレビの使い方"). Their neighbours still fall back: the thing
/// helped with ("beim kochen", "com a receita de bolo"), a place said as a word of its own (タイに行くのは).</summary>
public class BuiltInRequestSkillWordsTests
{
    [TestCase("de-DE", "oma braucht hilfe bei dem quiz", "AMAZON.HelpIntent", Description = "'oma', 'quiz'")]
    [TestCase("de-DE", "beende bitte hauptstädte der welt", "AMAZON.StopIntent", Description = "the skill's name ('welt')")]
    [TestCase("it-IT", "la nonna non sa come funziona spiegaglielo", "AMAZON.HelpIntent", Description = "'la nonna'")]
    [TestCase("it-IT", "chiudi questa applicazione adesso", "AMAZON.StopIntent", Description = "'applicazione'")]
    [TestCase("es-MX", "oye cómo se usa esta aplicación", "AMAZON.HelpIntent", Description = "'aplicación'")]
    [TestCase("ja-JP", "キャンセルしたいんだよね", "AMAZON.CancelIntent", Description = "タイ inside したい")]
    [TestCase("ja-JP", "もう終わりにしたいんだけど", "AMAZON.StopIntent", Description = "タイ inside したい")]
    [TestCase("ja-JP", "これをキャンセル", "AMAZON.CancelIntent", Description = "a pronoun before を")]
    [TestCase("ja-JP", "クイズをやめて", "AMAZON.StopIntent", Description = "a skill word before を")]
    public void A_built_in_request_that_names_the_skill_or_a_person(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("de-DE", "oma braucht hilfe beim kochen")]
    [TestCase("pt-BR", "ajuda a vovó com a receita de bolo")]
    [TestCase("fr-FR", "dis bonne nuit aux enfants de ma part")]
    [TestCase("ja-JP", "タイに行くのはキャンセル")]
    [TestCase("ja-JP", "音楽を止めて", Description = "a noun before を is what is stopped")]
    [TestCase("ja-JP", "ホテルの予約をキャンセルしたい", Description = "a noun before を is what is cancelled")]
    [TestCase("ja-JP", "エアコンの使い方を教えて", Description = "a noun of another topic before の")]
    public void A_request_about_another_thing_still_falls_back(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
