using WorldCapitals.Simulator;
using WorldCapitals.Simulator.Conversations;
using WorldCapitals.Simulator.Envelopes;
using WorldCapitals.Simulator.Model;
using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Transport;

namespace WorldCapitals.Cli.Simulator;

/// <summary>Builds what a simulator command talks through: the NLU from the locale's model, the envelope
/// factory, and the skill (in this process, with every check on and the hosts' configuration, or a running endpoint).</summary>
internal sealed class SimulatorSetup
{
    private SimulatorSetup(NluEngine nlu, EnvelopeFactory envelopes, ISkillTransport skill, string target)
    {
        Nlu = nlu;
        Envelopes = envelopes;
        Skill = skill;
        Target = target;
    }

    public NluEngine Nlu { get; }

    public EnvelopeFactory Envelopes { get; }

    public ISkillTransport Skill { get; }

    /// <summary>"in process" or the endpoint URL, for messages.</summary>
    public string Target { get; }

    /// <param name="diagnostics">Where the in-process skill's warnings go; standard error when null.</param>
    /// <exception cref="CliException">No repository, no model for the locale, a bad endpoint, an unusable CAPITALS_TABLE setting.</exception>
    public static SimulatorSetup Create(string? root, string locale, string? endpoint, string currentDirectory, TextWriter? diagnostics = null)
    {
        var endpointUri = SimulatorOptions.ParseEndpoint(endpoint);
        var repositoryRoot = RepositoryRoot.Find(root, currentDirectory);
        var model = LoadModel(repositoryRoot, locale);
        ISkillTransport skill = endpointUri is null ? HostConfiguredSkill.Create(verify: true, diagnostics ?? Console.Error) : HttpSkillTransport.Create(endpointUri);
        return new SimulatorSetup(
            new NluEngine(model),
            new EnvelopeFactory(SkillIdentity.Current(), locale, TimeProvider.System),
            skill,
            endpointUri?.ToString() ?? "in process");
    }

    public Conversation NewConversation() => new(Nlu, Envelopes, Skill);

    private static InteractionModel LoadModel(string repositoryRoot, string locale)
    {
        var path = InteractionModelLoader.PathFor(repositoryRoot, locale);
        try
        {
            return InteractionModelLoader.LoadFile(path, locale);
        }
        catch (InteractionModelException exception) when (!File.Exists(path))
        {
            var directory = Path.GetDirectoryName(path)!;
            var available = Directory.Exists(directory)
                ? string.Join(", ", Directory.GetFiles(directory, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal))
                : "";
            throw new CliException(exception.Message + (available.Length > 0 ? $" (available: {available})" : ""), exception);
        }
        catch (InteractionModelException exception)
        {
            throw new CliException(exception.Message, exception);
        }
    }
}
