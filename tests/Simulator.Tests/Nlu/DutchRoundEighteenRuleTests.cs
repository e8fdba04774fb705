using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Dutch families round 18 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 18 tuning for Dutch*), each tested with sentences of its kind that no corpus has: a cancel that takes the
/// question back ("ik bedoelde niks", "laat die vraag maar vallen", "vergeet mijn vraag"); Spitsbergen and Svalbard; a
/// sea or ocean after the place ("in de stille oceaan"); a yes/no check as a subordinate clause after a lead ("kun je
/// bevestigen dat", "ik weet bijna zeker dat", "is het zo dat"); counts of a several-capital country ("heeft er twee",
/// "gelden als hoofdstad", "welke hoofdsteden hebben"); a reported "of je de hoofdstad van X weet"; "de hoofdstad X van
/// welk land is dat"; a guess with its alternative ("heeft X Y als hoofdstad of Z"); and a "want" clause after the
/// question ("want ik weet het niet meer"). The neighbours about no capital still fall back.</summary>
public class DutchRoundEighteenRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("nl-NL", utterance);

    [TestCase("wat is de hoofdstad van svalbard", "SJ")]
    [TestCase("spitsbergen wat is daar de hoofdstad", "SJ")]
    [TestCase("hoofdstad van spitsbergen en jan mayen", "SJ")]
    [TestCase("wat is de hoofdstad van mayotte in de indische oceaan", "YT")]
    [TestCase("hoofdstad van tonga in de stille oceaan", "TO")]
    [TestCase("wat is de hoofdstad van aruba in het caribisch gebied", "AW")]
    [TestCase("kunt u bevestigen dat nairobi de hoofdstad van kenia is", "KE")]
    [TestCase("ik weet vrij zeker dat lima de hoofdstad van peru is", "PE")]
    [TestCase("ik ben er bijna zeker van dat quito de hoofdstad van ecuador is of niet", "EC")]
    [TestCase("is het zo dat bern de hoofdstad van zwitserland is", "CH")]
    [TestCase("kun je me bevestigen dat de hoofdstad van chili santiago is", "CL")]
    [TestCase("zuid-afrika heeft er drie welke zijn dat", "ZA")]
    [TestCase("bolivia heeft er twee toch", "BO")]
    [TestCase("welke steden gelden als hoofdstad van zuid-afrika", "ZA")]
    [TestCase("welke twee steden gelden als hoofdstad van bolivia", "BO")]
    [TestCase("welke hoofdsteden heeft nederland", "NL")]
    [TestCase("welke hoofdsteden hebben de beide korea's", "KP+KR")]
    [TestCase("welke hoofdsteden hebben noord- en zuid-korea", "KP+KR")]
    [TestCase("mijn dochter vraagt of je de hoofdstad van peru weet", "PE")]
    [TestCase("oma wil weten of jij de hoofdstad van marokko kent", "MA")]
    [TestCase("ik vraag me af of je de hoofdstad van laos weet", "LA")]
    [TestCase("heeft canada ottawa als hoofdstad of toronto", "CA")]
    [TestCase("heeft turkije ankara als hoofdstad of istanbul", "TR")]
    [TestCase("heeft brazilië brasilia als hoofdstad of rio", "BR")]
    [TestCase("kun je zeggen wat de hoofdstad van ghana is want ik weet het niet meer", "GH")]
    [TestCase("wat is de hoofdstad van sri lanka want ik ben het vergeten", "LK")]
    [TestCase("weet jij hoe de hoofdstad van nepal heet want ik kom er niet op", "NP")]
    public void A_round_eighteen_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertAsksCapitalOf("nl-NL", utterance, id);

    [TestCase("de hoofdstad bamako van welk land is dat", "bamako")]
    [TestCase("de hoofdstad vientiane van welke staat is dat", "vientiane")]
    [TestCase("de hoofdstad paramaribo van welk land is dat", "paramaribo")]
    public void A_round_eighteen_reverse_question_reads_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("nl-NL", utterance, id);

    [TestCase("sorry ik bedoel niets hoor", "AMAZON.CancelIntent")]
    [TestCase("nee ik bedoel niets laat maar", "AMAZON.CancelIntent")]
    [TestCase("laat die vraag maar zitten", "AMAZON.CancelIntent")]
    [TestCase("vergeet mijn vraag maar", "AMAZON.CancelIntent")]
    [TestCase("laat het maar vallen alexa", "AMAZON.CancelIntent")]
    [TestCase("oh laat deze vraag maar vallen", "AMAZON.CancelIntent")]
    public void A_round_eighteen_built_in_phrasing_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("hoe laat valt de avond")]
    [TestCase("ik bedoelde niks met die muziek")]
    [TestCase("hoeveel eilanden liggen er in de stille oceaan")]
    [TestCase("ik weet zeker dat het hier regent in peru")]
    [TestCase("kun je bevestigen dat mijn alarm aan staat")]
    [TestCase("wat is het weer in parijs want ik weet het niet")]
    public void A_round_eighteen_neighbour_about_no_capital_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
