using System.CommandLine;
using WorldCapitals.Cli.DynamoDb;

namespace WorldCapitals.DynamoDb.Tests.Support;

/// <summary>Runs the `capitals` import and diff commands as a user types them, capturing what they print.</summary>
internal static class CapitalsCli
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand { ImportCommand.Create(), DiffCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
