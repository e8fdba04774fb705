using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A clause before a capital question may end in a preposition when it is a lead into the question
/// (ClauseWords.&lt;language&gt;.json "questionLeads": a verb and its preposition, "on parie sur", "kam die frage auf"), or
/// when a question tail is said as the whole clause after the question ("... in die hauptstadt von rumänien wie heißt
/// die"); any other preposition still ties the question to the clause ("un article sur la capitale", "das wetter in der
/// hauptstadt"). Sentences of our own (session 25, lead).</summary>
public class QuestionLeadsAndTailsTests
{
    [TestCase("fr-CA", "au dépanneur on s'obstine sur la capitale de la norvège", "NO")]
    [TestCase("fr-FR", "au bureau on parie sur la capitale du brésil", "BR")]
    [TestCase("fr-FR", "mes neveux se disputent sur la capitale de l'australie", "AU")]
    [TestCase("fr-FR", "en révisant je sèche sur la capitale du kenya", "KE")]
    [TestCase("de-DE", "beim kaffee kam die frage auf die hauptstadt von portugal", "PT")]
    [TestCase("de-DE", "mein bruder und ich streiten über die hauptstadt von kanada", "CA")]
    public void A_lead_into_the_question_may_end_the_clause(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("de-DE", "mein chef fliegt nächste woche in die hauptstadt von polen wie heißt die", "PL")]
    [TestCase("de-DE", "unser bus fährt morgen in die hauptstadt von ungarn welche ist das", "HU")]
    [TestCase("fr-FR", "ma sœur part en stage dans la capitale de la suède c'est laquelle", "SE")]
    public void A_question_tail_after_the_question_may_follow_a_preposition(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("fr-FR", "on a lu un article sur la capitale du pérou")]
    [TestCase("fr-FR", "il fait quel temps dans la capitale du pérou")]
    [TestCase("de-DE", "meine tante wohnt in der hauptstadt von chile")]
    [TestCase("de-DE", "wie ist das wetter in der hauptstadt von chile")]
    [TestCase("de-DE", "mein sohn fährt in die hauptstadt von polen")]
    public void Another_preposition_still_ties_the_question_to_the_clause(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
