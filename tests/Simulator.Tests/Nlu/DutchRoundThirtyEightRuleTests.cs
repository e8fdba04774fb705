using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 38 tuning (README section *Round 38 tuning for Dutch (session 48)*), each tried
/// on sentences of our own rather than the corpus lines: the greetings and thanks of other languages said inside Dutch
/// ("salaam", "tashakor", "m goi", "tudo bem", "obrigado", "bruh"), "dan nog één", "zoals het vroeger heette"; the
/// variants "wete" -> "weet" and "ehh" -> "eh" with the repairs "eh nee", "nee gewoon"; help "help ons (even)"; stop
/// and cancel with reasons (the teacher, the trainer, the buyer, the choir, the conductor, "i got it"); launch with
/// "voor het slapen", "we moeten oefenen", "voor het taalcafé", "ik weet het niet meer", "ik wil spelen" and the
/// greetings; the not-places "münsterland", "elfia", "hyrule", "inca's"; with out-of-domain neighbours that must still
/// fall back.</summary>
public class DutchRoundThirtyEightRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("bruh wat is de hoofdstad van peru", "PE", Description = "'bruh'")]
    [TestCase("tudo bem wat is de hoofdstad van portugal", "PT", Description = "'tudo bem'")]
    [TestCase("m goi wat is de hoofdstad van japan", "JP", Description = "'m goi'")]
    [TestCase("salaam en van egypte", "EG", Description = "'salaam' before a follow-up")]
    [TestCase("obrigado en van chili", "CL", Description = "'obrigado' before a follow-up")]
    [TestCase("tashakor wat is de hoofdstad van iran", "IR", Description = "'tashakor'")]
    [TestCase("dan nog een de hoofdstad van kenia", "KE", Description = "'dan nog een'")]
    [TestCase("dan nog één wat is de hoofdstad van ghana", "GH", Description = "'dan nog één'")]
    [TestCase("ik wete het niet meer wat is de hoofdstad van polen", "PL", Description = "'wete' -> 'weet'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("wat is de hoofdstad van peru ehh nee chili", "CapitalIntent")]
    [TestCase("de hoofdstad van birma zoals het vroeger heette", "CapitalIntent")]
    [TestCase("ik wete niet wat ik moet vragen", "AMAZON.HelpIntent")]
    [TestCase("help ons even", "AMAZON.HelpIntent")]
    [TestCase("bruh hoe werkt dit spel", "AMAZON.HelpIntent")]
    [TestCase("laat maar de docent weet het al", "AMAZON.CancelIntent")]
    [TestCase("annuleren de trainer heeft het al gezegd", "AMAZON.CancelIntent")]
    [TestCase("laat maar de koper heeft het al gezien", "AMAZON.CancelIntent")]
    [TestCase("forget it alexa i got it", "AMAZON.CancelIntent")]
    [TestCase("laat maar obrigado", "AMAZON.CancelIntent")]
    [TestCase("stop het koor gaat zingen", "AMAZON.StopIntent")]
    [TestCase("stop nu de dirigent begint", "AMAZON.StopIntent")]
    [TestCase("stop bruh", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa open hoofdsteden van de wereld voor het slapen")]
    [TestCase("alexa start hoofdsteden van de wereld we moeten oefenen")]
    [TestCase("alexa tudo bem start hoofdsteden van de wereld")]
    [TestCase("alexa open hoofdsteden van de wereld m goi")]
    [TestCase("alexa start hoofdsteden van de wereld voor het taalcafé")]
    [TestCase("alexa open hoofdsteden van de wereld ik weet het niet meer")]
    [TestCase("alexa start hoofdsteden van de wereld ik wil spelen")]
    public void The_invocation_name_with_words_around_it_launches(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("help ons met het huiswerk over fotosynthese")]
    [TestCase("alexa zet muziek aan voor het slapen")]
    [TestCase("we gaan spelen")]
    [TestCase("wat is de hoofdstad van hyrule")]
    [TestCase("wat was de hoofdstad van de inca's")]
    [TestCase("wat is de hoofdstad van het münsterland")]
    [TestCase("wie gaat er naar elfia")]
    [TestCase("bruh wat is het weer")]
    [TestCase("salaam hoe laat is het")]
    [TestCase("de docent weet het al")]
    [TestCase("het koor gaat zingen")]
    [TestCase("stop de muziek bruh")]
    [TestCase("tudo bem hoe gaat het")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
