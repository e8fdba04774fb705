using System.Text;
using WorldCapitals.Simulator.Model;
using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The clause-around-question rule of <see cref="NluEngine"/>: a capital question said whole, with a clause of the
/// speaker's situation before and/or after it; each in-domain case is checked to miss with the rule off. Questions about
/// another fact of the capital (its weather, population, history, hotels), a past state, a clause with another place and
/// another skill's command stay out.</summary>
public class ClauseAroundQuestionRuleTests
{
    private static readonly Dictionary<string, NluEngine> WithoutRule = [];

    private static NluEngine EngineWithoutRule(string locale)
    {
        if (!WithoutRule.TryGetValue(locale, out var engine))
            WithoutRule[locale] = engine = new NluEngine(LocalSkill.LoadModel(locale), NluLexicon.For(locale), readsClauseAroundQuestion: false, readsNounAndPlace: false);
        return engine;
    }

    // The utterance reads the place, and does not without the clause-around-question rule.
    private static void AssertReadsPlaceOnlyWithTheRule(string locale, string utterance, string id)
    {
        var withoutRule = EngineWithoutRule(locale).Recognize(utterance)!;
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(withoutRule.Slot("country")?.FirstMatch?.Id, Is.Not.EqualTo(id), $"without the rule: \"{withoutRule.Sample}\"");
        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("hi-IN", "घाना की राजधानी क्या है बच्चे होमवर्क कर रहे हैं", "GH")]
    [TestCase("hi-IN", "कल परीक्षा है मुझे केन्या की राजधानी याद करनी है", "KE")]
    [TestCase("hi-IN", "पेरू की राजधानी क्या है फिर मैं नहाने जाऊँगी", "PE")]
    [TestCase("ar-SA", "ولدي عنده واجب مدرسي عاصمة كينيا", "KE")]
    [TestCase("ar-SA", "المسابقة الثالثة عاصمة منغوليا", "MN")]
    [TestCase("ar-SA", "عاصمة البيرو بسرعة قبل يبدا الدرس", "PE")]
    [TestCase("nl-NL", "we zitten midden in een spelletje hoofdstad van kenia graag", "KE")]
    [TestCase("nl-NL", "mijn zoontje zit te puzzelen hoofdstad van mongolië", "MN")]
    [TestCase("nl-NL", "hoofdstad van peru dan kan ik verder met mijn kruiswoordpuzzel", "PE")]
    [TestCase("en-US", "my kids are arguing again capital of kenya", "KE")]
    [TestCase("en-US", "quick one before dinner capital of mongolia", "MN")]
    [TestCase("en-US", "capital of peru so i can finish this crossword", "PE")]
    [TestCase("de-DE", "wir sitzen gerade beim kreuzworträtsel hauptstadt von kenia", "KE")]
    [TestCase("de-DE", "hauptstadt von peru dann kann ich endlich schlafen", "PE")]
    // Session 27: a clause of twelve to fourteen words before the question (the limit was ten), as people set a scene.
    [TestCase("en-US", "we are stuck in traffic on the motorway and the kids keep asking the capital of kenya", "KE")]
    [TestCase("de-DE", "wir sitzen seit einer stunde im zug und meine tochter fragt mich die hauptstadt von peru", "PE")]
    // "avec les copains au camping sous la tente dans les landes on se demande la capitale du kenya" (KE): read without the
    // rule since the session-36 French joins, so it no longer shows what the rule adds.
    [TestCase("es-ES", "estamos en la sala de espera del médico y mi hijo quiere saber la capital de perú", "PE")]
    public void A_capital_question_with_a_clause_around_it_is_that_question(string locale, string utterance, string id) =>
        AssertReadsPlaceOnlyWithTheRule(locale, utterance, id);

