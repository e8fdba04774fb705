using WorldCapitals.Cli;
using WorldCapitals.Cli.Model;

namespace WorldCapitals.Model.Tests;

public class PhraseGrammarTests
{
    private static readonly HashSet<string> CountrySlot = ["country"];

    private static PhraseGrammar Grammar(string[] templates, Dictionary<string, string[]>? lists = null) => new(
        (lists ?? []).ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value),
        new Dictionary<string, IReadOnlyList<string>> { ["CapitalIntent"] = templates });

    private static IReadOnlyList<string> Expand(string[] templates, Dictionary<string, string[]>? lists = null) =>
        Grammar(templates, lists).Expand("CapitalIntent", CountrySlot);

    private static string ErrorOf(string[] templates, Dictionary<string, string[]>? lists = null) =>
        Assert.Throws<CliException>(() => Expand(templates, lists))!.Message;

    [Test]
    public void Plain_words_and_a_slot_are_one_sample() =>
        Assert.That(Expand(["what is the capital of {country}"]), Is.EqualTo(new[] { "what is the capital of {country}" }));

    [Test]
    public void Alternatives_expand_in_written_order_and_an_optional_group_says_nothing_first() =>
        Assert.That(Expand(["(what is|what's) the capital [city] of {country}"]), Is.EqualTo(new[]
        {
            "what is the capital of {country}", "what is the capital city of {country}",
            "what's the capital of {country}", "what's the capital city of {country}",
        }));

    [Test]
    public void Lists_expand_to_their_phrases_and_may_use_other_lists() =>
        Assert.That(
            Expand(["[<lead>] <question>"], new()
            {
                ["lead"] = ["so", "um"],
                ["question"] = ["what is <np>", "tell me <np>"],
                ["np"] = ["the capital of {country}", "{country}'s capital"],
            }),
            Is.EqualTo(new[]
            {
                "what is the capital of {country}", "what is {country}'s capital", "tell me the capital of {country}", "tell me {country}'s capital",
                "so what is the capital of {country}", "so what is {country}'s capital", "so tell me the capital of {country}", "so tell me {country}'s capital",
                "um what is the capital of {country}", "um what is {country}'s capital", "um tell me the capital of {country}", "um tell me {country}'s capital",
            }));

    [Test]
    public void Groups_nest() =>
        Assert.That(Expand(["what (is [the capital of]|about) {country}"]), Is.EqualTo(new[]
        {
            "what is {country}", "what is the capital of {country}", "what about {country}",
        }));

    [Test]
    public void Spaces_left_by_an_empty_option_collapse() =>
        Assert.That(Expand(["  [so]  what is  the capital of {country} [please] "]), Is.EqualTo(new[]
        {
            "what is the capital of {country}", "what is the capital of {country} please",
            "so what is the capital of {country}", "so what is the capital of {country} please",
        }));

    [Test]
    public void Parts_join_as_written_so_scripts_without_spaces_and_letters_with_marks_work() =>
        Assert.Multiple(() =>
        {
            Assert.That(Expand(["{country}の首都は(どこ|なに)"]), Is.EqualTo(new[] { "{country}の首都はどこ", "{country}の首都はなに" }));
            Assert.That(Expand(["{country} की राजधानी क्या है"]), Is.EqualTo(new[] { "{country} की राजधानी क्या है" }));
        });

    [Test]
    public void A_sample_equal_to_an_earlier_one_ignoring_case_is_dropped_and_the_first_kept() =>
        Assert.That(
            Expand(["[<lead>] tell me the capital of {country}", "please tell me the capital of {country}", "Tell me the capital of {country}"],
                new() { ["lead"] = ["please", "so"] }),
            Is.EqualTo(new[]
            {
                "tell me the capital of {country}", "please tell me the capital of {country}", "so tell me the capital of {country}",
            }));

    [Test]
    public void An_intent_without_templates_has_no_samples() =>
        Assert.That(Grammar(["capital of {country}"]).Expand("AMAZON.HelpIntent", new HashSet<string>()), Is.Empty);

    [Test]
    public void Expanding_twice_gives_the_same_samples()
    {
        var grammar = Grammar(["[<lead>] (what is|what's) the capital of {country}"], new() { ["lead"] = ["um", "so", "hey"] });

        var first = grammar.Expand("CapitalIntent", CountrySlot);
        var second = grammar.Expand("CapitalIntent", CountrySlot);

        Assert.That(second, Is.EqualTo(first).And.Count.EqualTo(8));
    }

    [Test]
    public void An_unknown_list_is_named_with_the_template_and_the_known_lists() =>
        Assert.That(ErrorOf(["[<leed>] what is the capital of {country}"], new() { ["lead"] = ["so"] }),
            Is.EqualTo("CapitalIntent: \"[<leed>] what is the capital of {country}\": unknown list <leed> (lists: <lead>)."));

    [Test]
    public void An_unknown_list_inside_a_list_names_that_list() =>
        Assert.That(ErrorOf(["<question>"], new() { ["question"] = ["what is <np>"] }),
            Does.StartWith("CapitalIntent: list <question>: \"what is <np>\": unknown list <np>"));

    [Test]
    public void An_undeclared_slot_is_named_with_the_declared_ones() =>
        Assert.That(ErrorOf(["what is the capital of {city}"]),
            Is.EqualTo("CapitalIntent: \"what is the capital of {city}\": {city} is not a slot of this intent (declared: country)"));

    [TestCase("[so what is the capital of {country}", "the '[' at position 1 is never closed")]
    [TestCase("(what is|what's the capital of {country}", "the '(' at position 1 is never closed")]
    [TestCase("what is] the capital of {country}", "']' closes nothing")]
    [TestCase("(what is] the capital of {country}", "the '(' at position 1 is closed by ']'")]
    [TestCase("what is the capital of {country", "a slot name is never closed by '}'")]
    [TestCase("what is the capital of country}", "'}' closes nothing")]
    [TestCase("[<lead] what is the capital of {country}", "a list name is never closed by '>'")]
    [TestCase("what is|what's the capital of {country}", "'|' is only allowed inside ( ) or [ ]")]
    [TestCase("what is the capital of {country}?", "'?' is not allowed")]
    [TestCase("what is the capital of <> {country}", "'' is not a list name")]
    public void A_malformed_template_fails_naming_it_and_the_problem(string template, string problem) =>
        Assert.That(ErrorOf([template], new() { ["lead"] = ["so"] }), Does.StartWith($"CapitalIntent: \"{template}\": unbalanced brackets: {problem}")
            .Or.StartWith($"CapitalIntent: \"{template}\": {problem}"));

    [Test]
    public void A_list_that_uses_itself_fails_naming_the_cycle() =>
        Assert.That(ErrorOf(["<a> {country}"], new() { ["a"] = ["so <b>"], ["b"] = ["um <a>"] }),
            Is.EqualTo("CapitalIntent: list <a> uses itself: <a> -> <b> -> <a>."));

    [Test]
    public void A_template_that_can_say_nothing_fails() =>
        Assert.That(ErrorOf(["[so] [{country}]"]), Does.Contain("\"[so] [{country}]\" can say nothing at all"));

    [Test]
    public void A_sample_longer_than_alexas_limit_fails() =>
        Assert.That(ErrorOf([new string('a', PhraseGrammar.MaxSampleLength) + " {country}"]),
            Does.Contain($"longer than Alexa's {PhraseGrammar.MaxSampleLength} characters"));

    [Test]
    public void More_samples_than_alexa_allows_per_intent_fail_before_expanding_everything()
    {
        var words = Enumerable.Range(0, 50).Select(index => new string((char)('a' + (index % 26)), 1 + (index / 26))).ToArray();

        var message = ErrorOf(["<w> <w> <w> <w> {country}"], new() { ["w"] = words });

        Assert.That(message, Does.Contain($"more than Alexa's {PhraseGrammar.MaxSamplesPerIntent:N0} samples per intent"));
    }

    [Test]
    public void Several_templates_together_over_the_limit_fail()
    {
        var words = Enumerable.Range(0, 40).Select(index => new string((char)('a' + (index % 26)), 1 + (index / 26))).ToArray();

        var message = ErrorOf(["<w> <w> {country}", "<w> {country} <w>"], new() { ["w"] = words });

        Assert.That(message, Is.EqualTo("CapitalIntent: its templates expand to more than Alexa's 2,000 samples per intent; put optional words on fewer templates."));
    }
}
