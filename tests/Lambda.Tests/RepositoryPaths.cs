namespace WorldCapitals.Lambda.Tests;

/// <summary>Files of the repository the tests check (the build hook, the CloudFormation template).</summary>
internal static class RepositoryPaths
{
    public static string Root => Repository.Root;

    public static string BuildHook => Path.Combine(Root, "hooks", "build.sh");

    public static string SkillStackTemplate => Path.Combine(Root, "infrastructure", "cfn-deployer", "skill-stack.yaml");

    public static string AskResources => Path.Combine(Root, "ask-resources.json");
}
