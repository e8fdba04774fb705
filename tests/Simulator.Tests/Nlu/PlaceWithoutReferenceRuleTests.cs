using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Session 15: a capital question with no place of its own after a clause that names one (the question's noun and
/// the nouns "the state", "the country", "الولاية", "उस राज्य की" as references, "hier"/"daar" anywhere in the question).
/// Each positive case is checked to miss without the references; out-of-domain questions about
/// the place, a clause with two places and an "old" capital stay as they are.</summary>
public class PlaceWithoutReferenceRuleTests
{
    private static readonly Dictionary<string, NluEngine> WithoutRule = [];

    private static NluEngine EngineWithoutRule(string locale)
    {
        if (!WithoutRule.TryGetValue(locale, out var engine))
            WithoutRule[locale] = engine = LocaleNlu.WithoutLexiconEntry(locale, "placeReferences");
        return engine;
    }

    [TestCase("nl-NL", "mijn oom woont al jaren in chili wat is de hoofdstad", "CL")]
    [TestCase("nl-NL", "we zijn met de camper in kroatië wat is hier de hoofdstad", "HR")]
    [TestCase("nl-NL", "mijn vader zit voor zijn werk in kenia wat is daar de hoofdstad van", "KE")]
    [TestCase("nl-NL", "mijn nicht studeert in portugal en ik vroeg me af welke stad de hoofdstad is", "PT")]
    [TestCase("nl-NL", "onze buurvrouw verhuist naar ierland en nu vraag ik me af wat daar de hoofdstad is", "IE")]
    [TestCase("ar-SA", "اختي تدرس في فرنسا وش عاصمة الدولة", "FR")]
    [TestCase("ar-SA", "اخوي ساكن في كينيا من سنتين ايش عاصمة البلد", "KE")]
    [TestCase("ar-SA", "رحنا مالطا الصيف اللي فات وش عاصمة الجزيرة", "MT")]
    [TestCase("hi-IN", "मेरा दोस्त अगले हफ्ते पेरू जा रहा है वैसे उस देश की राजधानी कौन सी है", "PE")]
    [TestCase("en-US", "my cousin just moved to chile and i wonder what is the capital", "CL")]
    [TestCase("en-US", "my son studies in kenya what is the capital of the country", "KE")]
    [TestCase("en-US", "we are sailing around malta next week what is the capital of the island", "MT")]
    public void A_question_with_no_place_after_a_clause_that_names_one_asks_about_that_place(string locale, string utterance, string id)
    {
        var without = EngineWithoutRule(locale).Recognize(utterance)!;

        Assert.That(without.Slot("country")?.FirstMatch?.Id, Is.Not.EqualTo(id), $"without the rule: \"{without.Sample}\"");
        var result = LocaleNlu.Recognize(locale, utterance);
        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("nl-NL", "ik woon in canada hoe is het weer daar")]
    [TestCase("nl-NL", "we rijden door kroatië waar is hier een tankstation")]
    [TestCase("nl-NL", "in de krant staat iets over kenia wat is daar aan de hand")]
    [TestCase("nl-NL", "ik was in peru en in chili wat is de hoofdstad")]
    [TestCase("nl-NL", "ik vraag me af wat het weer in peru is")]
    [TestCase("ar-SA", "بنتي تدرس في كندا وش افضل جامعة في الدولة")]
    [TestCase("ar-SA", "رحت كندا وامريكا وش عاصمة الدولة")]
    [TestCase("hi-IN", "मेरा भाई कनाडा में है वहाँ का मौसम कैसा है")]
    [TestCase("hi-IN", "मेरी दीदी फ्रांस में है उस देश की आबादी कितनी है")]
    [TestCase("en-US", "my sister lives in peru what's the population there")]
    [TestCase("en-US", "my son studies in canada what is the best university in the country")]
    [TestCase("en-US", "i visited peru and chile what is the capital")]
    [TestCase("de-DE", "mein bruder wohnt in kanada wie ist das wetter dort")]
    [TestCase("de-DE", "ich frage mich was das wetter in kanada ist")]
    [TestCase("hi-IN", "जापान की सांस्कृतिक राजधानी कौन सा शहर है")]
    [TestCase("hi-IN", "चीन की पहली राजधानी कौन सी थी")]
    [TestCase("de-DE", "seit wann ist wien die hauptstadt")]
    [TestCase("nl-NL", "sinds wanneer is wenen de hoofdstad")]
    [TestCase("nl-NL", "welke stad noemen ze de stiekeme hoofdstad van spanje")]
    public void An_out_of_domain_question_or_two_places_find_no_place(string locale, string utterance)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch, Is.Null, $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("nl-NL", "wat was de vroegere hoofdstad van brazilië")]
    [TestCase("hi-IN", "ब्राज़ील की पुरानी राजधानी क्या थी")]
    [TestCase("ar-SA", "وش عاصمة البرازيل القديمة")]
    [TestCase("en-US", "what was the old capital of brazil")]
    public void An_old_or_former_capital_is_read_as_without_the_rule(string locale, string utterance)
    {
        var without = EngineWithoutRule(locale).Recognize(utterance)!;
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That((result.IntentName, result.Sample), Is.EqualTo((without.IntentName, without.Sample)));
    }
}
