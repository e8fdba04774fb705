using WorldCapitals.Cli;
using WorldCapitals.Cli.Simulator;
using WorldCapitals.Simulator.Tests.Cli;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.EndToEnd;

/// <summary>The reverse question ("which country has Nairobi as its capital?") through the NLU and the real skill.</summary>
public class ReverseQuestionTests
{
    public static IEnumerable<TestCaseData> EveryCitySample() =>
        LocalSkill.Nlu.Model.FindIntent("CityIntent")!.Samples.Select(sample =>
            new TestCaseData(sample.Replace("{city}", "Nairobi", StringComparison.Ordinal)).SetArgDisplayNames(sample));

    [TestCase("en-US")]
    [TestCase("en-GB")]
    [TestCase("en-CA")]
    [TestCase("en-AU")]
    [TestCase("en-IN")]
    public async Task Capitals_ask_answers_the_reverse_question_in_every_english_locale(string locale)
    {
        var (exitCode, output, error) = await AskCommandTests.Ask(new AskRequest("which country has nairobi as its capital", null, Json: false, Locale: locale));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
            Assert.That(output, Does.StartWith("Alexa: Nairobi is the capital of Kenya.\n"));
        });
    }

    [TestCaseSource(nameof(EveryCitySample))]
    public async Task Every_city_sample_reaches_the_reverse_answer(string utterance)
    {
        var turn = await LocalSkill.Conversation().SayAsync(utterance, CancellationToken.None);

        Assert.That(turn.Answered, Is.True, turn.Error);
        Assert.That(turn.Response!.Speech, Does.Contain("Nairobi is the capital of Kenya."));
    }

    [TestCase("Sacramento is the capital of what?", "Sacramento is the capital of California, a state of the United States.")]
    [TestCase("what is Canberra the capital of", "Canberra is the capital of Australia, and of the Australian Capital Territory")]
    [TestCase("what's victoria the capital of", "Victoria is the capital of the Seychelles, and of British Columbia, a province of Canada.")]
    [TestCase("which country has pretoria as its capital", "Pretoria is the executive capital of South Africa.")]
    [TestCase("what is gotham the capital of", "I don't know which place has Gotham as its capital.")]
    [TestCase("what's the capital of kenya", "The capital of Kenya is Nairobi.")]
    public async Task Reverse_and_forward_questions_get_their_own_answers(string utterance, string expected)
    {
        var turn = await LocalSkill.Conversation().SayAsync(utterance, CancellationToken.None);

        Assert.That(turn.Answered, Is.True, turn.Error);
        Assert.That(turn.Response!.Speech, Does.Contain(expected));
    }
}
