using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Intents;
using WorldCapitals.Skill.Speech;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Intents;

/// <summary>"Korea", "Congo": every country of the name, in one sentence, without state.</summary>
public sealed class SharedNameAnswerTests
{
    private const string KoreaAnswer = "South Korea&apos;s capital is Seoul, and North Korea&apos;s is Pyongyang.";
    private const string CongoAnswer = "The Democratic Republic of the Congo&apos;s capital is Kinshasa, and the Republic of the Congo&apos;s is Brazzaville.";

    [TestCase("korea", null, KoreaAnswer)]
    [TestCase("korea", "KP+KR", KoreaAnswer)]
    [TestCase("um korea please", null, KoreaAnswer)]
    [TestCase("congo", null, CongoAnswer)]
    [TestCase("the congo", "CD+CG", CongoAnswer)]
    public async Task A_shared_name_answers_every_country_in_one_sentence(string spoken, string? resolvedId, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(spoken, resolvedId));

        Assert.That(response.Ssml(), Is.EqualTo($"<speak>{expected}</speak>"));
        Assert.That(response.ShouldEndSession(), Is.True);
    }

    [TestCase("korea", "KP+KR")]
    [TestCase("congo", "CD+CG")]
    public async Task The_summary_names_every_place_and_says_ambiguous(string spoken, string ids)
    {
        var result = await TestSkill.Create().InvokeAsync(Envelopes.Capital(spoken).Bytes());

        Assert.That(result.Summary.EntityId, Is.EqualTo(ids));
        Assert.That(result.Summary.Outcome, Is.EqualTo("ambiguous"));
    }

    [Test]
    public async Task The_card_mirrors_the_answer_and_an_open_session_stays_open()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital("korea", "KP+KR", newSession: false));

        Assert.That(response.Ssml(), Is.EqualTo($"<speak>{KoreaAnswer} Which other country would you like?</speak>"));
        Assert.That(response.ShouldEndSession(), Is.False);
        Assert.That(response["response"]!["card"]!.ToJsonString(), Is.EqualTo(
            """{"type":"Simple","title":"Capitals for Korea","content":"South Korea\u0027s capital is Seoul, and North Korea\u0027s is Pyongyang."}"""));
    }

    [TestCase("guinea", "<speak>The capital of Guinea is Conakry.</speak>")]
    [TestCase("south korea", "<speak>The capital of South Korea is Seoul.</speak>")]
    public async Task An_exact_country_name_wins(string spoken, string expected)
    {
        var result = await TestSkill.Create().InvokeAsync(Envelopes.Capital(spoken).Bytes());

        Assert.That(result.Summary.Outcome, Is.EqualTo("answered"));
        Assert.That(System.Text.Encoding.UTF8.GetString(result.Body.Span), Does.Contain(expected));
    }

    [TestCase("korea", null, """{"canFulfill":"YES","slots":{"country":{"canUnderstand":"YES","canFulfill":"YES"}}}""")]
    [TestCase("korea", "KP+KR", """{"canFulfill":"YES","slots":{"country":{"canUnderstand":"YES","canFulfill":"YES"}}}""")]
    [TestCase("tanzania called", null, """{"canFulfill":"YES","slots":{"country":{"canUnderstand":"MAYBE","canFulfill":"YES"}}}""")]
    [TestCase("france or spain", null, """{"canFulfill":"NO","slots":{"country":{"canUnderstand":"NO","canFulfill":"NO"}}}""")]
    public async Task Can_fulfill_probe_for_shared_names_and_extra_words(string spoken, string? id, string expected)
    {
        var envelope = Envelopes.Capital(spoken, id);
        envelope["request"]!["type"] = "CanFulfillIntentRequest";

        var response = await TestSkill.Create().AnswerAsync(envelope);

        Assert.That(response["response"]!.ToJsonString(), Is.EqualTo($$"""{"canFulfillIntent":{{expected}}}"""));
    }

    [TestCase("tanzania called", "<speak>The capital of Tanzania is Dodoma.</speak>")]
    [TestCase("um france please", "<speak>The capital of France is Paris.</speak>")]
    [TestCase("france or spain", "<speak>I don&apos;t know the capital of France or Spain yet. Try a country, like Kenya.</speak>")]
    public async Task Slot_values_with_extra_words(string spoken, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(spoken, noMatch: true));

        Assert.That(response.Ssml(), Is.EqualTo(expected));
    }

    [Test]
    public void Multi_capital_countries_name_every_capital_with_its_role()
    {
        var data = CapitalsData.Embedded;
        var places = new[] { "BO", "FR", "ZA" }.Select(id => (data.FindById(id)!, data.FindById(id)!.Capitals)).ToList();

        var answer = CapitalAnswer.ComposeShared(places, SpeechCatalog.LoadEmbedded().For("en-US"), "en-US", spoken: true);

        Assert.That(answer, Is.EqualTo(
            "Bolivia has two capitals: Sucre, the constitutional capital; and La Paz, the seat of government, "
            + "France's is Paris, and South Africa has three capitals: Pretoria, the executive capital; "
            + "Cape Town, the legislative capital; and Bloemfontein, the judicial capital."));
    }
}