    [TestCase("hi-IN", "पेरू की राजधानी में मौसम कैसा है आज")]
    [TestCase("hi-IN", "केन्या की राजधानी की आबादी कितनी है बताओ")]
    [TestCase("hi-IN", "मंगोलिया की राजधानी में घूमने की जगहें बताओ")]
    [TestCase("hi-IN", "कल जाना है चिली की राजधानी से दिल्ली की फ्लाइट कब है")]
    [TestCase("hi-IN", "केन्या की राजधानी बताओ और बेडरूम की लाइट बंद करो")]
    [TestCase("ar-SA", "كم عدد سكان عاصمة كينيا تقريبا")]
    [TestCase("ar-SA", "وش اجمل فنادق عاصمة البيرو")]
    [TestCase("ar-SA", "عاصمة تركيا كانت اسطنبول زمان")]
    [TestCase("ar-SA", "كيف الطقس اليوم في عاصمة منغوليا")]
    [TestCase("nl-NL", "hoe laat is het nu in de hoofdstad van kenia")]
    [TestCase("nl-NL", "hoeveel inwoners heeft de hoofdstad van peru ongeveer")]
    [TestCase("nl-NL", "zet de muziek aan hoofdstad van peru")]
    [TestCase("en-US", "what's the weather like today in the capital of kenya")]
    [TestCase("en-US", "peru's capital city has really good food")]
    [TestCase("en-US", "how far is the airport from the capital of mongolia")]
    [TestCase("en-US", "the capital of turkey was istanbul wasn't it")]
    [TestCase("en-US", "turn off the kitchen lights capital of peru")]
    [TestCase("de-DE", "wie ist das wetter heute in der hauptstadt von kenia")]
    [TestCase("de-DE", "hauptstadt von peru wie viele einwohner hat sie")]
    public void A_question_about_another_fact_of_the_capital_or_another_request_stays_out(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    // Session 27: a clause of fifteen words (one past NluEngine.MaxAroundClauseWords), and long clauses asking another fact.
    [TestCase("en-US", "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen what's the capital of peru")]
    [TestCase("en-US", "we are stuck in traffic on the motorway and the kids keep asking how many people live in the capital of kenya")]
    [TestCase("de-DE", "wir sitzen seit einer stunde im zug und meine tochter fragt wie das wetter in der hauptstadt von peru ist")]
    public void A_longer_clause_or_a_long_clause_asking_another_fact_stays_out(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    // Session 35: a stop or cancel cue inside the clause tells of something else ("falou", "ist vorbei"); only at the edge of
    // what is said or right next to the question does it withdraw the question.
    [TestCase("pt-BR", "o meu professor falou da capital do japão qual é", "JP")]
    [TestCase("pt-BR", "o vizinho falou da capital da hungria qual é mesmo", "HU")]
    [TestCase("de-DE", "der unterricht ist vorbei und meine tochter will die hauptstadt von chile wissen", "CL")]
    [TestCase("de-DE", "die schicht ist vorbei und mein kollege will die hauptstadt von ghana wissen", "GH")]
    public void A_stop_or_cancel_cue_inside_the_clause_does_not_withdraw_the_question(string locale, string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf(locale, utterance, id);

    [TestCase("pt-BR", "esquece a capital da frança")]
    [TestCase("es-MX", "olvídalo la capital de perú")]
    [TestCase("en-US", "never mind the capital of peru")]
    [TestCase("hi-IN", "फ्रांस की राजधानी रहने दो")]
    public void A_stop_or_cancel_cue_at_the_edge_or_next_to_the_question_withdraws_it(string locale, string utterance) =>
        Assert.That(LocaleNlu.Recognize(locale, utterance).IntentName, Is.Not.EqualTo("CapitalIntent"));

    [TestCase("hi-IN", "मेरे दोस्त नेपाल में हैं भूटान की राजधानी बताओ")]
    [TestCase("en-US", "my friend lives in chile capital of peru")]
    public void A_clause_with_another_place_is_not_read_past(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    // Session 19: a small word right before a question closed by its own tail ("c'est laquelle", "cómo se llama").
    [TestCase("fr-FR", "ma cousine déménage dans la capitale de la mongolie c'est laquelle", "MN")]
    [TestCase("fr-FR", "nos voisins partent en vacances vers la capitale du kenya c'est quoi", "KE")]
    [TestCase("es-MX", "mi hermana se muda a la capital de mongolia cómo se llama", "MN")]
    [TestCase("es-MX", "mi tío anda de viaje por la capital de kenia cuál es", "KE")]
    [TestCase("fr-FR", "il vient de la capitale du mali c'est laquelle", "ML", Description = "a genitive after a verb, not a noun")]
    [TestCase("fr-CA", "ils parlaient de la capitale du japon c'est laquelle", "JP")]
    public void A_small_word_before_a_closed_question_is_read_past(string locale, string utterance, string id) =>
        AssertReadsPlaceOnlyWithTheRule(locale, utterance, id);

    [TestCase("fr-FR", "les hôtels dans la capitale du kenya c'est quoi")]
    [TestCase("fr-FR", "les quartiers de la capitale du pérou c'est quoi")]
    [TestCase("fr-FR", "je vais dans la capitale de la mongolie pour voir les steppes quelle heure est-il")]
    [TestCase("fr-FR", "ma cousine déménage dans la capitale de la mongolie")]
    [TestCase("es-MX", "el equipo de la capital de perú cuál será")]
    [TestCase("es-MX", "el clima en la capital de kenia cuál es")]
    public void A_small_word_before_a_question_without_tail_or_of_another_fact_stays_out(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [Test]
    public void A_clause_word_file_lists_question_tails_as_written_and_genitives_by_key()
    {
        const string Json = """{ "otherFacts": ["météo"], "questionTails": ["c'est laquelle"], "genitives": ["Du"] }""";

        var words = ClauseWords.Parse(new MemoryStream(Encoding.UTF8.GetBytes(Json)));

        Assert.That(words.QuestionTails, Is.EqualTo(new[] { "c'est laquelle" }));
        Assert.That(words.Genitives, Is.EquivalentTo(new[] { "du" }));
    }

    [Test]
    public void The_rule_is_off_with_fallback_sensitivity_high()
    {
        var model = LocalSkill.LoadModel("en-US") with { FallbackSensitivity = FallbackSensitivity.High };

        var result = new NluEngine(model).Recognize("my kids are arguing again capital of kenya")!;

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.Not.EqualTo("KE"));
    }

    [Test]
    public void A_clause_word_file_lists_other_facts_and_past_markers_by_key()
    {
        const string Json = """{ "otherFacts": ["Population", "Wetter"], "pastMarkers": ["Früher"] }""";

        var words = ClauseWords.Parse(new MemoryStream(Encoding.UTF8.GetBytes(Json)));

        Assert.That(words.OtherFacts, Is.EquivalentTo(new[] { "population", "wetter" }));
        Assert.That(words.PastMarkers, Is.EquivalentTo(new[] { "fruher" }));
    }

    [TestCase("en-US")]
    [TestCase("nl-NL")]
    [TestCase("de-DE")]
    [TestCase("hi-IN")]
    [TestCase("ar-SA")]
    [TestCase("it-IT")]
    [TestCase("pt-BR")]
    [TestCase("ja-JP")]
    [TestCase("fr-CA")]
    [TestCase("es-US")]
    public void The_embedded_files_load(string locale) =>
        Assert.That(ClauseWords.For(locale).IsEmpty, Is.False);

    [Test]
    public void A_language_without_a_file_reads_no_clause_around_a_question() =>
        Assert.That(ClauseWords.For("ko-KR").IsEmpty, Is.True);
}
