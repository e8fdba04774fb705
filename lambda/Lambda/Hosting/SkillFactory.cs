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
        // The loop runs one invocation at a time and has posted the response and logged the summary before it asks for
        // the next event: one workspace (response buffer, handler input, builder, summary) serves every invocation.
        var workspace = new InvocationWorkspace();
        return (body, cancellationToken) => skill.InvokeAsync(body, workspace, cancellationToken);
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
