using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 25 tuning (the section *Round 25 tuning for German (session 24)*), each tried on
/// sentences of our own rather than the corpus lines: the interjections of German spoken by Turkish, Russian, Polish and
/// Arabic speakers ("tamam", "yani", "ladno", "kurcze", "yalla") and of regional speech (Palatinate "ajo", "alla hopp",
/// Swiss "grüezi", "hoi", "sali", "zäme", "exgüsi", Berlin "jut", Cologne "ens", Bavarian "freili", "ach geh", "frau
/// alexa") as fillers, and "das wollte ich schon immer wissen" after a question; Berlin "dit" and Saxon-Palatine
/// "heeßt" as spoken forms; the ASR splits "haubt stadt" and "neusee land"; "nennt sich" for "heißt"; the repairs
/// "besser gesagt" and "korrigiere"; the English and French spellings Cuba, Zambia, Mosambique, Tadjikistan; help, stop and
/// cancel wordings ("beispiele geben", "zeig mir was ich ...", "verlassen", "schließ", "genug gequizzt / gespielt",
/// "kommando zurück", "falsche frage", "nur ein versehen"); "alla hopp" around the skill's name as a launch; with
/// out-of-domain neighbours that must still fall back.</summary>
public class GermanRoundTwentyFiveRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("tamam was ist die hauptstadt von irak", "IQ", Description = "Turkish 'tamam'")]
    [TestCase("yani wie heißt die hauptstadt von jordanien", "JO", Description = "Turkish 'yani'")]
    [TestCase("ladno und die hauptstadt von kasachstan", "KZ", Description = "Russian 'ladno'")]
    [TestCase("kurcze wie heißt die hauptstadt von slowakei", "SK", Description = "Polish 'kurcze'")]
    [TestCase("yalla was ist die hauptstadt von oman", "OM", Description = "Arabic 'yalla'")]
    [TestCase("ajo und portugal", "PT", Description = "Palatinate 'ajo' before a follow-up")]
    [TestCase("alla hopp was ist die hauptstadt von luxemburg", "LU", Description = "'alla hopp'")]
    [TestCase("grüezi was ist die hauptstadt von österreich", "AT", Description = "Swiss 'grüezi'")]
    [TestCase("hoi zäme wie heißt die hauptstadt von italien", "IT", Description = "Swiss 'hoi zäme'")]
    [TestCase("jut und die hauptstadt von polen", "PL", Description = "Berlin 'jut'")]
    [TestCase("sach ens die hauptstadt von belgien", "BE", Description = "Cologne 'ens'")]
    [TestCase("ei verbibbsch wie heeßt die hauptstadt von griechenland", "GR", Description = "'ei verbibbsch', 'heeßt'")]
    [TestCase("wie heißt die hauptstadt von island das wollte ich schon immer wissen", "IS", Description = "'das wollte ich schon immer wissen'")]
    [TestCase("was ist die haubt stadt von peru", "PE", Description = "the ASR split 'haubt stadt'")]
    [TestCase("hauptstadt von neusee land", "NZ", Description = "the ASR split 'neusee land'")]
    [TestCase("wie nennt sich die hauptstadt von kenia", "KE", Description = "'nennt sich' for 'heißt'")]
    [TestCase("hauptstadt von schweden besser gesagt finnland", "FI", Description = "the repair 'besser gesagt'")]
    [TestCase("hauptstadt von peru ich korrigiere bolivien", "BO", Description = "the repair 'ich korrigiere'")]
    [TestCase("wie heißt die hauptstadt von cuba", "CU", Description = "the spelling 'Cuba'")]
    [TestCase("hauptstadt von zambia", "ZM", Description = "the spelling 'Zambia'")]
    [TestCase("was ist die hauptstadt von mosambique", "MZ", Description = "the spelling 'Mosambique'")]
    [TestCase("und tadjikistan", "TJ", Description = "the spelling 'Tadjikistan'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("tamam was kann ich fragen", "AMAZON.HelpIntent")]
    [TestCase("kannst du mir ein paar beispiele geben", "AMAZON.HelpIntent")]
    [TestCase("gib mir mal ein beispiel", "AMAZON.HelpIntent")]
    [TestCase("zeig mir was ich fragen kann", "AMAZON.HelpIntent")]
    [TestCase("grüezi ich versteh das nicht", "AMAZON.HelpIntent")]
    [TestCase("skill verlassen", "AMAZON.StopIntent")]
    [TestCase("alexa schließ den skill", "AMAZON.StopIntent")]
    [TestCase("genug gespielt für heute", "AMAZON.StopIntent")]
    [TestCase("so genug gequizzt", "AMAZON.StopIntent")]
    [TestCase("ajo tschüss", "AMAZON.StopIntent")]
    [TestCase("tschüss zäme", "AMAZON.StopIntent")]
    [TestCase("jut dit wars", "AMAZON.StopIntent")]
    [TestCase("kommando zurück bitte", "AMAZON.CancelIntent")]
    [TestCase("ladno lass gut sein", "AMAZON.CancelIntent")]
    [TestCase("kurcze vergiss es", "AMAZON.CancelIntent")]
    [TestCase("exgüsi falsche frage", "AMAZON.CancelIntent")]
    [TestCase("das war nur ein versehen", "AMAZON.CancelIntent")]
    [TestCase("ach geh lass es", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alla hopp starte hauptstädte der welt")]
    [TestCase("grüezi öffne hauptstädte der welt")]
    public void Opening_the_skill_by_name_opens_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("tamam spiel musik")]
    [TestCase("yalla mach das licht an")]
    [TestCase("grüezi")]
    [TestCase("schließ die tür")]
    [TestCase("verlassen wir das haus")]
    [TestCase("zeig mir was ich heute für termine habe")]
    [TestCase("gib mir ein beispiel für ein rezept")]
    [TestCase("genug gespielt jetzt mach musik an")]
    [TestCase("falsche frage beim timer")]
    [TestCase("wie nennt sich das lied")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
