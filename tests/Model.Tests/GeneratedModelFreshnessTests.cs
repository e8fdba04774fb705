using WorldCapitals.Cli.Model;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Model.Tests;

public class GeneratedModelFreshnessTests
{
    [Test]
    public void Committed_models_are_byte_for_byte_what_the_generator_writes()
    {
        var files = new InteractionModelGenerator(CapitalsData.Embedded).Generate(Repository.Root);

        var differences = GeneratedFiles.Compare(Repository.Root, files);

        Assert.That(differences, Is.Empty,
            "Run `dotnet run --project lambda/Cli -- model` and commit skill/interactionModels/custom.");
    }

    [Test]
    public void The_generator_writes_one_model_per_shipped_locale()
    {
        var files = new InteractionModelGenerator(CapitalsData.Embedded).Generate(Repository.Root);

        Assert.That(files.Select(file => file.RelativePath),
            Is.EqualTo(Repository.Locales.Select(InteractionModelGenerator.GeneratedPath)));
    }

    [Test]
    public void Generating_twice_gives_the_same_bytes()
    {
        var generator = new InteractionModelGenerator(CapitalsData.Embedded);

        var first = generator.Generate(Repository.Root);
        var second = generator.Generate(Repository.Root);

        Assert.That(second.Select(file => file.Content), Is.EqualTo(first.Select(file => file.Content)));
    }

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Generated_model_is_the_language_model_with_its_samples_plus_the_generated_types(string locale)
    {
        var language = InteractionModel.Load(Repository.LanguagePath(locale));
        var generated = Repository.Generated(locale);

        Assert.Multiple(() =>
        {
            Assert.That(language.Types, Does.Not.ContainKey(InteractionModelGenerator.CountrySlotType));
            Assert.That(language.Types, Does.Not.ContainKey(InteractionModelGenerator.CitySlotType));
            Assert.That(generated.InvocationName, Is.EqualTo(language.InvocationName));
            Assert.That(generated.Intents.Select(intent => (intent.Name, string.Join(',', intent.Slots))),
                Is.EqualTo(language.Intents.Select(intent => (intent.Name, string.Join(',', intent.Slots)))));
            Assert.That(generated.Types.Keys, Is.EquivalentTo(language.Types.Keys.Append(InteractionModelGenerator.CountrySlotType).Append(InteractionModelGenerator.CitySlotType)));
        });
    }

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Generated_file_is_lf_only_with_two_space_indent_and_a_trailing_newline(string locale)
    {
        var text = File.ReadAllText(Repository.GeneratedPath(locale));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("\r"));
            Assert.That(text, Does.EndWith("}\n"));
            Assert.That(text, Does.StartWith("{\n  \"interactionModel\": {\n    \"languageModel\""));
        });
    }
}
