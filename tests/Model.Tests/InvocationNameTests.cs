namespace WorldCapitals.Model.Tests;

public class InvocationNameTests
{
    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Invocation_name_follows_amazons_rules(string locale)
    {
        var name = Repository.Generated(locale).InvocationName;

        Assert.That(InvocationNameRules.Violations(name, WorldCapitals.Skill.Capitals.Country.Language(locale)), Is.Empty, name);
    }

    [Test]
    public void Every_locale_of_a_language_uses_the_same_invocation_name_and_english_says_world_capitals()
    {
        var names = Repository.Locales
            .GroupBy(WorldCapitals.Skill.Capitals.Country.Language)
            .ToDictionary(group => group.Key, group => group.Select(locale => Repository.Generated(locale).InvocationName).Distinct().ToList());

        Assert.Multiple(() =>
        {
            foreach (var (language, invocationNames) in names)
                Assert.That(invocationNames, Has.Count.EqualTo(1), language);
            Assert.That(names["en"], Is.EqualTo(new[] { "world capitals" }));
        });
    }

    [TestCase("capitales du monde", "fr")]
    [TestCase("l'atlas des capitales", "fr")]
    [TestCase("welthauptstädte quiz", "de")]
    [TestCase("せかいのしゅと", "ja")]
    [TestCase("世界の首都", "ja")]
    [TestCase("विश्व राजधानियाँ", "hi")]
    [TestCase("عواصم العالم", "ar")]
    public void Rules_accept_valid_names_in_other_languages(string name, string language) =>
        Assert.That(InvocationNameRules.Violations(name, language), Is.Empty);

    [TestCase("Capitales du monde", "fr", Description = "upper case")]
    [TestCase("capitales", "fr", Description = "one word")]
    [TestCase("首", "ja", Description = "one character")]
    [TestCase("アレクサ首都", "ja", Description = "wake word")]
    [TestCase("alexa hauptstädte", "de", Description = "wake word")]
    [TestCase("عواصم 2", "ar", Description = "digit")]
    public void Rules_reject_invalid_names_in_other_languages(string name, string language) =>
        Assert.That(InvocationNameRules.Violations(name, language), Is.Not.Empty);

    [TestCase("world capitals")]
    [TestCase("sam's science trivia")]
    [TestCase("a. b. c. quiz")]
    [TestCase("the capital of everything")]
    public void Rules_accept_valid_names(string name) =>
        Assert.That(InvocationNameRules.Violations(name), Is.Empty);

    [TestCase("capitals", Description = "one word")]
    [TestCase("World Capitals", Description = "upper case")]
    [TestCase("world capitals 2", Description = "digit")]
    [TestCase("world-capitals quiz", Description = "hyphen")]
    [TestCase("world  capitals", Description = "double space")]
    [TestCase("capitals' quiz", Description = "apostrophe that is not possessive")]
    [TestCase("ask world capitals", Description = "launch phrase")]
    [TestCase("alexa capitals", Description = "wake word")]
    [TestCase("capitals skill", Description = "skill")]
    [TestCase("capitals app", Description = "app")]
    [TestCase("the capitals", Description = "two words with an article")]
    [TestCase("capitals of", Description = "two words with a preposition")]
    public void Rules_reject_invalid_names(string name) =>
        Assert.That(InvocationNameRules.Violations(name), Is.Not.Empty);
}
