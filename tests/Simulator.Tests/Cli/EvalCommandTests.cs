using System.CommandLine;
using System.Text.Json.Nodes;
using WorldCapitals.Cli;
using WorldCapitals.Cli.Eval;

namespace WorldCapitals.Simulator.Tests.Cli;

public class EvalCommandTests
{
    private const string Header = "utterance\tlocale\texpected\tfamily";

    // Six of eight right: "narnia" names no place, and "play some music" goes to fallback, not help.
    private static readonly string[] SmallCorpus =
    [
        Header,
        "# a comment",
        "what's the capital of france\ten-US\tFR\tcapital-of",
        "what is the capital of peru\ten-US\tPE\tcapital-of",
        "what's the capital of narnia\ten-US\tFR\tcapital-of",
        "",
        "um peru please\ten-US\tPE\tbare-name",
        "what's the weather\ten-US\tAMAZON.FallbackIntent\tout-of-domain",
        "play some music\ten-US\tAMAZON.HelpIntent\tout-of-domain",
        "help\ten-US\tAMAZON.HelpIntent\thelp",
        "open world capitals\ten-US\tLaunchRequest\tlaunch",
    ];

    private readonly List<string> _files = [];

    [TearDown]
    public void DeleteFiles()
    {
        foreach (var file in _files)
            File.Delete(file);
    }

