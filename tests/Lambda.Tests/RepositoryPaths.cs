namespace WorldCapitals.Lambda.Tests;

/// <summary>Files of the repository the tests check (the build hook, the CloudFormation template).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string BuildHook => Path.Combine(Root, "hooks", "build.sh");

    public static string SkillStackTemplate => Path.Combine(Root, "infrastructure", "cfn-deployer", "skill-stack.yaml");

    public static string AskResources => Path.Combine(Root, "ask-resources.json");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WorldCapitals.slnx")))
                return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (with WorldCapitals.slnx) is not above the test directory.");
    }
}
