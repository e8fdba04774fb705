using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

public class NluEngineTests
{
    private static Interpretation Recognize(string text) => TinyModel.Nlu.Recognize(text)!;

    [Test]
    public void A_sample_matches_with_the_slot_at_the_end()
    {
        var result = Recognize("what is the capital of France");

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(result.Slot("country")!.Value, Is.EqualTo("France"));
            Assert.That(result.Sample, Is.EqualTo("what is the capital of {country}"));
        });
    }

    [Test]
    public void A_sample_matches_with_the_slot_at_the_start()
    {
        var result = Recognize("united kingdom capital please");

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(result.Slot("country")!.Value, Is.EqualTo("united kingdom"));
            Assert.That(result.Slot("country")!.FirstMatch!.Id, Is.EqualTo("GB"));
        });
    }

    [Test]
    public void A_sample_matches_with_the_slot_in_the_middle_and_a_glued_possessive()
    {
        var result = Recognize("What is France's capital?");

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(result.Slot("country")!.Value, Is.EqualTo("France"));
            Assert.That(result.Slot("country")!.FirstMatch!.Id, Is.EqualTo("FR"));
        });
    }

    [Test]
    public void Two_slots_in_one_sample_are_both_captured()
    {
        var result = Recognize("from Paris to Lyon");

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("RouteIntent"));
            Assert.That(result.Slot("from")!.FirstMatch!.Id, Is.EqualTo("PAR"));
            Assert.That(result.Slot("to")!.FirstMatch!.Id, Is.EqualTo("LYS"));
        });
    }

    [Test]
    public void A_sample_with_several_slots_needs_every_value_to_resolve()
    {
        // "from {from} to {to}" would take any words; unknown ones are not split between two slots.
        var result = Recognize("from nowhere to somewhere");

        Assert.That(result.IntentName, Is.EqualTo("AMAZON.FallbackIntent"));
    }

    [TestCase("what is the what is the capital of france", "CapitalIntent")]
    [TestCase("what is the capital of of france", "CapitalIntent")]
    [TestCase("capital capital of france", "CapitalIntent")]
    [TestCase("i am i am stuck", "AMAZON.HelpIntent")]
    public void A_run_of_words_said_twice_in_a_row_is_a_false_start(string utterance, string intent)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo(intent));
            Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(intent == "CapitalIntent" ? "FR" : null));
        });
    }

    [Test]
    public void A_false_start_is_not_taken_for_a_slot_value()
    {
        // "france france" leaves out the first "france" as a false start: the slot holds what was said once.
        var result = Recognize("capital of france france");

        Assert.That(result.Slot("country")!.Value, Is.EqualTo("france"));
    }

    [Test]
    public void A_slot_keeps_the_words_as_typed_with_their_accents()
    {
        var result = Recognize("capital of Côte d'Ivoire");

        Assert.Multiple(() =>
        {
            Assert.That(result.Slot("country")!.Value, Is.EqualTo("Côte d'Ivoire"));
            Assert.That(result.Slot("country")!.FirstMatch!.Id, Is.EqualTo("CI"));
        });
    }

    [TestCase("capital of britain", "GB", "United Kingdom")]
    [TestCase("capital of IVORY COAST", "CI", "Côte d’Ivoire")]
    [TestCase("capital of cote divoire", "CI", "Côte d’Ivoire")]
    [TestCase("capital of cote d'ivoire", "CI", "Côte d’Ivoire")]
    [TestCase("what is the capital of the french republik", null, null)]
    [TestCase("what is the capital of the french republic", "FR", "France")]
    [TestCase("capital of french republic", "FR", "France")]
    public void Synonyms_resolve_to_their_value_ignoring_case_and_accents(string utterance, string? id, string? name)
    {
        var slot = Recognize(utterance).Slot("country")!;

        Assert.Multiple(() =>
        {
            Assert.That(slot.Resolution, Is.Not.Null);
            Assert.That(slot.FirstMatch?.Id, Is.EqualTo(id));
            Assert.That(slot.FirstMatch?.Name, Is.EqualTo(name));
            Assert.That(slot.Resolution!.StatusCode, Is.EqualTo(id is null ? "ER_SUCCESS_NO_MATCH" : "ER_SUCCESS_MATCH"));
        });
    }

    [Test]
    public void A_value_outside_the_list_is_no_match_with_the_raw_spoken_value()
    {
        var slot = Recognize("what about Narnia").Slot("country")!;

        Assert.Multiple(() =>
        {
            Assert.That(slot.Value, Is.EqualTo("Narnia"));
            Assert.That(slot.Resolution!.IsMatch, Is.False);
            Assert.That(slot.Resolution.StatusCode, Is.EqualTo("ER_SUCCESS_NO_MATCH"));
        });
    }

    [TestCase("what is the bahamas' capital", "the bahamas")]
    [TestCase("what is the Bahamas’ capital", "the Bahamas")]
    public void A_plurals_bare_possessive_apostrophe_reads_as_the_glued_possessive(string utterance, string value)
    {
        var result = LocalSkill.Nlu.Recognize(utterance)!;

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(result.Slot("country")!.Value, Is.EqualTo(value));
            Assert.That(result.Slot("country")!.FirstMatch!.Id, Is.EqualTo("BS"));
        });
    }

    [Test]
    public void A_possessive_suffix_must_be_written_with_its_apostrophe()
    {
        var result = Recognize("what is bahamas capital");

        Assert.That(result.IntentName, Is.Not.EqualTo("CapitalIntent"));
    }

    [Test]
    public void Words_typed_without_their_apostrophe_still_match()
    {
        Assert.That(LocalSkill.Nlu.Recognize("whats the capital of france")!.Slot("country")!.FirstMatch!.Id, Is.EqualTo("FR"));
    }

    [Test]
    public void A_slot_only_sample_matches_a_value_that_resolves()
    {
        var result = Recognize("ivory coast");

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(result.Sample, Is.EqualTo("{country}"));
        });
    }

    [TestCase("tell me a joke")]
    [TestCase("narnia")]
    [TestCase("xyzzy plugh")]
    public void Text_that_matches_only_a_slot_only_sample_without_resolving_goes_to_fallback(string utterance)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("AMAZON.FallbackIntent"));
            Assert.That(result.Sample, Is.Null);
        });
    }

    [Test]
    public void A_built_in_slot_type_gets_a_value_and_no_resolutions()
    {
        var slot = Recognize("what is love").Slot("thing")!;

        Assert.Multiple(() =>
        {
            Assert.That(slot.Value, Is.EqualTo("love"));
            Assert.That(slot.Resolution, Is.Null);
        });
    }

    [TestCase("help", "AMAZON.HelpIntent")]
    [TestCase("What can you do?", "AMAZON.HelpIntent")]
    [TestCase("i am stuck", "AMAZON.HelpIntent")]
    [TestCase("stop", "AMAZON.StopIntent")]
    [TestCase("shut up", "AMAZON.StopIntent")]
    public void Built_in_intents_declared_by_the_model_are_recognised_from_their_usual_phrasings_and_model_samples(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("how do i use city guide", "AMAZON.HelpIntent")]
    [TestCase("exit city guide", "AMAZON.StopIntent")]
    public void Built_in_phrasings_that_name_the_skill_say_the_models_invocation_name(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("cancel")]
    [TestCase("never mind")]
    [TestCase("go home")]
    public void Built_in_intents_the_model_does_not_declare_are_not_recognised(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo("AMAZON.FallbackIntent"));
    }

    [Test]
    public void The_sample_with_more_literal_words_wins()
    {
        // "what is {thing}" (2 literal words) also matches; "what is the capital of {country}" has 5.
        var result = Recognize("what is the capital of uk");

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(result.Slot("country")!.FirstMatch!.Id, Is.EqualTo("GB"));
        });
    }

    [Test]
    public void Equal_samples_in_two_intents_go_to_the_first_intent_of_the_model()
    {
        Assert.That(Recognize("weather in paris").IntentName, Is.EqualTo("WeatherIntent"));
    }

    [Test]
    public void Of_samples_matching_as_many_literal_words_the_one_whose_slot_takes_fewer_words_wins()
    {
        // "capital of {country}" takes "france capital" (the filler "please" is left out of the slot);
        // "{country} capital please" matches two literal words too, but its slot takes "capital of france".
        // The ranking of exact matches alone: the extra-word rule, which reads the second "capital" past, is off.
        var exactOnly = new NluEngine(TinyModel.Model, NluLexicon.For(TinyModel.Model.Locale), readsExtraWords: false);
        var result = exactOnly.Recognize("capital of france capital please")!;
        var withRule = Recognize("capital of france capital please");

        Assert.Multiple(() =>
        {
            Assert.That(result.Sample, Is.EqualTo("capital of {country}"));
            Assert.That(result.Slot("country")!.Value, Is.EqualTo("france capital"));
            Assert.That((withRule.Sample, withRule.Slot("country")!.Value), Is.EqualTo(("capital of {country}", "france")));
        });
    }

    [Test]
    public void Without_a_fallback_intent_an_unmatched_utterance_has_no_interpretation()
    {
        var model = TinyModel.Model with { Intents = TinyModel.Model.Intents.Where(i => i.Name != "AMAZON.FallbackIntent").ToList() };

        Assert.That(new NluEngine(model).Recognize("tell me a joke"), Is.Null);
    }
}
