using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The rules round 4 added for English, on the generated models: a yes/no check answered with the capital of the
/// place (the guessed city in the optional `guess` slot, AMAZON.City), "capital" in another sense even before a known place,
/// nouns that name no place, capital roles, "could" read as "can", and the built-in requests as families.</summary>
public class EnglishRoundFourRuleTests
{
    private static Interpretation Recognize(string locale, string text) => LocaleNlu.Recognize(locale, text);

    [TestCase("en-US", "is los angeles the capital of california", "US-CA", "los angeles")]
    [TestCase("en-GB", "isn't manchester the capital of england", "GB-ENG", "manchester")]
    [TestCase("en-CA", "is toronto still the capital of canada", "CA", "toronto")]
    [TestCase("en-AU", "is sydney a capital of australia", "AU", "sydney")]
    [TestCase("en-IN", "is mumbai the capital city of india", "IN", "mumbai")]
    [TestCase("en-US", "is the capital of germany berlin or bonn", "DE", "berlin or bonn")]
    [TestCase("en-GB", "is delhi the capital of india", "IN", "delhi")]
    [TestCase("en-AU", "is tokyo japan's capital", "JP", "tokyo")]
    [TestCase("en-IN", "am i right that the capital of brazil is brasilia", "BR", "brasilia")]
    [TestCase("en-CA", "is it true that zurich is the capital of switzerland", "CH", "zurich")]
    [TestCase("en-US", "the capital of kenya is nairobi isn't it", "KE", "nairobi")]
    public void A_yes_no_check_names_the_place_and_keeps_the_guess_in_its_own_slot(string locale, string utterance, string id, string guess)
    {
        var result = Recognize(locale, utterance);

        Assert.That((result.IntentName, result.Slot("country")?.FirstMatch?.Id, result.Slot("guess")?.Value), Is.EqualTo(("CapitalIntent", id, guess)));
    }

    [TestCase("how old is the capital of france")]
    [TestCase("what is the capital of fashion")]
    [TestCase("is paris the capital of fashion")]
    [TestCase("tell me why paris is the capital of love")]
    public void A_check_of_no_known_place_or_a_question_that_is_no_city_is_not_a_capital_question(string utterance)
    {
        Assert.That(Recognize("en-US", utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }

    [TestCase("en-IN", "what is capital punishment in india")]
    [TestCase("en-CA", "what's the capital gains tax in canada")]
    [TestCase("en-US", "capital one in canada")]
    [TestCase("en-GB", "what's the capital expenditure of the uk")]
    [TestCase("en-AU", "india capital punishment")]
    [TestCase("en-IN", "what is share capital")]
    [TestCase("en-AU", "what is capital in accounting")]
    [TestCase("en-CA", "how many capital cities are there in the world")]
    public void Capital_in_another_sense_is_not_a_capital_question_even_before_a_known_place(string locale, string utterance)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }

    [TestCase("en-IN", "what are the administrative and legislative capitals of south africa", "ZA")]
    [TestCase("en-IN", "summer and winter capital of jammu and kashmir", "IN-JK")]
    [TestCase("en-GB", "what's the judicial capital of south africa", "ZA")]
    [TestCase("en-CA", "could i get the capital of bolivia", "BO")]
    [TestCase("en-AU", "could i know the capital of china", "CN")]
    [TestCase("en-GB", "capital of colombia actually make that bolivia", "BO")]
    [TestCase("en-CA", "is it true benin has two capitals", "BJ")]
    [TestCase("en-IN", "capital of the nwt", "CA-NT")]
    [TestCase("en-AU", "what's the capital of tassie", "AU-TAS")]
    [TestCase("en-IN", "what is the capital of j and k", "IN-JK")]
    public void A_capital_question_said_in_a_round_four_family_names_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf(locale, utterance, id);

    [TestCase("tell me how to use world capitals", "AMAZON.HelpIntent")]
    [TestCase("what am i supposed to ask", "AMAZON.HelpIntent")]
    [TestCase("i need help using this", "AMAZON.HelpIntent")]
    [TestCase("what is this skill for", "AMAZON.HelpIntent")]
    [TestCase("end world capitals", "AMAZON.StopIntent")]
    [TestCase("i want to stop", "AMAZON.StopIntent")]
    [TestCase("i'm done with this", "AMAZON.StopIntent")]
    [TestCase("i changed my mind", "AMAZON.CancelIntent")]
    [TestCase("good night", NluEngine.FallbackIntent)]
    public void The_built_in_requests_are_read_as_families(string utterance, string intent)
    {
        Assert.That(Recognize("en-GB", utterance).IntentName, Is.EqualTo(intent));
    }
}
