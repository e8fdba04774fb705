using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Alexa.Ssml;

namespace WorldCapitals.Skill.Intents;

/// <summary>The two answers that keep a question open: asking for a missing slot, and saying what was not found.</summary>
internal static class OpenQuestionResponses
{
    public static SkillResponse AskFor(HandlerInput input, string outcome, string question, string reprompt)
    {
        input.Summary.Outcome = outcome;
        return input.ResponseBuilder
            .Speak(SsmlBuilder.FromText(question))
            .Reprompt(SsmlBuilder.FromText(reprompt))
            .EndSession(false)
            .Build();
    }

    public static SkillResponse NotFound(HandlerInput input, string answer, string reprompt, string cardTitle)
    {
        input.Summary.Outcome = "not-found";
        return input.ResponseBuilder
            .Speak(SsmlBuilder.FromText(answer))
            .Reprompt(SsmlBuilder.FromText(reprompt))
            .WithSimpleCard(cardTitle, answer)
            .EndSession(false)
            .Build();
    }
}
