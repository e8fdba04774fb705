using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Intents;

namespace WorldCapitals.Skill.Tests.Intents;

/// <summary>A probe is answered by the handler that owns the intent; an intent nobody owns is NO.</summary>
public sealed class CanFulfillOwnershipTests
{
    [Test]
    public async Task The_handler_that_owns_the_intent_answers()
    {
        var handler = new CanFulfillIntentHandler([new Owner("OtherIntent", CanFulfillValues.Maybe), new Owner("TestIntent", CanFulfillValues.Yes)]);

        var response = await handler.HandleAsync(Probe("TestIntent"), CancellationToken.None);

        Assert.That(response.Response.CanFulfillIntent?.CanFulfill, Is.EqualTo(CanFulfillValues.Yes));
    }

    [Test]
    public async Task An_intent_no_handler_owns_is_no()
    {
        var handler = new CanFulfillIntentHandler([new Owner("OtherIntent", CanFulfillValues.Yes)]);

        var response = await handler.HandleAsync(Probe("TestIntent"), CancellationToken.None);

        Assert.That(response.Response.CanFulfillIntent?.CanFulfill, Is.EqualTo(CanFulfillValues.No));
    }

    private static HandlerInput Probe(string intentName)
    {
        var request = new CanFulfillIntentRequest { RequestId = "probe", Locale = "en-US", Intent = new Intent { Name = intentName } };
        return new HandlerInput(new SkillRequest { Version = "1.0", Request = request }, request);
    }

    private sealed class Owner(string intentName, string answer) : ICanFulfillIntent
    {
        public CanFulfillIntent? CanFulfill(Intent intent, string locale) =>
            intent.Name == intentName ? new CanFulfillIntent { CanFulfill = answer } : null;
    }
}
