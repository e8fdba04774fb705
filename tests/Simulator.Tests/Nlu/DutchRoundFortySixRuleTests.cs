using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families of round 46 tuning (section *Round 46 tuning for Dutch (session 61)*), each tried on
/// sentences of our own rather than the corpus lines: calls said inside Dutch by Armenian ("jan", "vay", "ara", "lav",
/// "aper"), Croatian ("ajme", "ajoj", "ma daj", "bok") and Indonesian ("iya", "mas", "deh") Dutch speakers, and Brabant
/// "jonges"; a scene said before a help ("met vieze handen", "met mijn handen in het deeg"); a reason before a cancel or a
/// stop about the bath, the ladder, the ice, the sauna or the roof ("ik stap uit bad stop maar"); a withdrawn question
/// ("die vraag bedoelde ik niet", "die vraag was verkeerd", "ik bedoelde iets anders"); "sluit de hoofdsteden af" as a
/// stop; launches with "praat met", "spreek met", "tijd voor", "nog een keer" and around a train delay ("vertraging");
/// the yes-no check "klopt het dat {city} in {country} de hoofdstad is"; the reverse question "waar ligt {city} de
/// hoofdstad van welk land"; and the not-places "karabach", "honing", "ijs", "dalmatië", "istrië"; with out-of-domain
/// neighbours that must still fall back.</summary>
public class DutchRoundFortySixRuleTests
{
    private const string Locale = "nl-NL";

    [TestCase("alexa jan jerevan is de hoofdstad van welk land", "yerevan")]
    [TestCase("alexa waar ligt nairobi de hoofdstad van welk land", "nairobi")]
    [TestCase("alexa jonge waar ligt lima de hoofdstad van welk land", "lima")]
    public void A_reverse_question_reads_the_city(string utterance, string city) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, city);

    [TestCase("alexa klopt het dat lima in peru de hoofdstad is", "PE")]
    [TestCase("alexa is het waar dat canberra in australië de hoofdstad is", "AU")]
    [TestCase("alexa mas wat is de hoofdstad van indonesië", "ID")]
    [TestCase("alexa aper wat is de hoofdstad van georgië", "GE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa vay laat maar", "AMAZON.CancelIntent")]
    [TestCase("alexa laat maar jonges", "AMAZON.CancelIntent")]
    [TestCase("alexa iya laat maar", "AMAZON.CancelIntent")]
    [TestCase("alexa ajoj laat maar", "AMAZON.CancelIntent")]
    [TestCase("alexa sorry die bedoelde ik niet", "AMAZON.CancelIntent")]
    [TestCase("alexa die vraag was verkeerd laat maar", "AMAZON.CancelIntent")]
    [TestCase("alexa laat maar ik bedoelde iets anders", "AMAZON.CancelIntent")]
    [TestCase("alexa ik ga de sauna in laat maar", "AMAZON.CancelIntent")]
    [TestCase("alexa ajme hoe werkt het", "AMAZON.HelpIntent")]
    [TestCase("alexa bok hoe werkt dit", "AMAZON.HelpIntent")]
    [TestCase("alexa met vieze handen hoe werkt dit", "AMAZON.HelpIntent")]
    [TestCase("alexa ik sta hier met m'n handen in het deeg hoe werkt het", "AMAZON.HelpIntent")]
    [TestCase("alexa ma daj stop maar", "AMAZON.StopIntent")]
    [TestCase("alexa ik stap uit bad stop maar", "AMAZON.StopIntent")]
    [TestCase("alexa ik sta op de ladder hou op", "AMAZON.StopIntent")]
    [TestCase("alexa we gaan het ijs op stop maar", "AMAZON.StopIntent")]
    [TestCase("alexa ik sta op het dak hou op", "AMAZON.StopIntent")]
    [TestCase("alexa ik zit in de sauna stop maar", "AMAZON.StopIntent")]
    [TestCase("alexa sluit de hoofdsteden af", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa spreek met hoofdsteden van de wereld")]
    [TestCase("alexa tijd voor hoofdsteden van de wereld alsjeblieft")]
    [TestCase("alexa weer vertraging start hoofdsteden van de wereld")]
    [TestCase("alexa hoofdsteden van de wereld nog een keer")]
    public void The_invocation_name_with_words_around_it_launches(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa wat is de hoofdstad van karabach")]
    [TestCase("alexa wat is de hoofdstad van artsach")]
    [TestCase("alexa wat is de hoofdstad van honing en bijen")]
    [TestCase("alexa wat is de hoofdstad van istrië")]
    [TestCase("alexa ik wil een ijsje")]
    [TestCase("alexa hoe dik is het ijs")]
    [TestCase("alexa zet honing op de boodschappenlijst")]
    [TestCase("alexa bel jan")]
    [TestCase("alexa jan is jarig")]
    [TestCase("alexa vay vay vay")]
    [TestCase("alexa iya wat is het weer")]
    [TestCase("alexa ik stap uit bad")]
    [TestCase("alexa ik sta op de ladder")]
    [TestCase("alexa ik ga de sauna in stop de muziek")]
    [TestCase("alexa stop de timer ik sta op de ladder")]
    [TestCase("alexa praat met mama")]
    [TestCase("alexa tijd voor muziek")]
    [TestCase("alexa de trein heeft vertraging")]
    [TestCase("alexa met vieze handen koken")]
    [TestCase("alexa sluit de deur af")]
    [TestCase("alexa dat bedoelde ik niet met de lamp")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
