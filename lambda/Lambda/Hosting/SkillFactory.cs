using Microsoft.Extensions.Logging;
using WorldCapitals.Capitals.DynamoDb;
using WorldCapitals.Lambda.Configuration;
using WorldCapitals.Skill;
using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Lambda.Hosting;

/// <summary>Builds the skill this host serves from the host's configuration.</summary>
internal static class SkillFactory
{
    public static InvocationHandler CreateHandler(LambdaConfiguration configuration, ILoggerFactory loggerFactory)
    {
        var skill = CreateSkill(configuration, loggerFactory);
        return skill.InvokeAsync;
    }

    public static SkillEntryPoint CreateSkill(LambdaConfiguration configuration, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = new SkillSettings
        {
            SkillId = configuration.SkillId,
            VerifySkillId = configuration.VerifySkillId,
            VerifyTimestamp = true,
        };
        // CAPITALS_TABLE unset: the embedded capitals only; set: DynamoDB first, the embedded data as the fallback.
        var directory = CapitalDirectoryFactory.ForTable(configuration.CapitalsTable, loggerFactory);
        return CapitalsSkillFactory.Create(settings, TimeProvider.System, loggerFactory, directory);
    }
}
