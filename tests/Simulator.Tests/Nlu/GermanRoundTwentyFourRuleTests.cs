using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 24 tuning (the section *Round 24 tuning for German (session 23)*), each tried on
/// sentences of our own rather than the corpus lines: the interjections of youth and regional speech ("boah ey", "ey",
/// "digga", "oida", "wallah", "heast", "schmarrn", "leiwand", Chilean German "ya ... po") and "überhaupt", "kurz", "dann
/// noch" as fillers; Berlin forms ("ick", "wees", "et", "nich", "dat") and Bavarian "i"; the ASR forms "fon",
/// "hauptstaat", "hauptstätte"; the repairs "na geh" and Dutch "ik bedoel"; the alias Sao Tome; a place said first and
/// then "weißt du die hauptstadt", "sag mir (mal) die hauptstadt", "welche hauptstadt ist das"; "wessen hauptstadt X ist"
/// and "zu welchem staat gehört die hauptstadt X"; help, stop and cancel wordings ("was kann ich da fragen", "wie soll ich
/// fragen", "brauch eine anleitung", "baba", "pfiat di", "mach schluss", "ende der übung", "nimm die frage zurück"); launch
/// with "verwenden" / "benutzen" and a one-shot "mit der frage nach"; with out-of-domain neighbours that must still fall
/// back.</summary>
public class GermanRoundTwentyFourRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("boah ey und die hauptstadt von schweden", "SE", Description = "the interjection 'boah ey'")]
    [TestCase("digga was ist die hauptstadt von peru", "PE", Description = "'digga'")]
    [TestCase("oida wie heißt die hauptstadt von ungarn", "HU", Description = "'oida'")]
    [TestCase("heast was ist die hauptstadt von slowenien", "SI", Description = "'heast'")]
    [TestCase("wallah was ist die hauptstadt von tunesien", "TN", Description = "'wallah'")]
    [TestCase("ey und schweden", "SE", Description = "'ey' before a follow-up")]
    [TestCase("ya und bolivien po", "BO", Description = "Chilean German 'ya ... po'")]
    [TestCase("und dann noch die von finnland", "FI", Description = "'dann noch' in a follow-up")]
    [TestCase("was ist überhaupt die hauptstadt von kanada", "CA", Description = "the filler 'überhaupt'")]
    [TestCase("sag mir kurz die hauptstadt von japan", "JP", Description = "the filler 'kurz'")]
    [TestCase("hauptstadt fon estland", "EE", Description = "the ASR 'fon'")]
    [TestCase("was ist der hauptstaat von lettland", "LV", Description = "the ASR 'hauptstaat'")]
    [TestCase("welche hauptstätte hat norwegen", "NO", Description = "the ASR 'hauptstätte'")]
    [TestCase("ick wees et nich mehr wie heißt die hauptstadt von litauen", "LT", Description = "Berlin 'ick wees et nich mehr'")]
    [TestCase("wie heißt die hauptstadt von sao tome", "ST", Description = "the alias 'Sao Tome'")]
    [TestCase("hauptstadt von schweden na geh norwegen", "NO", Description = "the Austrian repair 'na geh'")]
    [TestCase("hauptstadt von dänemark ik bedoel schweden", "SE", Description = "the Dutch repair 'ik bedoel'")]
    [TestCase("wir waren letztes jahr in portugal weißt du die hauptstadt", "PT", Description = "a place, then 'weißt du die hauptstadt'")]
    [TestCase("mein kollege kommt aus ghana sag mir mal die hauptstadt", "GH", Description = "a place, then 'sag mir mal die hauptstadt'")]
    [TestCase("der film spielt in chile welche hauptstadt ist das", "CL", Description = "a place, then 'welche hauptstadt ist das'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("weißt du wessen hauptstadt lima ist", "lima", Description = "'wessen hauptstadt X ist'")]
    [TestCase("zu welchem staat gehört die hauptstadt quito", "quito", Description = "'zu welchem staat gehört'")]
    public void A_reverse_question_names_the_city(string utterance, string id)
    {
        var result = LocaleNlu.Recognize(Locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("city")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("heast was kann i da fragen", "AMAZON.HelpIntent")]
    [TestCase("wie soll ich fragen damit du mich verstehst", "AMAZON.HelpIntent")]
    [TestCase("ich brauch eine anleitung bitte", "AMAZON.HelpIntent")]
    [TestCase("ey ich check dat nich", "AMAZON.HelpIntent")]
    [TestCase("baba", "AMAZON.StopIntent")]
    [TestCase("pfiat di alexa", "AMAZON.StopIntent")]
    [TestCase("oida hör auf", "AMAZON.StopIntent")]
    [TestCase("mach schluss jetzt", "AMAZON.StopIntent")]
    [TestCase("so ende der übung", "AMAZON.StopIntent")]
    [TestCase("digga vergiss das", "AMAZON.CancelIntent")]
    [TestCase("schmarrn lass gut sein", "AMAZON.CancelIntent")]
    [TestCase("nimm die frage zurück bitte", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("ich möchte hauptstädte der welt verwenden")]
    [TestCase("boah ey mach mal hauptstädte der welt an")]
    public void Using_the_skill_by_name_opens_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("starte hauptstädte der welt mit der frage nach kuba", "CU")]
    public void A_one_shot_with_the_question_after_the_name_asks_it(string utterance, string id)
    {
        var form = LocalSkill.NluFor(Locale).ParseForm(utterance);
        var result = LocaleNlu.Engine(Locale).Recognize(form.RequestTokens, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(form.Kind, Is.EqualTo(UtteranceKind.OneShot));
            Assert.That(result?.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id));
        });
    }

    [TestCase("digga spiel musik")]
    [TestCase("oida mach das licht an")]
    [TestCase("boah ey")]
    [TestCase("wallah")]
    [TestCase("das ist überhaupt nicht lustig")]
    [TestCase("kurz den timer stellen")]
    [TestCase("dann noch den wecker")]
    [TestCase("mach schluss mit der musik")]
    [TestCase("nimm das licht aus dem wohnzimmer")]
    [TestCase("wie soll ich das essen kochen")]
    [TestCase("wir waren in portugal weißt du wie das wetter dort ist")]
    [TestCase("na geh")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