    private string Corpus(params string[] lines)
    {
        var file = Path.Combine(Path.GetTempPath(), $"corpus-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(file, string.Join('\n', lines) + "\n");
        _files.Add(file);
        return file;
    }

    private static async Task<(int ExitCode, string Output, string Error)> Eval(EvalRequest request)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await EvalCommand.RunAsync(request with { Root = Repository.Root }, Repository.Root, output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Test]
    public async Task Json_counts_correct_lines_per_family_per_locale_and_in_total()
    {
        var (exitCode, output, error) = await Eval(new EvalRequest([Corpus(SmallCorpus)], Json: true));

        var report = JsonNode.Parse(output)!;
        var families = report["families"]!.AsArray().ToDictionary(f => f!["name"]!.GetValue<string>(), f => (f!["count"]!.GetValue<int>(), f["correct"]!.GetValue<int>()));
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
            Assert.That(families["capital-of"], Is.EqualTo((3, 2)));
            Assert.That(families["bare-name"], Is.EqualTo((1, 1)));
            Assert.That(families["out-of-domain"], Is.EqualTo((2, 1)));
            Assert.That(families["help"], Is.EqualTo((1, 1)));
            Assert.That(families["launch"], Is.EqualTo((1, 1)));
            Assert.That(report["locales"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("en-US"));
            Assert.That(report["total"]!["count"]!.GetValue<int>(), Is.EqualTo(8));
            Assert.That(report["total"]!["correct"]!.GetValue<int>(), Is.EqualTo(6));
            Assert.That(report["total"]!["percent"]!.GetValue<double>(), Is.EqualTo(75.0));
            Assert.That(report["outOfDomainToFallback"]!["count"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(report["outOfDomainToFallback"]!["correct"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(report["inDomainToFallback"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Misses_say_where_what_was_expected_and_what_came_out()
    {
        var file = Corpus(SmallCorpus);
        var (_, output, _) = await Eval(new EvalRequest([file], Json: true));

        var misses = JsonNode.Parse(output)!["misses"]!.AsArray();
        Assert.That(misses, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(misses[0]!["where"]!.GetValue<string>(), Is.EqualTo($"{file}:5"));
            Assert.That(misses[0]!["intent"]!.GetValue<string>(), Is.EqualTo("CapitalIntent"));
            Assert.That(misses[0]!["slot"]!.GetValue<string>(), Is.EqualTo("country=\"narnia\""));
            Assert.That(misses[0]!["entityId"], Is.Null);
            Assert.That(misses[1]!["utterance"]!.GetValue<string>(), Is.EqualTo("play some music"));
            Assert.That(misses[1]!["intent"]!.GetValue<string>(), Is.EqualTo("AMAZON.FallbackIntent"));
        });
    }

    [Test]
    public async Task The_table_prints_each_family_the_total_the_out_of_domain_line_and_the_misses()
    {
        var (exitCode, output, _) = await Eval(new EvalRequest([Corpus(SmallCorpus)]));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(output, Does.Match(@"capital-of\s+3\s+2\s+66\.7%"));
            Assert.That(output, Does.Match(@"en-US\s+8\s+6\s+75\.0%"));
            Assert.That(output, Does.Match(@"total\s+8\s+6\s+75\.0%"));
            Assert.That(output, Does.Match(@"out of domain to fallback\s+1\s+1\s+100\.0%"));
            Assert.That(output, Does.Contain("Misses (2):"));
            Assert.That(output, Does.Contain("\"what's the capital of narnia\" (en-US) expected FR, got CapitalIntent country=\"narnia\" -> no place"));
            Assert.That(output, Does.Contain("\"play some music\" (en-US) expected AMAZON.HelpIntent, got AMAZON.FallbackIntent"));
        });
    }

    [Test]
    public async Task No_misses_prints_the_scores_without_the_lines_that_missed()
    {
        var (exitCode, output, _) = await Eval(new EvalRequest([Corpus(SmallCorpus)], NoMisses: true));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(output, Does.Match(@"total\s+8\s+6\s+75\.0%"));
            Assert.That(output, Does.Not.Contain("narnia"));
            Assert.That(output, Does.Not.Contain("Misses"));
        });
    }

    [Test]
    public async Task A_shared_name_answer_is_right_for_any_of_its_places_and_for_no_other()
    {
        // "georgia" is answered for the country and the US state in one sentence (GE+US-GA), "korea" for both Koreas.
        var corpus = Corpus(
            Header,
            "what's the capital of georgia\ten-US\tGE\tshared-name",
            "what's the capital of georgia\ten-US\tUS-GA\tshared-name",
            "what's the capital of korea\ten-US\tKP\tshared-name",
            "what's the capital of georgia\ten-US\tAM\tshared-name",
            "what's the capital of korea\ten-US\tKP+KR\tshared-name",
            "what's the capital of south korea\ten-US\tKP+KR\tshared-name");

        var (_, output, _) = await Eval(new EvalRequest([corpus], Json: true));

        var report = JsonNode.Parse(output)!;
        var misses = report["misses"]!.AsArray().Select(miss => (miss!["utterance"]!.GetValue<string>(), miss["expected"]!.GetValue<string>(), miss["entityId"]!.GetValue<string>()));
        Assert.Multiple(() =>
        {
            Assert.That(report["total"]!["correct"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(misses, Is.EqualTo(new[] { ("what's the capital of georgia", "AM", "GE+US-GA"), ("what's the capital of south korea", "KP+KR", "KR") }));
        });
    }

    [TestCase(70.0, ExitCodes.Success)]
    [TestCase(75.0, ExitCodes.Success)]
    [TestCase(80.0, ExitCodes.BelowMinimum)]
    public async Task Min_fails_the_run_when_the_total_accuracy_is_below_it(double min, int expected)
    {
        var (exitCode, _, error) = await Eval(new EvalRequest([Corpus(SmallCorpus)], Min: min));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(expected));
            Assert.That(error, expected == ExitCodes.Success ? Is.Empty : Does.Contain("total accuracy 75.0% is below --min 80%"));
        });
    }

    [Test]
    public async Task Several_files_are_scored_together_and_locale_filters_the_lines()
    {
        var british = Corpus(Header, "what's the capital of kenya\ten-GB\tKE\tcapital-of", "what's the capital of chile\ten-GB\tCL\tcapital-of");

        var (_, all, _) = await Eval(new EvalRequest([Corpus(SmallCorpus), british], Json: true));
        var (_, filtered, _) = await Eval(new EvalRequest([Corpus(SmallCorpus), british], Locale: "en-GB", Json: true));

        Assert.Multiple(() =>
        {
            Assert.That(JsonNode.Parse(all)!["total"]!["count"]!.GetValue<int>(), Is.EqualTo(10));
            Assert.That(JsonNode.Parse(all)!["locales"]!.AsArray().Select(l => l!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "en-GB", "en-US" }));
            Assert.That(JsonNode.Parse(filtered)!["total"]!["count"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(JsonNode.Parse(filtered)!["total"]!["correct"]!.GetValue<int>(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_malformed_line_is_reported_with_its_file_and_line()
    {
        var file = Corpus(Header, "what's the capital of kenya\ten-US\tKE\tcapital-of", "what's the capital of chile\ten-US\tCL");

        var (exitCode, output, error) = await Eval(new EvalRequest([file]));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(output, Is.Empty);
            Assert.That(error, Is.EqualTo($"capitals eval: {file}:3: expected 4 tab-separated fields (utterance, locale, expected, family), found 3\n"));
        });
    }

    [TestCase("what's the capital of chile\ten-US\tChile\tcapital-of", "expected \"Chile\" is neither place ids")]
    [TestCase("what's the capital of chile\tenglish\tCL\tcapital-of", "\"english\" is not a locale")]
    [TestCase("what's the capital of chile\ten-US\tCL\tCapital Of", "family \"Capital Of\" is not a kebab-case name")]
    [TestCase(" \ten-US\tCL\tcapital-of", "the utterance is empty")]
    public async Task Each_field_is_checked(string line, string message)
    {
        var file = Corpus(Header, line);

        var (exitCode, _, error) = await Eval(new EvalRequest([file]));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(error, Does.StartWith($"capitals eval: {file}:2: {message}"));
        });
    }

    [Test]
    public async Task A_file_without_the_header_is_refused()
    {
        var file = Corpus("what's the capital of chile\ten-US\tCL\tcapital-of");

        var (exitCode, _, error) = await Eval(new EvalRequest([file]));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(error, Does.StartWith($"capitals eval: {file}:1: the first line must be the header"));
        });
    }

    [Test]
    public async Task A_missing_file_an_unknown_locale_and_a_bad_min_cannot_run()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.tsv");
        var klingon = Corpus(Header, "nuqneH\ttl-XX\tFR\tgreeting");

        var (missingExit, _, missingError) = await Eval(new EvalRequest([missing]));
        var (localeExit, _, localeError) = await Eval(new EvalRequest([klingon]));
        var (filterExit, _, filterError) = await Eval(new EvalRequest([Corpus(SmallCorpus)], Locale: "xx-XX"));
        var (minExit, _, minError) = await Eval(new EvalRequest([Corpus(SmallCorpus)], Min: 120));

        Assert.Multiple(() =>
        {
            Assert.That(missingExit, Is.EqualTo(ExitCodes.Failed));
            Assert.That(missingError, Does.StartWith($"capitals eval: cannot read {missing}"));
            Assert.That(localeExit, Is.EqualTo(ExitCodes.Failed));
            Assert.That(localeError, Does.StartWith($"capitals eval: {klingon}:2: unknown locale tl-XX"));
            Assert.That(filterExit, Is.EqualTo(ExitCodes.Failed));
            Assert.That(filterError, Does.StartWith("capitals eval: --locale: unknown locale xx-XX"));
            Assert.That(minExit, Is.EqualTo(ExitCodes.Failed));
            Assert.That(minError, Does.Contain("--min must be a percentage from 0 to 100"));
        });
    }

    [Test]
    public async Task Help_describes_the_options_and_the_exit_codes()
    {
        var root = new RootCommand("test") { EvalCommand.Create() };
        using var output = new StringWriter();

        var exitCode = await root.Parse(["eval", "--help"]).InvokeAsync(new InvocationConfiguration { Output = output });

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            foreach (var mention in new[] { "--min", "--no-misses", "--locale", "--json", "Exit codes: 0 scored" })
                Assert.That(output.ToString(), Does.Contain(mention));
        });
    }
}
