using WorldCapitals.Capitals.DynamoDb;
using WorldCapitals.Simulator;
using WorldCapitals.Simulator.Transport;
using WorldCapitals.Skill;

namespace WorldCapitals.Cli.Simulator;

/// <summary>
/// The skill in this process, configured from the environment the way the hosts configure it: the skill ID from
/// SKILL_ID (<see cref="SkillIdentity"/>), and with CAPITALS_TABLE set the capital facts from that DynamoDB table
/// through the hosts' own <see cref="CapitalDirectoryFactory"/> (region, endpoint and credentials from the AWS SDK's
/// standard settings), the embedded data as the fallback. So an operator can check a table edit locally.
/// </summary>
internal static class HostConfiguredSkill
{
    /// <param name="verify">The skill-ID and timestamp checks; off for captured envelopes.</param>
    /// <param name="diagnostics">Where the DynamoDB directory's warnings (a fallback to the embedded data and why) go.</param>
    /// <exception cref="CliException">CAPITALS_TABLE is set but the AWS SDK settings cannot make a client (e.g. no region).</exception>
    public static InProcessSkillTransport Create(bool verify, TextWriter diagnostics)
    {
        DynamoDbCapitalDirectory? directory;
        // The directory takes its logger from the factory when it is built; the logger works on after the factory is gone.
        using var loggerFactory = new TextWriterLoggerFactory(diagnostics);
        try
        {
            directory = CapitalDirectoryFactory.FromEnvironment(loggerFactory);
        }
        catch (Amazon.Runtime.AmazonClientException exception)
        {
            throw new CliException(
                $"{CapitalsTable.TableVariable} is set but no DynamoDB client can be made: {exception.Message} "
                + "(set AWS_REGION, or unset CAPITALS_TABLE for the embedded data)", exception);
        }
        // The skill's own log stays off: the commands already print a rejection or failure as their one error line.
        return new InProcessSkillTransport(CapitalsSkillFactory.Create(
            new SkillSettings { SkillId = SkillIdentity.Current(), VerifySkillId = verify, VerifyTimestamp = verify },
            TimeProvider.System,
            loggerFactory: null,
            directory));
    }
}
