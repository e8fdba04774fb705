using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 26 tuning (README section *Round 26 tuning for Dutch (session 27)*), each tried
/// on sentences of our own rather than the corpus lines: the openers and tags of speakers from elsewhere and of dialects
/// ("tamam", "abi", "khoya", "bosver", "hadi", "yani", "kak", "ya", "sudah", "itu", Afrikaans "ag man", Brussels "mo",
/// "bon", "heur", "prosze", "aidez moi"), "wat zeg je" and "hoe is het" before a question, Flemish "ne keer", a
/// follow-up as "en de volgende is X", Afrikaans "watter" and "oop", "vande", "zijn land" after a clause naming the land,
/// help with "hoe werk dit ding", cancel with "vergeet dit", stop with "that's enough", a reason after a stop opened by
/// "we" or "mijn", and launches with "met de klas", "voor opa", "zachter"; with out-of-domain
/// neighbours that must still fall back.</summary>
public class DutchRoundTwentySixRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("tamam wat is de hoofdstad van peru abi", "PE", Description = "'tamam' and 'abi'")]
    [TestCase("khoya hoe heet de hoofdstad van kenia", "KE", Description = "'khoya'")]
    [TestCase("ag man wat is de hoofdstad van zambia", "ZM", Description = "Afrikaans 'ag man'")]
    [TestCase("mo wat is de hoofdstad van chili", "CL", Description = "Brussels 'mo'")]
    [TestCase("kak hoofdstad van maleisië ya", "MY", Description = "'kak' and 'ya'")]
    [TestCase("hadi zeg me de hoofdstad van georgië", "GE", Description = "'hadi'")]
    [TestCase("zeg ne keer de hoofdstad van peru", "PE", Description = "Flemish 'ne keer'")]
    [TestCase("ok en de volgende is zweden", "SE", Description = "'en de volgende is'")]
    [TestCase("tamam en de volgende is ierland", "IE", Description = "'en de volgende is' after 'tamam'")]
    [TestCase("wat zeg je en die van noorwegen", "NO", Description = "'wat zeg je'")]
    [TestCase("de schaatser uit canada wint goud wat is de hoofdstad van zijn land", "CA", Description = "'van zijn land'")]
    [TestCase("wat is de hoofdstad vande filipijnen", "PH", Description = "'vande'")]
    [TestCase("hoe is het is lyon de hoofdstad van frankrijk", "FR", Description = "'hoe is het'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("nee heur laat maar zitten", "AMAZON.CancelIntent")]
    [TestCase("ag man vergeet dit maar", "AMAZON.CancelIntent")]
    [TestCase("bon wat kan ik vragen", "AMAZON.HelpIntent")]
    [TestCase("abi hoe werkt dit ding", "AMAZON.HelpIntent")]
    [TestCase("that's enough alexa", "AMAZON.StopIntent")]
    [TestCase("hou op we gaan slapen", "AMAZON.StopIntent")]
    [TestCase("stop maar mijn bus komt eraan", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("ag man harare is de hoofdstad van watter land")]
    [TestCase("nairobi is de hoofdstad van watter land")]
    public void A_reverse_question_with_afrikaans_watter(string utterance) =>
        Assert.That(LocaleNlu.Recognize(Locale, utterance).IntentName, Is.EqualTo("CityIntent"));

    [TestCase("alexa open hoofdsteden van de wereld met de klas")]
    [TestCase("alexa ik wil hoofdsteden van de wereld spelen met de klas")]
    [TestCase("alexa start hoofdsteden van de wereld voor opa")]
    [TestCase("alexa open hoofdsteden van de wereld zachter")]
    public void Opening_the_skill_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("mo zet de lampen uit")]
    [TestCase("tamam zet een timer van tien minuten")]
    [TestCase("hoe is het weer in parijs")]
    [TestCase("hoe is het met je")]
    [TestCase("wat zeg je")]
    [TestCase("ag man speel wat muziek")]
    [TestCase("de volgende is een goede vraag")]
    [TestCase("bon print de bon")]
    [TestCase("hoeveel inwoners heeft zijn land")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
