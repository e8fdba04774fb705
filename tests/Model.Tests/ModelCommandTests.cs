using WorldCapitals.Cli;
using WorldCapitals.Cli.Model;

namespace WorldCapitals.Model.Tests;

/// <summary>`capitals model` against a scratch repository holding one authored model.</summary>
public class ModelCommandTests
{
    private ScratchRepository _scratch = null!;

    [SetUp]
    public void CreateScratchRepository()
    {
        _scratch = new ScratchRepository("capitals-model-");
        Directory.CreateDirectory(Path.Combine(_scratch.Root, AuthoredModel.Directory, "en"));
        File.Copy(Repository.LanguagePath("en-US"), LanguagePath);
        File.Copy(Path.Combine(Repository.Root, AuthoredModel.Directory, "en", "en-US.json"), LocalePath("en-US"));
    }

    [TearDown]
    public void DeleteScratchRepository() => _scratch.Dispose();

    private string LanguagePath => Path.Combine(_scratch.Root, AuthoredModel.Directory, "en", AuthoredModel.LanguageFileName);

    private string LocalePath(string locale) => Path.Combine(_scratch.Root, AuthoredModel.Directory, locale[..2], locale + ".json");

    private string GeneratedPath(string locale) => GeneratedFiles.FullPath(_scratch.Root, InteractionModelGenerator.GeneratedPath(locale));

    private int Run(bool check = false, string? root = null, string? currentDirectory = null) =>
        ModelCommand.Run(root, check, currentDirectory ?? _scratch.Root, _scratch.Output, _scratch.Error);

