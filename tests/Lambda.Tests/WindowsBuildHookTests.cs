namespace WorldCapitals.Lambda.Tests;

/// <summary>
/// On Windows outside WSL the ASK CLI runs hooks/build.ps1 instead of hooks/build.sh; without it, it would zip the C#
/// source as the Lambda code. The script must only fail, saying to deploy from Linux or WSL2. (PowerShell is not on
/// the test machines, so this reads the script instead of running it.)
/// </summary>
public sealed class WindowsBuildHookTests
{
    private static string Script => Path.Combine(RepositoryPaths.Root, "hooks", "build.ps1");

    [Test]
    public void The_windows_hook_does_nothing_but_fail_with_where_to_deploy_instead()
    {
        var statements = File.ReadAllLines(Script)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();

        Assert.That(statements, Has.Count.EqualTo(1), "one statement: the throw");
        Assert.That(statements[0], Does.StartWith("throw \"hooks/build.ps1: "));
        Assert.That(statements[0], Does.Contain("Linux").And.Contain("WSL2").And.Contain("docs/DEPLOY.md"));
    }
}
