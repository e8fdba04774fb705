using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Arabic writes "in" joined to the country said after a state or province ("ولاية بافاريا بالمانيا", "بكندا"): a
/// sample of the question takes "ب" before the place's country as it takes "في" ("عاصمة {kind} {country} ب {parent}"), and the
/// place-reference rule reads "ب" as the function word it is between a place and its country ("... في سكسونيا بالمانيا شو
/// عاصمتها"). Sentences of our own; other facts still fall back.</summary>
public class ArabicGluedCountryAfterPlaceTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("عاصمة ولاية بافاريا بالمانيا", "DE-BY", Description = "a German state, Germany with 'ب' and the article")]
    [TestCase("اليكسا عاصمة ولاية سونورا بالمكسيك", "MX-SON", Description = "a Mexican state")]
    [TestCase("اليكسا عاصمة مقاطعة نوفا سكوشا بكندا", "CA-NS", Description = "a Canadian province, Canada with 'ب' alone")]
    [TestCase("عاصمة ولاية تاميل نادو بالهند", "IN-TN", Description = "an Indian state")]
    public void A_state_with_its_country_joined_to_b_is_the_state(string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf("ar-SA", utterance, id);

    [TestCase("اخوي انتقل ع تورينغن بالمانيا شو عاصمتها", "DE-TH", Description = "a scene naming the state, then a question about it")]
    [TestCase("بنت عمي تدرس في ميناس جيرايس بالبرازيل وش عاصمتها", "BR-MG", Description = "a Brazilian state in a scene")]
    [TestCase("ولد خالي يشتغل في ألبرتا بكندا شو عاصمتها", "CA-AB", Description = "a Canadian province in a scene")]
    public void A_scene_with_a_state_and_its_country_asks_about_the_state(string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf("ar-SA", utterance, id);

    [TestCase("كم عدد سكان بافاريا بالمانيا")]
    [TestCase("عاصمة الموضة بفرنسا")]
    [TestCase("شو الطقس بالمانيا اليوم")]
    public void An_other_fact_still_falls_back(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo("AMAZON.FallbackIntent"));
}
