using Microsoft.Extensions.Logging;
using WorldCapitals.Lambda.Configuration;

namespace WorldCapitals.Lambda.Tests;

[TestFixture]
public sealed class LambdaConfigurationTests
{
    [Test]
    public void Reads_the_skill_id_log_level_and_capitals_table()
    {
        // Arrange
        var environment = new InMemoryEnvironment(new Dictionary<string, string?>
        {
            [LambdaNames.SkillIdVariable] = " amzn1.ask.skill.abc ",
            [LambdaNames.LogLevelVariable] = "debug",
            [LambdaNames.CapitalsTableVariable] = "capitals",
        });

        // Act
        var configuration = LambdaConfiguration.Read(environment);

        // Assert
        Assert.That(configuration, Is.EqualTo(new LambdaConfiguration("amzn1.ask.skill.abc", true, LogLevel.Debug, "capitals")));
    }

    [TestCase(null, LogLevel.Information)]
    [TestCase("INFO", LogLevel.Information)]
    [TestCase("Warning", LogLevel.Warning)]
    [TestCase("WARN", LogLevel.Warning)]
    [TestCase("error", LogLevel.Error)]
    public void Accepts_dotnet_and_AWS_spellings_of_the_log_level(string? value, LogLevel expected)
    {
        // Arrange
        var environment = new InMemoryEnvironment(new Dictionary<string, string?>
        {
            [LambdaNames.SkillIdVariable] = "amzn1.ask.skill.abc",
            [LambdaNames.LogLevelVariable] = value,
        });

        // Act
        var configuration = LambdaConfiguration.Read(environment);

        // Assert
        Assert.That(configuration.LogLevel, Is.EqualTo(expected));
    }

    [TestCase(LambdaNames.LogLevelVariable, "loud")]
    [TestCase(LambdaNames.SkillIdVerificationVariable, "off")]
    public void Refuses_a_value_it_does_not_know(string name, string value)
    {
        // Arrange
        var environment = new InMemoryEnvironment(new Dictionary<string, string?>
        {
            [LambdaNames.SkillIdVariable] = "amzn1.ask.skill.abc",
            [name] = value,
        });

        // Act and Assert
        Assert.That(() => LambdaConfiguration.Read(environment), Throws.TypeOf<ConfigurationException>().With.Message.Contains(name));
    }

    [Test]
    public void Needs_no_skill_id_when_verification_is_disabled()
    {
        // Arrange
        var environment = new InMemoryEnvironment(new Dictionary<string, string?>
        {
            [LambdaNames.SkillIdVerificationVariable] = "DISABLED",
        });

        // Act
        var configuration = LambdaConfiguration.Read(environment);

        // Assert
        Assert.That(configuration.VerifySkillId, Is.False);
        Assert.That(configuration.SkillId, Is.Null);
    }
}
