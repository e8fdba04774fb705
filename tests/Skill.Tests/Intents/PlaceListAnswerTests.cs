using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Intents;

/// <summary>
/// "Spain and Portugal": a slot value that is no place as a whole but a list of places joined by the language's list
/// words is answered for every place, in the order said, in the shared name's sentence.
/// </summary>
public sealed class PlaceListAnswerTests
{
    [TestCase("en-US", "spain and portugal", "Spain&apos;s capital is Madrid, and Portugal&apos;s is Lisbon.", "ES+PT")]
    [TestCase("en-US", "france, germany and italy", "France&apos;s capital is Paris, Germany&apos;s is Berlin, and Italy&apos;s is Rome.", "DE+FR+IT")]
    [TestCase("en-US", "kenya uganda and tanzania", "Kenya&apos;s capital is Nairobi, Uganda&apos;s is Kampala, and Tanzania&apos;s is Dodoma.", "KE+TZ+UG")]
    [TestCase("en-US", "bolivia and peru", "Bolivia has two capitals: Sucre, the constitutional capital; and La Paz, the seat of government, and Peru&apos;s is Lima.", "BO+PE")]
    [TestCase("en-US", "korea and japan", "South Korea&apos;s capital is Seoul, North Korea&apos;s is Pyongyang, and Japan&apos;s is Tokyo.", "JP+KP+KR")]
    [TestCase("en-US", "trinidad and tobago and jamaica", "Trinidad and Tobago&apos;s capital is Port of Spain, and Jamaica&apos;s is Kingston.", "JM+TT")]
    [TestCase("de-DE", "spanien und portugal", "Die Hauptstadt von Spanien ist Madrid, und die von Portugal ist Lissabon.", "ES+PT")]
    [TestCase("de-DE", "polen, tschechien und ungarn", "Die Hauptstadt von Polen ist Warschau, die von Tschechien ist Prag, und die von Ungarn ist Budapest.", "CZ+HU+PL")]
    [TestCase("fr-FR", "la belgique et du luxembourg", "La capitale de la Belgique est Bruxelles, et celle du Luxembourg est Luxembourg.", "BE+LU")]
    [TestCase("es-ES", "francia e italia", "La capital de Francia es París, y la de Italia es Roma.", "FR+IT")]
    [TestCase("es-MX", "méxico y guatemala", "La capital de México es Ciudad de México, y la de Guatemala es Ciudad de Guatemala.", "GT+MX")]
    [TestCase("it-IT", "spagna ed italia", "La capitale della Spagna è Madrid, e quella dell&apos;Italia è Roma.", "ES+IT")]
    [TestCase("pt-BR", "brasil e da argentina", "A capital do Brasil é Brasília, e a da Argentina é Buenos Aires.", "AR+BR")]
    [TestCase("nl-NL", "noorwegen en van zweden", "De hoofdstad van Noorwegen is Oslo, en die van Zweden is Stockholm.", "NO+SE")]
    [TestCase("nl-NL", "belgië, frankrijk en luxemburg", "De hoofdstad van België is Brussel, die van Frankrijk is Parijs, en die van Luxemburg is Luxemburg.", "BE+FR+LU")]
    [TestCase("hi-IN", "स्पेन और पुर्तगाल", "स्पेन की राजधानी मैड्रिड है, और पुर्तगाल की लिस्बन.", "ES+PT")]
    [TestCase("hi-IN", "भारत व नेपाल", "भारत की राजधानी नई दिल्ली है, और नेपाल की काठमांडू.", "IN+NP")]
    [TestCase("hi-IN", "चीन एवं जापान", "चीन की राजधानी बीजिंग है, और जापान की टोक्यो.", "CN+JP")]
    [TestCase("ar-SA", "فرنسا وألمانيا", "عاصمة فرنسا هي باريس، وعاصمة ألمانيا هي برلين.", "DE+FR")]
    [TestCase("ar-SA", "مصر و الأردن", "عاصمة مصر هي القاهرة، وعاصمة الأردن هي عمّان.", "EG+JO")]
    [TestCase("ar-SA", "فرنسا وألمانيا وإيطاليا", "عاصمة فرنسا هي باريس، وعاصمة ألمانيا هي برلين، وعاصمة إيطاليا هي روما.", "DE+FR+IT")]
    [TestCase("ja-JP", "フランスとドイツ", "フランスの首都はパリです。ドイツの首都はベルリンです。", "DE+FR")]
    [TestCase("ja-JP", "日本や中国", "日本の首都は東京です。中国の首都は北京です。", "CN+JP")]
    [TestCase("ja-JP", "フランス、ドイツとイタリア", "フランスの首都はパリです。ドイツの首都はベルリンです。イタリアの首都はローマです。", "DE+FR+IT")]
    public async Task A_list_of_places_answers_every_place_in_the_order_said(string locale, string spoken, string expected, string ids)
    {
        var result = await TestSkill.Create().InvokeAsync(Envelopes.Capital(spoken, locale: locale, noMatch: true).Bytes());

        Assert.That(System.Text.Json.Nodes.JsonNode.Parse(result.Body.Span)!.AsObject().Ssml(), Is.EqualTo($"<speak>{expected}</speak>"));
        Assert.That(result.Summary.EntityId, Is.EqualTo(ids));
        Assert.That(result.Summary.Outcome, Is.EqualTo("answered"));
    }

