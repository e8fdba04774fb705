namespace WorldCapitals.Model.Tests;

public class InvocationNameTests
{
    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Invocation_name_follows_amazons_rules(string locale)
    {
        var name = Repository.Generated(locale).InvocationName;

        Assert.That(InvocationNameRules.Violations(name), Is.Empty, name);
    }

    [Test]
    public void Every_locale_uses_the_same_invocation_name()
    {
        var names = Repository.Locales.Select(locale => Repository.Generated(locale).InvocationName).Distinct();

        Assert.That(names, Is.EqualTo(new[] { "world capitals" }));
    }

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
