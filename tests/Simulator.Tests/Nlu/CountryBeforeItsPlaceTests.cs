using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A clause that names a country before a question about one of its states or territories only says which place
/// is meant ("in indien die hauptstadt von gujarat"): the question is read; a clause naming another country still leaves
/// the question unread (two places are not guessed between). Sentences of our own.</summary>
public class CountryBeforeItsPlaceTests
{
    [TestCase("de-DE", "alexa wir sind gerade in indien die hauptstadt von kerala", "IN-KL")]
    [TestCase("es-ES", "alexa mi hermano se muda a méxico la capital de jalisco", "MX-JAL")]
    [TestCase("hi-IN", "एलेक्सा अगले महीने ऑस्ट्रेलिया जाना है क्वींसलैंड की राजधानी बताओ", "AU-QLD")]
    [TestCase("nl-NL", "alexa we gaan naar duitsland de hoofdstad van beieren", "DE-BY")]
    public void The_question_about_a_place_of_the_country_is_read(string locale, string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf(locale, utterance, id);

    [TestCase("de-DE", "alexa wir sind gerade in brasilien die hauptstadt von kerala")]
    [TestCase("es-ES", "alexa mi hermano se muda a chile la capital de jalisco")]
    public void A_clause_naming_another_country_leaves_the_question_unread(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
