using System.CommandLine;
using WorldCapitals.Cli.Model;
using WorldCapitals.Cli.Simulator;

namespace WorldCapitals.Simulator.Tests.Cli;

public class HelpTests
{
    private static readonly Func<Command>[] Commands = [AskCommand.Create, ChatCommand.Create, InvokeCommand.Create, ModelCommand.Create];

    [TestCase("ask", "--file", "--json", "--locale", "--endpoint")]
    [TestCase("chat", "--locale", "--endpoint", "/help")]
    [TestCase("invoke", "--strict", "--endpoint")]
    [TestCase("model", "--check")]
    public async Task Every_command_has_help(string name, params string[] mentions)
    {
        var root = new RootCommand("test");
        foreach (var create in Commands)
            root.Subcommands.Add(create());
        using var output = new StringWriter();

        var exitCode = await root.Parse([name, "--help"]).InvokeAsync(new InvocationConfiguration { Output = output });

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(output.ToString(), Does.Contain($"Usage:"));
            foreach (var mention in mentions)
                Assert.That(output.ToString(), Does.Contain(mention));
            if (name != "model")
                Assert.That(output.ToString(), Does.Contain("Exit codes: 0 answered"));
        });
    }
}
