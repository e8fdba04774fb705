using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Session 55: a follow-up may name the place with its kind ("and the state of texas", "en de provincie
/// manitoba", "und hessen als bundesland"), as the full questions do; the voice models' follow-up samples said the place
/// alone. A kind word before words of another sense still falls back.</summary>
public class FollowUpNamingTheKindTests
{
    [TestCase("en-US", "and now the state of vermont", "US-VT")]
    [TestCase("en-GB", "what about the province of alberta", "CA-AB")]
    [TestCase("nl-NL", "en dan de provincie saskatchewan", "CA-SK")]
    [TestCase("nl-NL", "en het land chili dan", "CL")]
    [TestCase("de-DE", "und jetzt das bundesland thüringen", "DE-TH")]
    [TestCase("de-DE", "und sachsen als bundesland", "DE-SN")]
    [TestCase("de-DE", "und der staat oregon", "US-OR")]
    [TestCase("es-ES", "y ahora el estado de sonora", "MX-SON")]
    [TestCase("es-MX", "y la provincia de quebec", "CA-QC")]
    [TestCase("it-IT", "e adesso lo stato dell'ohio", "US-OH")]
    [TestCase("pt-BR", "e agora o estado do paraná", "BR-PR")]
    public void A_follow_up_that_names_the_kind_asks_for_the_places_capital(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("en-US", "and the state of the economy")]
    [TestCase("it-IT", "e lo stato dell'arte")]
    public void A_kind_word_before_no_place_falls_back(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    /// <summary>A run of the lexicon that only drops words ("قولي عاصمة ولاية" is "عاصمة ولاية") leaves the place kind as a
    /// word of its own, so the kind slot of "عاصمة {kind} {country}" may take it.</summary>
    [TestCase("ar-SA", "قولي عاصمة ولاية فيرمونت", "US-VT")]
    [TestCase("ar-SA", "اليكسا قولي عاصمة ولاية كولورادو", "US-CO")]
    public void A_question_after_a_dropped_lead_reads_the_kind(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);
}
