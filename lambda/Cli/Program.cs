using System.CommandLine;
using WorldCapitals.Cli.Data;
using WorldCapitals.Cli.DynamoDb;
using WorldCapitals.Cli.Eval;
using WorldCapitals.Cli.Model;
using WorldCapitals.Cli.Simulator;

// One line per command; each command lives in its own folder.
var root = new RootCommand("World Capitals developer tools: generate the interaction models, talk to the skill locally.");
root.Subcommands.Add(AskCommand.Create());
root.Subcommands.Add(ChatCommand.Create());
root.Subcommands.Add(InvokeCommand.Create());
root.Subcommands.Add(ModelCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(DiffCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(CompactDataCommand.Create());
return await root.Parse(args).InvokeAsync();
