using System.Text.Json.Nodes;
using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Intents;

public sealed class CapitalIntentTests
{
    public static IEnumerable<TestCaseData> AllCountries() =>
        CapitalsData.Embedded.Countries.Select(country => new TestCaseData(country.Id).SetName("Every place: " + country.Id));

    [TestCaseSource(nameof(AllCountries))]
    public async Task Asking_by_resolved_id_and_by_english_name_gives_every_capital(string id)
    {
        // Arrange
        var country = CapitalsData.Embedded.FindById(id)!;
        var skill = TestSkill.Create();
        var nameIsShared = CapitalsData.Embedded.Countries.Any(other => other != country && other.Names["en"] == country.Names["en"]);

        // Act
        var byId = await skill.AnswerAsync(Envelopes.Capital(country.Names["en"], resolvedId: id));
        var byName = await skill.AnswerAsync(Envelopes.Capital(country.Names["en"]));

        // Assert: a name two places share ("Georgia") has its own rule, tested with the shared names.
        if (!nameIsShared)
            Assert.That(byName.Ssml(), Is.EqualTo(byId.Ssml()));
        Assert.That(byId.Ssml(), Does.Not.Contain("know the capital of"));
        foreach (var capital in country.Capitals)
        {
            var spoken = capital.SpokenName.Replace("'", "&apos;", StringComparison.Ordinal);
            Assert.That(byId.Ssml(), Does.Contain(spoken));
            Assert.That((string?)byId["response"]!["card"]!["content"], Does.Contain(capital.Name));
        }
        Assert.That(byId.ShouldEndSession(), Is.True);
    }

