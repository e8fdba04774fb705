using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Session 55: a follow-up may name the place with its kind ("en de provincie manitoba", "y el estado de
/// jalisco"), as the full questions do; the Dutch and Spanish voice models' follow-up samples said the place alone. (The
/// German, Italian, Portuguese and English models have no room left under Alexa's 1,000 samples per intent.)</summary>
public class FollowUpNamingTheKindTests
{
    [TestCase("nl-NL", "en dan de provincie saskatchewan", "CA-SK")]
    [TestCase("nl-NL", "en het land chili dan", "CL")]
    [TestCase("nl-NL", "en het eiland curaçao", "CW")]
    [TestCase("es-ES", "y ahora el estado de sonora", "MX-SON")]
    [TestCase("es-MX", "y la provincia de quebec", "CA-QC")]
    public void A_follow_up_that_names_the_kind_asks_for_the_places_capital(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("nl-NL", "en het land van maas en waal")]
    public void A_kind_word_before_no_place_falls_back(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    /// <summary>A run of the lexicon that only drops a lead-in ("قولي عاصمة ولاية" is "عاصمة ولاية") leaves the place kind
    /// as a word of its own, so the kind slot of "عاصمة {kind} {country}" may take it.</summary>
    [TestCase("ar-SA", "قولي عاصمة ولاية فيرمونت", "US-VT")]
    [TestCase("ar-SA", "اليكسا قولي عاصمة ولاية كولورادو", "US-CO")]
    public void A_question_after_a_dropped_lead_in_reads_the_kind(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);
}