    // A name that holds a list word is one place (or one shared name), never split.
    [TestCase("en-US", "trinidad and tobago", "TT")]
    [TestCase("en-US", "bosnia and herzegovina", "BA")]
    [TestCase("de-DE", "bosnien und herzegowina", "BA")]
    [TestCase("pt-BR", "são tomé e príncipe", "ST")]
    [TestCase("nl-NL", "noord- en zuid-korea", "KP+KR")]
    [TestCase("ar-SA", "البوسنة والهرسك", "BA")]
    public async Task A_name_with_a_list_word_stays_one_place(string locale, string spoken, string id)
    {
        var result = await TestSkill.Create().InvokeAsync(Envelopes.Capital(spoken, locale: locale, noMatch: true).Bytes());

        Assert.That(result.Summary.EntityId, Is.EqualTo(id));
    }

    // A part that names no place: the value is not a list, and is answered as before (a place inside extra words, or not found).
    [TestCase("en-US", "spain and atlantis", "<speak>The capital of Spain is Madrid.</speak>")]
    [TestCase("en-US", "sales and marketing", "<speak>I don&apos;t know the capital of Sales and Marketing yet. Try a country, like Kenya.</speak>")]
    [TestCase("en-US", "france or spain", "<speak>I don&apos;t know the capital of France or Spain yet. Try a country, like Kenya.</speak>")]
    public async Task A_list_with_a_part_that_names_nothing_keeps_the_old_answer(string locale, string spoken, string expected)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(spoken, locale: locale, noMatch: true));

        Assert.That(response.Ssml(), Is.EqualTo(expected));
    }

    [Test]
    public async Task A_shared_name_with_a_state_in_a_list_says_what_each_of_its_places_is()
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital("georgia and spain", noMatch: true));

        Assert.That(response.Ssml(), Is.EqualTo(
            "<speak>Tbilisi is the capital of the country Georgia, Atlanta is the capital of Georgia, a state of the United States, and Spain&apos;s is Madrid.</speak>"));
    }

    [TestCase("en-US", "spain and portugal", "Capitals: Spain and Portugal")]
    [TestCase("de-DE", "spanien und portugal", "Hauptstädte: Spanien und Portugal")]
    [TestCase("nl-NL", "belgië en luxemburg", "Hoofdsteden: België en Luxemburg")]
    [TestCase("hi-IN", "स्पेन और पुर्तगाल", "स्पेन और पुर्तगाल की राजधानियाँ")]
    [TestCase("ar-SA", "فرنسا وألمانيا", "عواصم فرنسا وألمانيا")]
    [TestCase("ja-JP", "フランスとドイツ", "フランスとドイツの首都")]
    public async Task The_card_title_names_the_places_in_the_language(string locale, string spoken, string title)
    {
        var response = await TestSkill.Create().AnswerAsync(Envelopes.Capital(spoken, locale: locale, noMatch: true));

        Assert.That(response["response"]!["card"]!["title"]!.GetValue<string>(), Is.EqualTo(title));
    }

    [Test]
    public async Task Can_fulfill_says_yes_for_a_list_of_places()
    {
        var envelope = Envelopes.Capital("spain and portugal", noMatch: true);
        envelope["request"]!["type"] = "CanFulfillIntentRequest";

        var response = await TestSkill.Create().AnswerAsync(envelope);

        Assert.That(response["response"]!.ToJsonString(), Is.EqualTo(
            """{"canFulfillIntent":{"canFulfill":"YES","slots":{"country":{"canUnderstand":"YES","canFulfill":"YES"}}}}"""));
    }
}
