using WorldCapitals.Cli;
using WorldCapitals.Cli.Model;
using WorldCapitals.Cli.Simulator;
using WorldCapitals.Simulator.Model;
using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Cli;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>
/// A new language through the whole pipeline, with the test-only pilot models of tests/Fixtures/Pilot (Japanese: no
/// spaces, its own script; French: articles and elisions): `capitals model` generates their models with the data's
/// names in the language, the simulator reads their utterances, and `capitals ask --locale` answers end to end.
/// </summary>
public class PilotLanguageTests
{
    private static readonly string Fixtures = Path.Combine(Repository.Root, "tests", "Fixtures", "Pilot");

    private string _root = null!;

    [OneTimeSetUp]
    public void GenerateThePilotModels()
    {
        _root = Directory.CreateTempSubdirectory("capitals-pilot-").FullName;
        File.WriteAllText(Path.Combine(_root, "WorldCapitals.slnx"), "<Solution />\n");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Fixtures, AuthoredModel.Directory), "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(Fixtures, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.That(ModelCommand.Run(_root, check: false, _root, output, error), Is.EqualTo(ExitCodes.Success), error.ToString());
    }

    [OneTimeTearDown]
    public void DeleteTheScratchRepository() => Directory.Delete(_root, recursive: true);

    private InteractionModel Model(string locale) => InteractionModelLoader.LoadFile(InteractionModelLoader.PathFor(_root, locale), locale);

    private NluEngine Nlu(string locale) =>
        new(Model(locale), NluLexicon.Parse(File.OpenRead(Path.Combine(Fixtures, $"NluLexicon.{locale[..2]}.json"))));

    [Test]
    public void The_generated_model_has_the_places_and_capitals_as_the_language_writes_them()
    {
        var japanese = Model("ja-JP");
        var countries = japanese.Types.Single(type => type.Name == InteractionModelGenerator.CountrySlotType).Values;

        Assert.Multiple(() =>
        {
            Assert.That(countries.Single(value => value.Id == "FR").Name, Is.EqualTo("フランス"));
            Assert.That(countries.Single(value => value.Id == "JP").Name, Is.EqualTo("日本"));
            Assert.That(japanese.FindIntent("CapitalIntent")!.Samples, Does.Contain("{country}の首都はどこ"));
            Assert.That(Model("fr-FR").FindIntent("CapitalIntent")!.Samples, Does.Contain("quelle est la capitale d' {country}"));
        });
    }

    [TestCase("フランスの首都はどこ", "フランス", "FR")]
    [TestCase("フランスの首都はどこですか？", "フランス", "FR")]
    [TestCase("ﾌﾗﾝｽの首都はどこ", "ﾌﾗﾝｽ", "FR", Description = "half-width katakana")]
    [TestCase("南アフリカの首都を教えて", "南アフリカ", "ZA")]
    [TestCase("日本の首都はなに", "日本", "JP")]
    [TestCase("フランス", "フランス", "FR")]
    [TestCase("あのフランスの首都はどこ", "フランス", "FR", Description = "a filler of two characters")]
    [TestCase("えーと日本の首都を教えて", "日本", "JP")]
    public void Japanese_without_spaces_captures_the_place(string utterance, string value, string id) =>
        AssertCapitalQuestion("ja-JP", utterance, value, id);

    [TestCase("quelle est la capitale de la France", "France", "FR")]
    [TestCase("quelle est la capitale du Japon", "Japon", "JP")]
    [TestCase("Quelle est la capitale d’Israël ?", "Israël", "IL")]
    [TestCase("c'est quoi la capitale des États-Unis", "États-Unis", "US")]
    public void French_reads_the_place_after_its_article_or_elision(string utterance, string value, string id) =>
        AssertCapitalQuestion("fr-FR", utterance, value, id);

    private void AssertCapitalQuestion(string locale, string utterance, string value, string id)
    {
        var interpretation = Nlu(locale).Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(interpretation?.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(interpretation?.Slot("country")?.Value, Is.EqualTo(value));
            Assert.That(interpretation?.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id));
        });
    }

    [TestCase("ja-JP", "アレクサ、せかいのしゅとを開いて", UtteranceKind.Launch, "")]
    [TestCase("ja-JP", "せかいのしゅとでフランスの首都はどこ", UtteranceKind.OneShot, "フランスの首都はどこ")]
    [TestCase("fr-FR", "Alexa, ouvre capitales du monde", UtteranceKind.Launch, "")]
    [TestCase("fr-FR", "Alexa, demande à capitales du monde quelle est la capitale du Japon", UtteranceKind.OneShot, "quelle est la capitale du Japon")]
    public void The_launch_phrases_are_the_languages(string locale, string utterance, UtteranceKind kind, string request)
    {
        var form = Nlu(locale).ParseForm(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(form.Kind, Is.EqualTo(kind));
            Assert.That(form.RequestTokens.Count == 0 ? "" : utterance[form.RequestTokens[0].Start..form.RequestTokens[^1].End], Is.EqualTo(request));
        });
    }

    [Test]
    public async Task Capitals_ask_answers_a_japanese_question_end_to_end()
    {
        var (exitCode, output, error) = await AskCommandTests.Ask(new AskRequest("フランスの首都はどこ", null, Json: false, Locale: "ja-JP", Root: _root));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
            Assert.That(output, Does.StartWith("Alexa: ").And.Contain("フランス"));
        });
    }
}
