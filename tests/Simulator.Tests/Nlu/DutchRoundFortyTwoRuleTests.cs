using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 42 tuning (section *Round 42 tuning for Dutch (session 54)*), each tried on
/// sentences of our own rather than the corpus lines: calls, thanks and hesitations said inside Dutch by Portuguese
/// ("olha", "pois é"), Nigerian ("ehn", "oya", "biko"), Korean ("aigoo"), Arabic ("inshallah", "habibi"), Greek
/// ("endaxi") and English-speaking remigrant ("anyway", "whatever") Dutch speakers, and Zaans "effies"; the groups a
/// pub quiz is for ("voor de pubquiz van de voetbalclub"); "ut / het hoofdstad van"; launch "ik wil ... horen", "zet maar
/// ... aan", "gooi ... even aan", "voor de kids"; cancel with a reason that asks someone else ("laat maar ik vraag het
/// wel aan mama"); help "help met hoofdsteden van de wereld", "hoe bedoel je", "welke landen ken je", "hoe vraag ik een
/// hoofdstad op", "we weten niet wat we moeten vragen"; stop "oya stop", "stop now please"; the not-places of games
/// ("minecraft", "pokémon") and "saba"; with out-of-domain neighbours that must still
/// fall back.</summary>
public class DutchRoundFortyTwoRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("olha alexa wat is de hoofdstad van brazilië", "BR")]
    [TestCase("alexa ehn wat is de hoofdstad van nigeria", "NG")]
    [TestCase("alexa oya wat is de hoofdstad van togo", "TG")]
    [TestCase("alexa biko wat is de hoofdstad van benin", "BJ")]
    [TestCase("alexa aigoo wat is de hoofdstad van zuid-korea", "KR")]
    [TestCase("alexa inshallah wat is de hoofdstad van jordanië", "JO")]
    [TestCase("alexa anyway wat is de hoofdstad van canada", "CA")]
    [TestCase("alexa effies wat is de hoofdstad van zweden", "SE")]
    [TestCase("alexa wat is de hoofdstad van peru voor de pubquiz van de voetbalclub", "PE")]
    [TestCase("alexa hoofdstad van chili voor de quiz van de vereniging", "CL")]
    [TestCase("alexa het hoofdstad van peru is dat lima of niet", "PE")]
    [TestCase("alexa ut hoofdstad van japan is dat tokio", "JP")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa olha stop maar", "AMAZON.StopIntent")]
    [TestCase("alexa pois é laat maar", "AMAZON.CancelIntent")]
    [TestCase("oya alexa laat maar", "AMAZON.CancelIntent")]
    [TestCase("aigoo alexa laat maar", "AMAZON.CancelIntent")]
    [TestCase("alexa whatever laat maar", "AMAZON.CancelIntent")]
    [TestCase("alexa endaxi stop", "AMAZON.StopIntent")]
    [TestCase("alexa laat maar ik vraag het wel aan mama", "AMAZON.CancelIntent")]
    [TestCase("alexa laat maar we vragen het aan de juf", "AMAZON.CancelIntent")]
    [TestCase("alexa laat maar ik google het", "AMAZON.CancelIntent")]
    [TestCase("alexa help met hoofdsteden van de wereld", "AMAZON.HelpIntent")]
    [TestCase("alexa hulp bij hoofdsteden van de wereld", "AMAZON.HelpIntent")]
    [TestCase("alexa hoe bedoel je", "AMAZON.HelpIntent")]
    [TestCase("alexa welke landen ken je", "AMAZON.HelpIntent")]
    [TestCase("alexa hoe moet ik het vragen", "AMAZON.HelpIntent")]
    [TestCase("alexa hoe vraag ik een hoofdstad op", "AMAZON.HelpIntent")]
    [TestCase("alexa we weten niet wat we moeten vragen", "AMAZON.HelpIntent")]
    [TestCase("alexa help alstublieft", "AMAZON.HelpIntent")]
    [TestCase("alexa oya stop", "AMAZON.StopIntent")]
    [TestCase("alexa stop now please", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa ik wil hoofdsteden van de wereld horen")]
    [TestCase("alexa zet maar hoofdsteden van de wereld aan")]
    [TestCase("alexa gooi hoofdsteden van de wereld even aan")]
    [TestCase("alexa zet voor de kids hoofdsteden van de wereld aan")]
    [TestCase("olha alexa start hoofdsteden van de wereld")]
    public void The_invocation_name_with_words_around_it_launches(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("olha alexa zet de muziek aan")]
    [TestCase("oya alexa hoe laat is het")]
    [TestCase("aigoo alexa wat voor weer wordt het")]
    [TestCase("alexa anyway zet een timer")]
    [TestCase("alexa inshallah speel de radio")]
    [TestCase("alexa ik wil muziek horen")]
    [TestCase("alexa gooi de muziek maar aan")]
    [TestCase("alexa zet voor de kinderen de tv aan")]
    [TestCase("alexa wat is de hoofdstad in minecraft")]
    [TestCase("alexa wat is de hoofdstad van pokémon")]
    [TestCase("alexa wat is de hoofdstad van saba")]
    [TestCase("alexa ik vraag het aan opa")]
    [TestCase("alexa help met mijn huiswerk")]
    [TestCase("alexa wat bedoel je met democratie")]
    [TestCase("alexa welke landen liggen in afrika")]
    [TestCase("alexa hoe zeg ik dankjewel in het frans")]
    [TestCase("alexa ik weet niet wat ik moet koken")]
    [TestCase("alexa stop the music")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
