using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The rules round 5 added for English, on the generated models: a value negated by "not", question tags after a
/// noun phrase or a counting statement, capital roles joined by "and", a kind before the place in a possessive, a second
/// guessed city after a yes/no check, and the everyday names of places (state abbreviations, a territory named by its
/// main island).</summary>
public class EnglishRoundFiveRuleTests
{
    private static Interpretation Recognize(string locale, string text) => LocaleNlu.Recognize(locale, text);

    private static string? PlaceOf(string locale, string utterance)
    {
        var result = Recognize(locale, utterance);
        return result.IntentName == "CapitalIntent" ? result.Slot("country")?.FirstMatch?.Id : result.IntentName;
    }

    [TestCase("en-US", "what's the capital of austria not austria australia", "AU")]
    [TestCase("en-GB", "capital of peru no not peru chile", "CL")]
    [TestCase("en-CA", "the capital of austria not australia", "AT")]
    [TestCase("en-AU", "what is the capital of slovakia um not slovakia slovenia", "SI")]
    public void A_value_negated_by_not_is_abandoned_with_the_same_value_said_before_it(string locale, string utterance, string id)
    {
        Assert.That(PlaceOf(locale, utterance), Is.EqualTo(id));
    }

    [TestCase("isn't kenya's capital nairobi", "KE")]
    [TestCase("is nairobi not the capital of kenya", "KE")]
    public void A_negation_after_no_value_negates_nothing(string utterance, string id)
    {
        Assert.That(PlaceOf("en-US", utterance), Is.EqualTo(id));
    }

    [TestCase("en-AU", "bolivia has two capitals which are they", "BO")]
    [TestCase("en-GB", "how about peru's capital city what is it", "PE")]
    [TestCase("en-CA", "and the capital of chile what's that", "CL")]
    [TestCase("en-US", "benin has two capitals can you name them", "BJ")]
    [TestCase("en-IN", "summer and winter capitals of jammu and kashmir", "IN-JK")]
    [TestCase("en-IN", "tell me the legislative and administrative capitals of south africa", "ZA")]
    [TestCase("en-US", "what is the country lesotho capital", "LS")]
    [TestCase("en-US", "the state of ohio capital", "US-OH")]
    [TestCase("en-AU", "what's the capital of qld", "AU-QLD")]
    [TestCase("en-AU", "capital of tas", "AU-TAS")]
    [TestCase("en-GB", "what's the capital of tahiti", "PF")]
    [TestCase("en-US", "what's the capital of the lone star state", "US-TX")]
    [TestCase("en-US", "what's the capital of the peach state", "US-GA")]
    [TestCase("en-IN", "what is the capital of persia", "IR")]
    [TestCase("en-IN", "what is the capital of bharat", "IN")]
    [TestCase("en-IN", "what is the capital of tn", "IN-TN")]
    [TestCase("en-IN", "what is the rajdhani of kerala", "IN-KL")]
    [TestCase("en-IN", "bhai kerala ka capital kaun si hai", "IN-KL")]
    [TestCase("en-GB", "would you mind telling us the capital of peru", "PE")]
    [TestCase("en-IN", "does anybody know the capital of algeria", "DZ")]
    [TestCase("en-US", "do you know if almaty is still the capital of kazakhstan", "KZ")]
    [TestCase("en-AU", "i thought sydney was australia's capital", "AU")]
    public void A_capital_question_said_in_a_round_five_family_names_the_place(string locale, string utterance, string id)
    {
        Assert.That(PlaceOf(locale, utterance), Is.EqualTo(id));
    }

    [TestCase("what is it")]
    [TestCase("which are they")]
    [TestCase("what is that song")]
    [TestCase("summer and winter")]
    public void A_question_tag_or_a_role_alone_is_not_a_capital_question(string utterance)
    {
        Assert.That(Recognize("en-US", utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }

    [TestCase("i'm stuck what do i say")]
    [TestCase("i'm confused")]
    public void Being_stuck_asks_for_help(string utterance)
    {
        Assert.That(Recognize("en-CA", utterance).IntentName, Is.EqualTo("AMAZON.HelpIntent"));
    }

    [TestCase("en-US", "is lagos the capital of nigeria or is it abuja", "NG", "lagos", "abuja")]
    [TestCase("en-GB", "is sydney the capital of australia or canberra", "AU", "sydney", "canberra")]
    public void A_second_guess_after_a_yes_no_check_stays_in_its_own_slot(string locale, string utterance, string id, string guess, string otherGuess)
    {
        var result = Recognize(locale, utterance);

        Assert.That((result.IntentName, result.Slot("country")?.FirstMatch?.Id, result.Slot("guess")?.Value, result.Slot("otherGuess")?.Value),
            Is.EqualTo(("CapitalIntent", id, guess, otherGuess)));
    }
}
