using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace WorldCapitals.Lambda.Tests;

/// <summary>infrastructure/cfn-deployer/skill-stack.yaml against the ASK CLI cfn-deployer's contract.</summary>
[TestFixture]
public sealed class SkillStackTemplateTests
{
    private static readonly string[] AskCliParameters = ["SkillId", "LambdaRuntime", "LambdaHandler", "CodeBucket", "CodeKey", "CodeVersion"];

    private YamlMappingNode _template = null!;

    [OneTimeSetUp]
    public void LoadTemplate()
    {
        // The representation model keeps CloudFormation's short-form tags (!Ref, !GetAtt, ...) on the nodes.
        using var reader = new StreamReader(RepositoryPaths.SkillStackTemplate);
        var stream = new YamlStream();
        stream.Load(reader);
        _template = (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    [Test]
    public void Declares_every_parameter_the_ASK_CLI_passes()
    {
        // Act
        var parameters = Mapping(_template, "Parameters").Children.Keys.Select(key => ((YamlScalarNode)key).Value);

        // Assert
        Assert.That(parameters, Is.SupersetOf(AskCliParameters));
    }

    [Test]
    public void Binds_the_Alexa_Skills_Kit_permission_to_the_skill_id()
    {
        // Act
        var permission = Properties(ResourceOfType("AWS::Lambda::Permission"));

        // Assert
        Assert.That(Scalar(permission, "Principal").Value, Is.EqualTo("alexa-appkit.amazon.com"));
        Assert.That(Scalar(permission, "Action").Value, Is.EqualTo("lambda:InvokeFunction"));
        var token = Scalar(permission, "EventSourceToken");
        Assert.That(token.Tag.Value, Is.EqualTo("!Ref"));
        Assert.That(token.Value, Is.EqualTo("SkillId"));
    }

    [Test]
    public void Outputs_the_functions_ARN_as_SkillEndpoint()
    {
        // Arrange
        var functionName = ResourceNameOfType("AWS::Lambda::Function");

        // Act
        var endpoint = Scalar(Mapping(Mapping(_template, "Outputs"), "SkillEndpoint"), "Value");

        // Assert
        Assert.That(endpoint.Tag.Value, Is.EqualTo("!GetAtt"));
        Assert.That(endpoint.Value, Is.EqualTo($"{functionName}.Arn"));
    }

    [Test]
    public void Runs_the_function_as_the_ASK_CLI_asks_within_Alexas_eight_seconds()
    {
        // Act
        var function = Properties(ResourceOfType("AWS::Lambda::Function"));

        // Assert
        Assert.That(Scalar(function, "Runtime").Value, Is.EqualTo("LambdaRuntime"));
        Assert.That(Scalar(function, "Handler").Value, Is.EqualTo("LambdaHandler"));
        Assert.That(((YamlSequenceNode)function.Children["Architectures"]).Children.Select(node => ((YamlScalarNode)node).Value), Is.EqualTo(new[] { "x86_64" }));
        Assert.That(int.Parse(Scalar(function, "Timeout").Value!, System.Globalization.CultureInfo.InvariantCulture), Is.LessThan(8));
        var code = Mapping(function, "Code");
        Assert.That(new[] { "CodeBucket", "CodeKey", "CodeVersion" }, Is.EqualTo(code.Children.Values.Select(node => ((YamlScalarNode)node).Value)));
        Assert.That(Scalar(Mapping(Mapping(function, "Environment"), "Variables"), "SKILL_ID").Value, Is.EqualTo("SkillId"));
    }

    [Test]
    public void Defaults_to_the_Native_AOT_bootstrap_on_provided_al2023()
    {
        // Arrange
        var parameters = Mapping(_template, "Parameters");
        using var askResources = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.AskResources));
        var infrastructure = askResources.RootElement.GetProperty("profiles").GetProperty("default").GetProperty("skillInfrastructure");
        var userConfig = infrastructure.GetProperty("userConfig");

        // Act and Assert
        Assert.That(Scalar(Mapping(parameters, "LambdaRuntime"), "Default").Value, Is.EqualTo("provided.al2023"));
        Assert.That(Scalar(Mapping(parameters, "LambdaHandler"), "Default").Value, Is.EqualTo("bootstrap"));
        Assert.That(infrastructure.GetProperty("type").GetString(), Is.EqualTo("@ask-cli/cfn-deployer"));
        Assert.That(userConfig.GetProperty("runtime").GetString(), Is.EqualTo("provided.al2023"));
        Assert.That(userConfig.GetProperty("handler").GetString(), Is.EqualTo("bootstrap"));
        var templatePath = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, userConfig.GetProperty("templatePath").GetString()!));
        Assert.That(templatePath, Is.EqualTo(RepositoryPaths.SkillStackTemplate));
    }

    [Test]
    public void Gives_the_function_a_role_that_may_only_write_logs()
    {
        // Act
        var role = Properties(ResourceOfType("AWS::IAM::Role"));
        var actions = ((YamlSequenceNode)role.Children["Policies"]).Children
            .SelectMany(policy => ((YamlSequenceNode)Mapping((YamlMappingNode)policy, "PolicyDocument").Children["Statement"]).Children)
            .SelectMany(statement => ((YamlSequenceNode)((YamlMappingNode)statement).Children["Action"]).Children)
            .Select(action => ((YamlScalarNode)action).Value);

        // Assert
        Assert.That(actions, Is.Not.Empty.And.All.StartWith("logs:"));
        Assert.That(role.Children.ContainsKey("ManagedPolicyArns"), Is.False);
    }

    [Test]
    public void Offers_an_optional_capitals_table_readable_only_with_GetItem()
    {
        // Arrange
        var resources = Mapping(_template, "Resources");
        var enable = Mapping(Mapping(_template, "Parameters"), "EnableCapitalsTable");
        var table = Mapping(resources, "CapitalsTable");
        var policy = Mapping(resources, "CapitalsTableReadPolicy");
        var statement = (YamlMappingNode)((YamlSequenceNode)Mapping(Properties(policy), "PolicyDocument").Children["Statement"]).Children.Single();
        var variables = Mapping(Mapping(Properties(ResourceOfType("AWS::Lambda::Function")), "Environment"), "Variables");

        // Act and Assert
        Assert.That(Scalar(enable, "Default").Value, Is.EqualTo("false"));
        Assert.That(Scalar(table, "Condition").Value, Is.EqualTo("UseCapitalsTable"));
        Assert.That(Scalar(policy, "Condition").Value, Is.EqualTo("UseCapitalsTable"));
        Assert.That(Scalar(Properties(table), "BillingMode").Value, Is.EqualTo("PAY_PER_REQUEST"));
        Assert.That(Scalar(statement, "Action").Value, Is.EqualTo("dynamodb:GetItem"));
        var resource = Scalar(statement, "Resource");
        Assert.That((resource.Tag.Value, resource.Value), Is.EqualTo(("!GetAtt", "CapitalsTable.Arn")));
        var role = (YamlScalarNode)((YamlSequenceNode)Properties(policy).Children["Roles"]).Children.Single();
        Assert.That(role.Value, Is.EqualTo(ResourceNameOfType("AWS::IAM::Role")));
        Assert.That(variables.Children.ContainsKey(new YamlScalarNode("CAPITALS_TABLE")), Is.True);
    }

    [Test]
    public void The_deploy_guide_turns_the_table_on_where_the_ASK_CLI_reads_stack_parameters()
    {
        // Arrange: the ask-resources.json excerpt in docs/DEPLOY.md, and the file it extends.
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "DEPLOY.md"));
        var example = guide.Split("```json\n").Skip(1).Select(block => block[..block.IndexOf("```", StringComparison.Ordinal)])
            .Single(block => block.Contains("EnableCapitalsTable", StringComparison.Ordinal));
        var infrastructure = JsonNode.Parse("{" + example + "}")!["skillInfrastructure"]!;
        var committed = JsonNode.Parse(File.ReadAllText(RepositoryPaths.AskResources))!["profiles"]!["default"]!["skillInfrastructure"]!;
        var userConfig = infrastructure["userConfig"]!.AsObject();
        // The cfn-deployer passes userConfig.cfn.parameters (an object of strings) to the stack.
        var parameters = userConfig["cfn"]!["parameters"]!.AsObject();
        var declared = Mapping(_template, "Parameters");
        var allowed = (YamlSequenceNode)Mapping(declared, "EnableCapitalsTable").Children[new YamlScalarNode("AllowedValues")];

        // Act
        userConfig.Remove("cfn");

        // Assert
        Assert.That(JsonNode.DeepEquals(infrastructure, committed), Is.True, "the example is ask-resources.json's skillInfrastructure plus cfn");
        Assert.That(parameters.Select(parameter => parameter.Key), Is.EqualTo(new[] { "EnableCapitalsTable" }));
        Assert.That(allowed.Children.Select(value => ((YamlScalarNode)value).Value), Has.Member((string?)parameters["EnableCapitalsTable"]));
    }

    private YamlMappingNode ResourceOfType(string type) => Mapping(Mapping(_template, "Resources"), ResourceNameOfType(type));

    private string ResourceNameOfType(string type) => Mapping(_template, "Resources").Children
        .Single(resource => Scalar((YamlMappingNode)resource.Value, "Type").Value == type).Key.ToString();

    private static YamlMappingNode Properties(YamlMappingNode resource) => Mapping(resource, "Properties");

    private static YamlMappingNode Mapping(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static YamlScalarNode Scalar(YamlMappingNode node, string key) => (YamlScalarNode)node.Children[new YamlScalarNode(key)];
}