    [Test]
    public void Writes_the_generated_model_and_says_so()
    {
        var exitCode = Run();

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(File.ReadAllBytes(GeneratedPath("en-US")), Is.EqualTo(File.ReadAllBytes(Repository.GeneratedPath("en-US"))));
            Assert.That(_scratch.Output.ToString(), Does.Contain("wrote skill/interactionModels/custom/en-US.json"));
        });
    }

    [Test]
    public void A_second_run_finds_everything_up_to_date()
    {
        Run();
        _scratch.Output.GetStringBuilder().Clear();

        var exitCode = Run();

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(_scratch.Output.ToString(), Does.StartWith("up to date"));
        });
    }

    [Test]
    public void Finds_the_root_by_walking_up_from_a_subfolder()
    {
        var subfolder = Directory.CreateDirectory(Path.Combine(_scratch.Root, "lambda", "Cli")).FullName;

        var exitCode = Run(currentDirectory: subfolder);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(File.Exists(GeneratedPath("en-US")), Is.True);
        });
    }

    [Test]
    public void Check_lists_a_hand_edited_file_exits_non_zero_and_writes_nothing()
    {
        Run();
        File.AppendAllText(GeneratedPath("en-US"), " ");
        var edited = File.ReadAllBytes(GeneratedPath("en-US"));

        var exitCode = Run(check: true);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.OutOfDate));
            Assert.That(_scratch.Error.ToString(), Does.Contain("differs").And.Contain("skill/interactionModels/custom/en-US.json"));
            Assert.That(File.ReadAllBytes(GeneratedPath("en-US")), Is.EqualTo(edited));
        });
    }

    [Test]
    public void Check_lists_missing_and_stale_files_and_a_run_fixes_both()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(GeneratedPath("fr-FR"))!);
        File.WriteAllText(GeneratedPath("fr-FR"), "{}");

        var checkExitCode = Run(check: true);
        var runExitCode = Run();

        Assert.Multiple(() =>
        {
            Assert.That(checkExitCode, Is.EqualTo(ExitCodes.OutOfDate));
            Assert.That(_scratch.Error.ToString(), Does.Contain("(missing): skill/interactionModels/custom/en-US.json"));
            Assert.That(_scratch.Error.ToString(), Does.Contain("skill/interactionModels/custom/fr-FR.json"));
            Assert.That(runExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(File.Exists(GeneratedPath("fr-FR")), Is.False);
            Assert.That(File.Exists(GeneratedPath("en-US")), Is.True);
        });
    }

    [Test]
    public void Outside_a_repository_it_fails_with_one_line()
    {
        var outside = Directory.CreateTempSubdirectory("capitals-outside-").FullName;
        try
        {
            var exitCode = Run(currentDirectory: outside);

            Assert.Multiple(() =>
            {
                Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
                Assert.That(_scratch.Error.ToString().TrimEnd(), Does.StartWith("capitals model: No WorldCapitals.slnx found").And.Not.Contain("\n"));
            });
        }
        finally
        {
            Directory.Delete(outside);
        }
    }

    [Test]
    public void A_root_option_without_the_solution_file_fails()
    {
        var exitCode = Run(root: Path.Combine(_scratch.Root, InteractionModelGenerator.AuthoredDirectory));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(_scratch.Error.ToString(), Does.Contain("is not the repository root"));
        });
    }

    [Test]
    public void No_authored_model_fails()
    {
        File.Delete(LocalePath("en-US"));

        var exitCode = Run();

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(_scratch.Error.ToString(), Does.Contain("No authored interaction model found"));
        });
    }

    [TestCase("{ not json", "is not valid JSON")]
    [TestCase("[]", "is not a JSON object")]
    [TestCase("""{ "interactionModel": {} }""", "no interactionModel.languageModel")]
    [TestCase("""{ "interactionModel": { "languageModel": { "intents": [] } } }""", "invocationName")]
    [TestCase("""{ "interactionModel": { "languageModel": { "invocationName": "world capitals" } } }""", "intents")]
    [TestCase("""{ "interactionModel": { "languageModel": { "invocationName": "world capitals", "intents": [], "types": [ { "name": "COUNTRY", "values": [] } ] } } }""", "declares the COUNTRY type")]
    public void An_invalid_authored_model_fails_naming_the_file_and_the_problem(string json, string problem)
    {
        File.WriteAllText(LanguagePath, json);

        var exitCode = Run();

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(_scratch.Error.ToString(), Does.Contain("interactionModel/en/language.json is not a valid interaction model").And.Contain(problem));
            Assert.That(File.Exists(GeneratedPath("en-US")), Is.False);
        });
    }

    [Test]
    public void Other_authored_slot_types_are_kept_and_the_generated_types_are_added()
    {
        File.WriteAllText(LanguagePath, """
            { "interactionModel": { "languageModel": { "invocationName": "world capitals", "intents": [],
              "types": [ { "name": "CONTINENT", "values": [ { "name": { "value": "Africa" } } ] } ] } } }
            """);

        Run();
        var model = InteractionModel.Load(GeneratedPath("en-US"));

        Assert.That(model.Types.Keys, Is.EqualTo(new[] { "CONTINENT", "COUNTRY", "CAPITAL_CITY" }));
    }

    private const string SmallLanguage = """
        { "interactionModel": { "languageModel": { "invocationName": "world capitals",
            "intents": [ { "name": "CapitalIntent", "slots": [ { "name": "country", "type": "COUNTRY" } ], "samples": [] },
                         { "name": "AMAZON.HelpIntent", "samples": [] } ] } },
          "grammar": { "lists": { "lead": ["so", "um"] },
                       "templates": { "CapitalIntent": ["[<lead>] what is the capital of {country}"] } } }
        """;

    private IReadOnlyList<string> CapitalSamples(string locale) =>
        InteractionModel.Load(GeneratedPath(locale)).Intent("CapitalIntent").Samples;

    [Test]
    public void A_language_phrase_reaches_every_locale_and_a_locale_phrase_only_its_own()
    {
        File.WriteAllText(LanguagePath, SmallLanguage);
        File.WriteAllText(LocalePath("en-US"), "{}");
        File.WriteAllText(LocalePath("en-GB"), """
            { "lists": { "lead": { "add": ["right"], "remove": ["um"] } },
              "templates": { "CapitalIntent": { "add": ["have you got the capital of {country}"] } } }
            """);

        var exitCode = Run();

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), _scratch.Error.ToString());
            Assert.That(CapitalSamples("en-US"), Is.EqualTo(new[]
            {
                "what is the capital of {country}", "so what is the capital of {country}", "um what is the capital of {country}",
            }));
            Assert.That(CapitalSamples("en-GB"), Is.EqualTo(new[]
            {
                "what is the capital of {country}", "so what is the capital of {country}", "right what is the capital of {country}",
                "have you got the capital of {country}",
            }));
            Assert.That(InteractionModel.Load(GeneratedPath("en-GB")).Intent("AMAZON.HelpIntent").Samples, Is.Empty);
        });
    }

    [Test]
    public void A_locale_can_have_its_own_invocation_name()
    {
        File.WriteAllText(LanguagePath, SmallLanguage);
        File.WriteAllText(LocalePath("en-US"), """{ "invocationName": "capital cities" }""");

        Run();

        Assert.That(InteractionModel.Load(GeneratedPath("en-US")).InvocationName, Is.EqualTo("capital cities"));
    }

    [TestCase("""{ "lists": { "lead": { "remove": ["hey"] } } }""", "removes \"hey\" from list <lead>, which does not have it")]
    [TestCase("""{ "lists": { "lead": { "add": ["so"] } } }""", "adds \"so\" to list <lead>, which already has it")]
    [TestCase("""{ "templates": { "CapitalIntent": { "remove": ["capital of {country}"] } } }""", "from the CapitalIntent templates, which does not have it")]
    [TestCase("""{ "lists": { "lead": ["right"] } }""", "lists.lead is not an object with only \"add\" and \"remove\"")]
    [TestCase("""{ "samples": [] }""", "unknown key \"samples\"")]
    [TestCase("""{ "invocationName": 3 }""", "invocationName is not a string")]
    [TestCase("[]", "is not a JSON object")]
    public void An_invalid_locale_file_fails_naming_it_and_the_problem(string json, string problem)
    {
        File.WriteAllText(LanguagePath, SmallLanguage);
        File.WriteAllText(LocalePath("en-US"), json);

        var exitCode = Run();

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(_scratch.Error.ToString(), Does.Contain("interactionModel/en/en-US.json is not a valid locale differences file").And.Contain(problem));
            Assert.That(_scratch.Error.ToString().TrimEnd(), Does.Not.Contain("\n"));
        });
    }

    [TestCase("""{ "templates": { "CapitalIntent": { "add": ["what is the capital of <place>"] } } }""", "unknown list <place>")]
    [TestCase("""{ "templates": { "CapitalIntent": { "add": ["what is the capital of {city}"] } } }""", "{city} is not a slot of this intent")]
    [TestCase("""{ "templates": { "TravelIntent": { "add": ["fly to {country}"] } } }""", "templates for TravelIntent, which is not an intent of the model")]
    [TestCase("""{ "templates": { "AMAZON.HelpIntent": { "add": ["what is the capital of [so]"] } } }""", "\"what is the capital of\" is in both CapitalIntent and AMAZON.HelpIntent")]
    public void A_grammar_error_after_the_merge_names_both_files_and_the_problem(string localeJson, string problem)
    {
        File.WriteAllText(LanguagePath, SmallLanguage.Replace("[<lead>] what is the capital of {country}", "[<lead>] what is the capital of [{country}]", StringComparison.Ordinal));
        File.WriteAllText(LocalePath("en-US"), localeJson);

        var exitCode = Run();

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(_scratch.Error.ToString(), Does.Contain("interactionModel/en/language.json with interactionModel/en/en-US.json").And.Contain(problem));
        });
    }

    [Test]
    public void A_malformed_grammar_section_fails_naming_the_language_file()
    {
        File.WriteAllText(LanguagePath, SmallLanguage.Replace("\"lead\": [\"so\", \"um\"]", "\"lead\": \"so\"", StringComparison.Ordinal));

        var exitCode = Run();

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(_scratch.Error.ToString(), Does.Contain("interactionModel/en/language.json is not a valid interaction model: grammar.lists.lead is not an array of strings"));
        });
    }

    [Test]
    public void A_locale_file_in_the_old_one_file_per_locale_place_fails_with_one_line()
    {
        File.WriteAllText(Path.Combine(_scratch.Root, AuthoredModel.Directory, "en-US.json"), "{}");

        var exitCode = Run();

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(_scratch.Error.ToString().TrimEnd(), Does.Contain("interactionModel/en-US.json is in the old layout").And.Not.Contain("\n"));
        });
    }

    [Test]
    public void Locale_files_without_their_language_file_fail()
    {
        File.Delete(LanguagePath);

        var exitCode = Run();

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(_scratch.Error.ToString(), Does.Contain("interactionModel/en has locale files but no language.json"));
        });
    }
}
