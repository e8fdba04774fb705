using WorldCapitals.Simulator.Model;
using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Filler words, spoken variants, near misses and out-of-domain sentences, on the generated en-US model.</summary>
public class NearMissTests
{
    private static Interpretation Recognize(string text) => LocalSkill.Nlu.Recognize(text)!;

    [TestCase("um what's the capital of france")]
    [TestCase("what's uh the capital of france")]
    [TestCase("what's the capital of um france")]
    [TestCase("what's the capital of france please")]
    [TestCase("okay so well what's the capital of france")]
    [TestCase("hey, what is France's capital, please?")]
    [TestCase("what's the, uh, capital of... er... france?")]
    [TestCase("hmm alexa what is the capital of france")]
    [TestCase("um france please")]
    public void Filler_words_are_ignored_anywhere(string utterance)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(result.Slot("country")!.Value, Is.EqualTo("france").IgnoreCase);
            Assert.That(result.Slot("country")!.FirstMatch!.Id, Is.EqualTo("FR"));
        });
    }

    [TestCase("whats the capital of spain")]
    [TestCase("what's the capital of spain")]
    [TestCase("what is the capital of spain")]
    [TestCase("what’s the capitol of spain")]
    [TestCase("whats spain's capital")]
    public void Spoken_and_typed_variants_mean_the_same_words(string utterance)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(result.Slot("country")!.FirstMatch!.Id, Is.EqualTo("ES"));
        });
    }

    [TestCase("what's capital of peru", "PE")]
    [TestCase("whats the capital peru", "PE")]
    [TestCase("what the capital of peru", "PE")]
    [TestCase("what is the main capital of peru", "PE")]
    [TestCase("tell me the capital for kenya", "KE")]
    [TestCase("the capital in japan", "JP")]
    [TestCase("capital chile", "CL")]
    public void Near_misses_whose_place_resolves_reach_the_intent(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id));
        });
    }

    [Test]
    public void A_near_miss_whose_slot_does_not_resolve_goes_to_fallback_but_an_exact_carrier_phrase_does_not()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Recognize("whats capital of narnia").IntentName, Is.EqualTo(NluEngine.FallbackIntent));
            Assert.That(Recognize("what's the capital of narnia").IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(Recognize("um what's the capital of narnia please").Slot("country")!.Value, Is.EqualTo("narnia"));
        });
    }

    [TestCase("what's the weather")]
    [TestCase("what's the weather like today")]
    [TestCase("play some music")]
    [TestCase("how tall is everest")]
    [TestCase("how tall is mount everest")]
    [TestCase("what's the population of france")]
    [TestCase("what is the population of germany")]
    [TestCase("how many people live in india")]
    [TestCase("tell me a joke")]
    [TestCase("set a timer for ten minutes")]
    [TestCase("what time is it")]
    [TestCase("what's the time in tokyo")]
    [TestCase("order a pizza")]
    [TestCase("turn off the lights")]
    [TestCase("who is the president of france")]
    [TestCase("who is the prime minister of india")]
    [TestCase("what's the currency of japan")]
    [TestCase("what currency does mexico use")]
    [TestCase("what language do they speak in brazil")]
    [TestCase("how far is paris from london")]
    [TestCase("what's the largest city in australia")]
    [TestCase("what is the biggest city of canada")]
    [TestCase("which city is the biggest in france")]
    [TestCase("who won the world cup")]
    [TestCase("when did germany win the world cup")]
    [TestCase("play the news")]
    [TestCase("what's on my calendar")]
    [TestCase("add milk to my shopping list")]
    [TestCase("how do you spell capital")]
    [TestCase("what's working capital")]
    [TestCase("what's the capital")]
    [TestCase("what's two plus two")]
    [TestCase("tell me about france")]
    [TestCase("where is france")]
    [TestCase("what is france")]
    [TestCase("how big is russia")]
    [TestCase("what is the flag of italy")]
    [TestCase("what's the national animal of scotland")]
    [TestCase("what's the highest mountain in nepal")]
    [TestCase("what continent is egypt in")]
    [TestCase("what's the dialing code for spain")]
    [TestCase("what is the capital gains tax rate")]
    [TestCase("call mom")]
    [TestCase("what's the meaning of life")]
    [TestCase("sing me a song")]
    [TestCase("how old are you")]
    [TestCase("what's your name")]
    [TestCase("is it going to rain tomorrow")]
    [TestCase("what is the square root of sixteen")]
    [TestCase("translate hello into spanish")]
    [TestCase("how do i make pancakes")]
    [TestCase("good morning")]
    [TestCase("um")]
    [TestCase("okay")]
    public void Out_of_domain_sentences_go_to_fallback(string utterance)
    {
        var result = Recognize(utterance);

        Assert.That(result.IntentName, Is.EqualTo(NluEngine.FallbackIntent), $"matched \"{result.Sample}\"");
    }

    [TestCase("um what's the capital of uh south africa please")]
    [TestCase("whats the capital of south uh africa")]
    [TestCase("so what is the capital city of the, um, czech republic, please")]
    [TestCase("what's capital of bosnia and herzegovina okay")]
    [TestCase("hey whats the capital of  Côte d’Ivoire okay")]
    [TestCase("okay tell me the capital for new zealand thanks")]
    [TestCase("what is the capital of france called")]
    public void A_slot_value_is_always_a_run_of_words_that_were_said(string utterance)
    {
        var result = Recognize(utterance);
        var value = result.Slot("country")!.Value!;
        var said = Tokenizer.Tokenize(utterance).Select(token => token.Text).ToList();
        var taken = Tokenizer.Tokenize(value).Select(token => token.Text).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(utterance, Does.Contain(value));
            Assert.That(Enumerable.Range(0, said.Count - taken.Count + 1).Any(start => said.Skip(start).Take(taken.Count).SequenceEqual(taken)), Is.True,
                $"\"{value}\" is not a run of whole words of the utterance");
        });
    }

    [Test]
    public void A_filler_inside_a_place_name_stays_in_the_slot_and_edge_fillers_do_not()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Recognize("whats the capital of south uh africa").Slot("country")!.Value, Is.EqualTo("south uh africa"));
            Assert.That(Recognize("um what's the capital of uh south africa please").Slot("country")!.Value, Is.EqualTo("south africa"));
        });
    }

    private static NluEngine TinyWith(FallbackSensitivity sensitivity) => new(TinyModel.Model with
    {
        Intents = TinyModel.Model.Intents.Where(intent => intent.Name != "WhatIsIntent").ToList(),
        FallbackSensitivity = sensitivity,
    });

    // One sample weighing 12 ("can you tell me the capital of {country}"): LOW allows 3, MEDIUM 2, HIGH 1.
    private static NluEngine OneSampleWith(FallbackSensitivity sensitivity) => new(TinyModel.Model with
    {
        Intents =
        [
            new ModelIntent("CapitalIntent", [new ModelSlot("country", "COUNTRY")], ["can you tell me the capital of {country}"]),
            new ModelIntent(NluEngine.FallbackIntent, [], []),
        ],
        FallbackSensitivity = sensitivity,
    });

    [TestCase("can you tell me capital of france", FallbackSensitivity.High, "CapitalIntent")]
    [TestCase("can you tell me the main capital of france", FallbackSensitivity.Medium, "CapitalIntent")]
    [TestCase("can you tell me the main capital of france", FallbackSensitivity.High, "AMAZON.FallbackIntent")]
    [TestCase("you tell me capital of france", FallbackSensitivity.Low, "CapitalIntent")]
    [TestCase("you tell me capital of france", FallbackSensitivity.Medium, "AMAZON.FallbackIntent")]
    public void The_fallback_sensitivity_sets_how_far_a_near_miss_may_be(string utterance, FallbackSensitivity sensitivity, string intent)
    {
        Assert.That(OneSampleWith(sensitivity).Recognize(utterance)!.IntentName, Is.EqualTo(intent));
    }

    [TestCase(FallbackSensitivity.Low, "CapitalIntent")]
    [TestCase(FallbackSensitivity.High, "AMAZON.FallbackIntent")]
    public void A_swapped_preposition_in_a_short_sample_is_a_near_miss_unless_the_sensitivity_is_high(FallbackSensitivity sensitivity, string intent)
    {
        Assert.That(TinyWith(sensitivity).Recognize("capital in france")!.IntentName, Is.EqualTo(intent));
    }

    [TestCase("what about the capital of france", "CapitalIntent")]
    [TestCase("what population the capital of france", "AMAZON.FallbackIntent")]
    public void An_added_word_the_intent_uses_elsewhere_costs_less_than_an_unknown_word(string utterance, string intent)
    {
        // Both leave out "is" from "what is the capital of {country}"; "about" is a word of "what about {country}".
        Assert.That(TinyWith(FallbackSensitivity.Low).Recognize(utterance)!.IntentName, Is.EqualTo(intent));
    }

    [Test]
    public void The_sensitivity_is_read_from_the_model_and_defaults_to_low()
    {
        var medium = TinyModel.Json.Replace("\"invocationName\": \"city guide\",",
            "\"invocationName\": \"city guide\", \"modelConfiguration\": { \"fallbackIntentSensitivity\": { \"level\": \"MEDIUM\" } },", StringComparison.Ordinal);
        var wrong = medium.Replace("MEDIUM", "LOUD", StringComparison.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(TinyModel.Model.FallbackSensitivity, Is.EqualTo(FallbackSensitivity.Low));
            Assert.That(InteractionModelLoader.Parse(System.Text.Encoding.UTF8.GetBytes(medium), "en-US").FallbackSensitivity, Is.EqualTo(FallbackSensitivity.Medium));
            Assert.That(() => InteractionModelLoader.Parse(System.Text.Encoding.UTF8.GetBytes(wrong), "en-US"),
                Throws.TypeOf<InteractionModelException>().With.Message.Contains("LOUD"));
        });
    }
}