    [Test]
    public async Task One_shot_question_answers_and_ends_the_session()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital("france", "FR", newSession: true));

        Assert.That(response.Ssml(), Is.EqualTo("<speak>The capital of France is Paris.</speak>"));
        Assert.That(response.ShouldEndSession(), Is.True);
        Assert.That(response["response"]!["reprompt"], Is.Null);
        Assert.That(response["response"]!["card"]!.ToJsonString(), Is.EqualTo("""{"type":"Simple","title":"Capital of France","content":"The capital of France is Paris."}"""));
    }

    [Test]
    public async Task Question_inside_an_open_session_answers_prompts_and_keeps_listening()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital("spain", "ES", newSession: false));

        Assert.That(response.Ssml(), Is.EqualTo("<speak>The capital of Spain is Madrid. Which other country would you like?</speak>"));
        Assert.That(response.RepromptSsml(), Is.EqualTo("<speak>You can ask about another country, or say stop.</speak>"));
        Assert.That(response.ShouldEndSession(), Is.False);
        Assert.That((string?)response["response"]!["card"]!["content"], Is.EqualTo("The capital of Spain is Madrid."));
    }

    [TestCase("ZA", "South Africa has three capitals: Pretoria, the executive capital; Cape Town, the legislative capital; and Bloemfontein, the judicial capital.")]
    [TestCase("BO", "Bolivia has two capitals: Sucre, the constitutional capital; and La Paz, the seat of government.")]
    [TestCase("NL", "The Netherlands has two capitals: Amsterdam, the constitutional capital; and The Hague, the seat of government.")]
    [TestCase("MY", "Malaysia has two capitals: Kuala Lumpur, the official capital; and Putrajaya, the administrative capital.")]
    [TestCase("BJ", "Benin has two capitals: Porto-Novo, the official capital; and Cotonou, the seat of government.")]
    [TestCase("CI", "Côte d’Ivoire has two capitals: Yamoussoukro, the official capital; and Abidjan, the economic capital.")]
    [TestCase("SZ", "Eswatini has two capitals: Mbabane, the administrative capital; and Lobamba, the royal and legislative capital.")]
    [TestCase("LK", "Sri Lanka has two capitals: Sri Jayawardenepura Kotte, the legislative capital; and Colombo, the executive capital.")]
    public async Task Multi_capital_country_names_every_capital_with_its_role(string id, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(null, id));

        Assert.That(response.Ssml(), Is.EqualTo($"<speak>{expected}</speak>"));
    }

    [Test]
    public async Task Speech_form_is_spoken_and_written_form_is_shown()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital("usa", "US"));

        Assert.That(response.Ssml(), Is.EqualTo("<speak>The capital of the United States is Washington D.C.</speak>"));
        Assert.That((string?)response["response"]!["card"]!["content"], Is.EqualTo("The capital of the United States is Washington, D.C."));
        Assert.That((string?)response["response"]!["card"]!["title"], Is.EqualTo("Capital of the United States"));
    }

    [Test]
    public async Task Disputed_case_follows_the_written_policy()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital("israel", "IL"));

        Assert.That(response.Ssml(), Does.StartWith("<speak>The capital of Israel is Jerusalem. Israel designates Jerusalem as its capital"));
        Assert.That(response.Ssml(), Does.Contain("disputed internationally"));
    }

    [Test]
    public async Task Unknown_place_is_not_found_with_an_example_and_the_session_stays_open()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital("Atlantis", noMatch: true));

        Assert.That(response.Ssml(), Is.EqualTo("<speak>I don&apos;t know the capital of Atlantis yet. Try a country, like Kenya.</speak>"));
        Assert.That(response.RepromptSsml(), Is.EqualTo("<speak>Which country would you like the capital of?</speak>"));
        Assert.That(response.ShouldEndSession(), Is.False);
        Assert.That((string?)response["response"]!["card"]!["content"], Is.EqualTo("I don't know the capital of Atlantis yet. Try a country, like Kenya."));
    }

    [Test]
    public async Task Unknown_place_said_in_lower_case_is_capitalised_in_the_answer()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital("new narnia", noMatch: true));

        Assert.That((string?)response["response"]!["card"]!["content"], Is.EqualTo("I don't know the capital of New Narnia yet. Try a country, like Kenya."));
    }

    [Test]
    public async Task No_match_from_alexa_is_fixed_by_the_forgiving_match()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital("frence", noMatch: true));

        Assert.That(response.Ssml(), Is.EqualTo("<speak>The capital of France is Paris.</speak>"));
    }

    [Test]
    public async Task Entity_resolution_wins_over_the_spoken_text()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital("the states", "US"));

        Assert.That(response.Ssml(), Does.Contain("Washington D.C."));
    }

    [Test]
    public async Task Unknown_entity_id_falls_back_to_the_spoken_text()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital("kenya", "NOT-AN-ID"));

        Assert.That(response.Ssml(), Is.EqualTo("<speak>The capital of Kenya is Nairobi.</speak>"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public async Task Empty_or_missing_slot_asks_which_country(string? spoken)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(spoken));

        Assert.That(response.Ssml(), Is.EqualTo("<speak>Which country&apos;s capital would you like to know?</speak>"));
        Assert.That(response.ShouldEndSession(), Is.False);
    }

    [Test]
    public async Task Intent_without_any_slots_asks_which_country()
    {
        var envelope = Envelopes.Intent("CapitalIntent");
        envelope["request"]!["intent"]!.AsObject().Remove("slots");

        var response = await TestSkill.Create().AnswerAsync(envelope);

        Assert.That(response.Ssml(), Does.StartWith("<speak>Which country"));
    }

    [TestCase("<speak>&amp;</speak>")]
    [TestCase("\u0000\u0001")]
    [TestCase("🌍🌍🌍")]
    [TestCase("ŝ̸̡̈́ơ̷̻m̵̟̈́e̶͖̐ ̸̰̏z̶̘͊a̴̜̍l̷̩̆g̶͈̀o̵̜̿")]
    public async Task Any_slot_content_gets_a_well_formed_answer(string spoken)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(spoken, noMatch: true));

        Assert.That(response.Ssml(), Does.StartWith("<speak>").And.EndsWith("</speak>"));
        Assert.That(() => System.Xml.Linq.XElement.Parse(response.Ssml()!), Throws.Nothing);
    }

    [Test]
    public async Task Very_long_unknown_text_is_cut_in_the_answer()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(new string('x', 5000), noMatch: true));

        Assert.That(response.Ssml()!.Length, Is.LessThan(300));
    }

    [Test]
    public async Task Multi_value_slot_uses_its_first_value()
    {
        var envelope = Envelopes.Intent("CapitalIntent", slots: new JsonObject
        {
            ["country"] = new JsonObject
            {
                ["name"] = "country",
                ["slotValue"] = new JsonObject
                {
                    ["type"] = "List",
                    ["values"] = new JsonArray(new JsonObject { ["type"] = "Simple", ["value"] = "peru" }, new JsonObject { ["type"] = "Simple", ["value"] = "chile" }),
                },
            },
        });

        var response = await TestSkill.Create().AnswerAsync(envelope);

        Assert.That(response.Ssml(), Is.EqualTo("<speak>The capital of Peru is Lima.</speak>"));
    }

    [Test]
    public async Task Answer_comes_from_the_capital_directory_it_is_given()
    {
        var skill = CapitalsSkillFactory.Create(
            new SkillSettings { SkillId = Envelopes.SkillId }, new FixedClock(), directory: new FixedDirectory("FR", new Capital { Name = "Lyon" }));

        var response = await skill.AnswerAsync(Envelopes.Capital("france", "FR"));

        Assert.That(response.Ssml(), Is.EqualTo("<speak>The capital of France is Lyon.</speak>"));
    }

    [Test]
    public async Task Result_summary_carries_the_resolved_country()
    {
        var result = await TestSkill.Create().InvokeAsync(Envelopes.Capital("kenya", "KE").Bytes());

        Assert.That(result.Summary.EntityId, Is.EqualTo("KE"));
        Assert.That(result.Summary.IntentName, Is.EqualTo("CapitalIntent"));
        Assert.That(result.Summary.Outcome, Is.EqualTo("answered"));
    }

    [TestCase("france", "FR", """{"canFulfill":"YES","slots":{"country":{"canUnderstand":"YES","canFulfill":"YES"}}}""")]
    [TestCase("frence", null, """{"canFulfill":"YES","slots":{"country":{"canUnderstand":"MAYBE","canFulfill":"YES"}}}""")]
    [TestCase("atlantis", null, """{"canFulfill":"NO","slots":{"country":{"canUnderstand":"NO","canFulfill":"NO"}}}""")]
    [TestCase(null, null, """{"canFulfill":"MAYBE"}""")]
    public async Task Can_fulfill_probe_for_the_capital_question(string? spoken, string? id, string expected)
    {
        var envelope = Envelopes.Capital(spoken, id);
        envelope["request"]!["type"] = "CanFulfillIntentRequest";

        var response = await TestSkill.Create().AnswerAsync(envelope);

        Assert.That(response["response"]!.ToJsonString(), Is.EqualTo($$"""{"canFulfillIntent":{{expected}}}"""));
    }

    private sealed class FixedDirectory(string id, Capital capital) : ICapitalDirectory
    {
        public ValueTask<IReadOnlyList<Capital>> FindCapitalsAsync(Country country, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<Capital>>(country.Id == id ? [capital] : country.Capitals);
    }
}
