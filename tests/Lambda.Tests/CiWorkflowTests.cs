using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace WorldCapitals.Lambda.Tests;

/// <summary>.github/workflows/ci.yml and .ci/run: least privileges, actions pinned by commit, the benchmarks built,
/// and the Node.js that .ci/run promises is the one the tests accept.</summary>
public sealed partial class CiWorkflowTests
{
    private static string WorkflowPath => Path.Combine(RepositoryPaths.Root, ".github", "workflows", "ci.yml");

    private static string CiRunPath => Path.Combine(RepositoryPaths.Root, ".ci", "run");

    [Test]
    public void The_workflow_grants_no_token_rights_by_default_and_each_job_only_reads_the_contents()
    {
        var workflow = LoadWorkflow();
        var jobs = (YamlMappingNode)workflow.Children["jobs"];

        Assert.That(workflow.Children["permissions"], Is.InstanceOf<YamlMappingNode>().And.Property("Children").Empty);
        foreach (var (name, job) in jobs.Children)
        {
            var permissions = (YamlMappingNode)((YamlMappingNode)job).Children["permissions"];
            Assert.That(permissions.Children.ToDictionary(pair => pair.Key.ToString(), pair => pair.Value.ToString()),
                Is.EqualTo(new Dictionary<string, string> { ["contents"] = "read" }), $"job {name}");
        }
    }

    [Test]
    public void Every_action_is_pinned_by_a_full_commit_sha()
    {
        var uses = File.ReadAllLines(WorkflowPath).Select(line => UsesLine().Match(line)).Where(match => match.Success).ToList();

        Assert.That(uses, Is.Not.Empty);
        Assert.That(uses.Select(match => match.Groups["ref"].Value), Is.All.Matches<string>(PinnedSha().IsMatch));
    }

    [Test]
    public void The_test_job_runs_ci_run_and_the_bench_job_builds_every_benchmark_project()
    {
        var jobs = (YamlMappingNode)LoadWorkflow().Children["jobs"];

        Assert.That(Commands(jobs, "test"), Has.Some.EqualTo(".ci/run"));
        Assert.That(Commands(jobs, "bench"), Has.Some.Contains("for project in bench/*/*.csproj").And.Contains("dotnet build \"$project\""));
        Assert.That(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "bench"), "*.csproj", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Path.Combine(RepositoryPaths.Root, "bench"), path).Split(Path.DirectorySeparatorChar).Length),
            Is.All.EqualTo(2), "every benchmark project is at bench/<name>/<name>.csproj, where the loop finds it");
    }

    [Test]
    public void Ci_run_promises_the_Node_js_the_tests_require()
    {
        var script = File.ReadAllText(CiRunPath);

        Assert.That(script, Does.Contain($"Node.js {NodeTools.MinimumNodeMajor}+"));
        Assert.That(NodeMajors().Matches(script).Select(match => match.Groups[1].Value).Distinct(),
            Is.EqualTo(new[] { NodeTools.MinimumNodeMajor.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
    }

    private static YamlMappingNode LoadWorkflow()
    {
        using var reader = new StreamReader(WorkflowPath);
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static IEnumerable<string> Commands(YamlMappingNode jobs, string job) =>
        ((YamlSequenceNode)((YamlMappingNode)jobs.Children[job]).Children["steps"]).Children
            .Cast<YamlMappingNode>()
            .Where(step => step.Children.ContainsKey("run"))
            .Select(step => step.Children["run"].ToString().Trim());

    [GeneratedRegex(@"^\s*-?\s*uses:\s*[^@\s]+@(?<ref>\S+)")]
    private static partial Regex UsesLine();

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex PinnedSha();

    [GeneratedRegex(@"Node\.js (\d+)\+")]
    private static partial Regex NodeMajors();
}
