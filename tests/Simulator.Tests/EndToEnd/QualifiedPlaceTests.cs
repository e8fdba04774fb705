using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.EndToEnd;

/// <summary>
/// A qualifier said outside the place ("the state of Georgia", "Georgia the country", "Georgia in the US") through the
/// generated en-US model, the NLU and the real skill: the kind and parent slots narrow a shared name to one place.
/// </summary>
public class QualifiedPlaceTests
{
    [TestCase("what's the capital of the state of georgia", "US-GA")]
    [TestCase("what's the capital of georgia the country", "GE")]
    [TestCase("what's the capital of georgia in the us", "US-GA")]
    [TestCase("what is the capital of the country georgia", "GE")]
    [TestCase("what is the state capital of georgia", "US-GA")]
    [TestCase("what about georgia the state", "US-GA")]
    [TestCase("what's the capital of the state of washington", "US-WA")]
    [TestCase("what's the capital of punjab in india", "IN-PB")]
    [TestCase("what's the capital of victoria in australia", "AU-VIC")]
    [TestCase("what's the capital of new york state", "US-NY")]
    [TestCase("what's the capital of the state of mexico", "MX-MEX")]
    [TestCase("tell me the capital of the virgin islands in the united states", "VI")]
    [TestCase("what's the capital of georgia", "GE+US-GA")]
    public async Task A_qualified_place_is_answered_for_the_place_it_names(string utterance, string id)
    {
        var turn = await LocalSkill.Conversation().SayAsync(utterance, CancellationToken.None);

        Assert.That(turn.Summary?.EntityId, Is.EqualTo(id), turn.Response?.Speech);
    }

    [Test]
    public async Task A_qualifier_that_fits_no_place_says_which_place_is_answered()
    {
        var turn = await LocalSkill.Conversation().SayAsync("what's the capital of punjab in pakistan", CancellationToken.None);

        Assert.That(turn.Response!.Speech, Does.Contain("Chandigarh is the capital of Punjab, a state of India."));
    }
}
